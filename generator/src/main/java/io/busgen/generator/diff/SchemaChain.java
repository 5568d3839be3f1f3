package io.busgen.generator.diff;

import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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

    /** The values of a keyword from every schema of the chain that has it, in chain order: all of them apply. */
    <T> List<T> all(Function<Schema, @Nullable T> keyword) {
        List<T> values = new ArrayList<>();
        for (Schema schema : schemas) {
            T value = keyword.apply(schema);
            if (value != null && !isEmpty(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /** The first schema of the chain that has the keyword, if any: where a finding about it is located. */
    Optional<Schema> holder(Function<Schema, @Nullable ?> keyword) {
        return holder(keyword, value -> true);
    }

    /** The first schema of the chain whose value of the keyword passes {@code test}, if any. */
    Optional<Schema> holder(Function<Schema, @Nullable ?> keyword, Predicate<Object> test) {
        for (Schema schema : schemas) {
            Object value = keyword.apply(schema);
            if (value != null && !isEmpty(value) && !Boolean.FALSE.equals(value) && test.test(value)) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code schema} is the one written at the place itself. */
    boolean isSite(Schema schema) {
        return schema == site();
    }

    /** Whether any schema of the chain sets a boolean keyword ({@code uniqueItems}, {@code deprecated}). */
    boolean any(Function<Schema, Boolean> keyword) {
        return schemas.stream().anyMatch(keyword::apply);
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
