package io.busgen.generator.diff;

import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The schemas that together describe the value at one place of a message: the schema written there, then the
 * non-null alternative of a nullable {@code anyOf}, then what each {@code $ref} resolves to. A keyword is read from the
 * first schema of the chain that has it, so that {@code {"$ref": "x.json", "maxLength": 5}} and a {@code maxLength}
 * in {@code x.json} are both seen, the one at the place of use winning.
 */
final class SchemaChain {

    private static final int MAX_DEPTH = 32;

    private final List<Schema> schemas;

    private SchemaChain(List<Schema> schemas) {
        this.schemas = List.copyOf(schemas);
    }

    static SchemaChain of(Schema site, SchemaIndex index) {
        List<Schema> chain = new ArrayList<>();
        Schema current = site;
        while (current != null && chain.size() < MAX_DEPTH && !chain.contains(current)) {
            chain.add(current);
            Optional<Schema> alternative = current.nullableAlternative();
            current = alternative.isPresent() ? alternative.get()
                    : current.ref() == null ? null : index.target(current).orElse(null);
        }
        return new SchemaChain(chain);
    }

    /** The schema written at the place itself. */
    Schema site() {
        return schemas.get(0);
    }

    /** The schema the chain ends with: the one a {@code $ref} (or the nullable form) finally leads to. */
    Schema last() {
        return schemas.get(schemas.size() - 1);
    }

    /** The value of a keyword from the first schema that has it; a keyword is absent when null or empty. */
    <T> @Nullable T first(Function<Schema, @Nullable T> keyword) {
        for (Schema schema : schemas) {
            T value = keyword.apply(schema);
            if (value != null && !isEmpty(value)) {
                return value;
            }
        }
        return null;
    }

    /** Whether any schema of the chain sets a boolean keyword ({@code uniqueItems}, {@code deprecated}). */
    boolean any(Function<Schema, Boolean> keyword) {
        return schemas.stream().anyMatch(keyword::apply);
    }

    /** Whether {@code anyOf} is used for something else than the nullable form somewhere in the chain. */
    List<Schema> anyOfBeyondNullable() {
        return schemas.stream()
                .filter(s -> s.nullableAlternative().isEmpty())
                .map(Schema::anyOf)
                .filter(list -> !list.isEmpty())
                .findFirst().orElse(List.of());
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
