package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The wording of {@code type}, kept per pair of allowed and found types, is the same the second time as the first. */
class TypeMessagesTest {

    private static List<String> messages(@Nullable Object value, int types) {
        Violations out = Violations.recording(ValidationOptions.DEFAULTS);
        Checks.type(JsonInput.of(value), out, "s#/type", types);
        Checks.type(JsonInput.of(value), out, "s#/type", types);
        return out.list().stream().map(Violation::message).toList();
    }

    @Test
    void eachPairOfTypesIsWordedAsDocumented() {
        assertThat(messages(42L, Validation.STRING)).containsExactly("must be a string, not an integer",
                "must be a string, not an integer");
        assertThat(messages(null, Validation.STRING | Validation.NULL)).isEmpty();
        assertThat(messages(true, Validation.STRING | Validation.NULL)).containsExactly(
                "must be a string or null, not a boolean", "must be a string or null, not a boolean");
        assertThat(messages(new BigDecimal("1.5"), Validation.INTEGER)).containsExactly(
                "must be an integer, not a number", "must be an integer, not a number");
        assertThat(messages(Map.of(), Validation.NULL)).containsExactly("must be null, not an object",
                "must be null, not an object");
        assertThat(messages(List.of(), Validation.OBJECT)).containsExactly("must be an object, not an array",
                "must be an object, not an array");
    }

    @Test
    void typesBeyondTheTableAreWordedToo() {
        // No type constant is this high; a check given one still words its message rather than fail.
        assertThat(messages("x", Validation.BOOLEAN | 1 << 7)).containsExactly("must be a boolean, not a string",
                "must be a boolean, not a string");
    }
}
