package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.OpenEnum;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares the values of a place where either version is an {@link OpenEnum}: its known values change nothing on the
 * wire (any string is valid before and after), while opening or closing an enum changes what is valid, and the Java
 * type (a Java enum, or an open enum's class).
 */
final class OpenEnumComparison {

    private OpenEnumComparison() {}

    /** The open enum of a chain (its first schema that is one), if any. */
    static Optional<Schema> openEnum(SchemaChain chain) {
        return Optional.ofNullable(chain.holder(s -> OpenEnum.is(s) ? Boolean.TRUE : null).orElse(null));
    }

    /**
     * Compares the values of two chains, when at least one is an open enum.
     *
     * @param wasClosed the values the old version's {@code enum} keywords allow, null without any
     * @param nowClosed the same for the new version
     * @return whether either chain is an open enum (and so whether this comparison judged the values)
     */
    static boolean compare(SchemaChain base, SchemaChain head, @Nullable List<JsonValue> wasClosed,
            @Nullable List<JsonValue> nowClosed, KeywordComparison.Sink sink) {
        Optional<Schema> wasOpen = openEnum(base);
        Optional<Schema> nowOpen = openEnum(head);
        if (wasOpen.isEmpty() && nowOpen.isEmpty()) {
            return false;
        }
        SourceLocation at = nowOpen.map(Schema::location).orElse(head.site().location());
        if (wasOpen.isPresent() && nowOpen.isPresent()) {
            List<JsonValue> was = known(wasOpen.get());
            List<JsonValue> now = known(nowOpen.get());
            for (JsonValue value : now) {
                if (!contains(was, value)) {
                    sink.report(Rule.OPEN_ENUM_VALUE_ADDED, "open enum's known value " + JsonValues.toJson(value)
                            + " added: old consumers read it as unknown", at);
                }
            }
            for (JsonValue value : was) {
                if (!contains(now, value)) {
                    sink.report(Rule.OPEN_ENUM_VALUE_REMOVED, "open enum's known value " + JsonValues.toJson(value)
                            + " removed: new consumers read it as unknown, and Java code that names its constant"
                            + " no longer compiles once generated again", at);
                }
            }
        } else if (nowOpen.isPresent() && wasClosed == null) {
            sink.report(Rule.JAVA_TYPE_CHANGED, "string made an open enum of " + list(known(nowOpen.get()))
                    + ": the same strings are valid; Java code changes from String to the open enum's class", at);
        } else if (nowOpen.isPresent()) {
            sink.report(Rule.ENUM_OPENED, "enum " + list(wasClosed) + " made an open enum of "
                    + list(known(nowOpen.get())) + ": any string is valid now, which old consumers reject; Java code"
                    + " changes from the Java enum to the open enum's class and its known()", at);
        } else if (nowClosed == null) {
            sink.report(Rule.JAVA_TYPE_CHANGED, "open enum of " + list(known(wasOpen.get())) + " made a string: the"
                    + " same strings are valid; Java code changes from the open enum's class to String", at);
        } else {
            sink.report(Rule.ENUM_CLOSED, "open enum of " + list(known(wasOpen.get())) + " made the closed enum "
                    + list(nowClosed) + ": other values, which old producers may send, are rejected now; Java code"
                    + " changes from the open enum's class to a Java enum", at);
        }
        return true;
    }

    private static List<JsonValue> known(Schema openEnum) {
        return OpenEnum.knownValues(openEnum).orElseThrow().enumValues();
    }

    private static boolean contains(List<JsonValue> values, JsonValue value) {
        return values.stream().anyMatch(v -> JsonValues.sameValue(v, value));
    }

    private static String list(List<JsonValue> values) {
        return values.stream().map(JsonValues::toJson).collect(Collectors.joining(", ", "[", "]"));
    }
}
