package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.load.References.Target;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a discriminated union: a {@code oneOf} of at least two objects (inline with {@code properties}, or a
 * {@code $ref} to one) that each list one common property in {@code required} and fix it with a string {@code const}
 * of their own. Such a {@code oneOf} becomes a sealed interface ({@link io.busgen.generator.model.UnionType}); any
 * other stays a value of any shape, and lint says why, as information.
 */
final class DiscriminatedUnions {

    /** The keywords a {@code $ref} alternative may have beside {@code $ref}: they only document it. */
    private static final Set<Keyword> DOCUMENTING = Set.of(Keyword.REF, Keyword.DESCRIPTION, Keyword.TITLE,
            Keyword.COMMENT, Keyword.EXAMPLES, Keyword.DEPRECATED);

    /**
     * One alternative: the discriminator's value, and the object schema that declares it (the target of a
     * {@code $ref} alternative, whose {@code target} is then set).
     */
    record Branch(String value, Schema object, CatalogFile file, @Nullable Target target) {}

    /** A {@code oneOf} recognised as a union. */
    record Union(String discriminator, List<Branch> branches) {}

    private final References references;
    private final Map<Schema, Optional<Union>> seen = new java.util.IdentityHashMap<>();

    DiscriminatedUnions(References references) {
        this.references = references;
    }

    /** Whether {@code schema} is a {@code oneOf} a union could be made of, before its alternatives are looked at. */
    static boolean isCandidate(Schema schema) {
        if (schema.isBooleanSchema() || schema.oneOf().isEmpty() || !schema.properties().isEmpty()
                || schema.ref() != null || schema.enumValues() != null || schema.constValue() != null) {
            return false;
        }
        List<JsonType> core = TypeSlots.withoutNull(schema.types());
        return core.isEmpty() || core.equals(List.of(JsonType.OBJECT));
    }

    /** The union {@code schema} is, if it is one; no problem is reported. */
    Optional<Union> union(Schema schema, CatalogFile file) {
        return seen.computeIfAbsent(schema, s -> {
            Object verdict = judge(s, file);
            return verdict instanceof Union union ? Optional.of(union) : Optional.empty();
        });
    }

    /**
     * Informs, for a {@code oneOf} that could have been a union, why it is not one: once per schema, at the schema.
     */
    void explain(Schema schema, CatalogFile file, Problems problems) {
        if (schema.oneOf().isEmpty()) {
            return;
        }
        Object verdict = judge(schema, file);
        String reason = verdict instanceof String r ? r : "it is not where a value's type is decided (a property, an"
                + " array item, a map value, a $defs entry or a defs file)";
        problems.inform(schema.location(), "this oneOf is not a discriminated union (a sealed interface): " + reason
                + "; it is validated as written but gets no sealed interface");
    }

    /** A {@link Union}, or the reason (a String) why the schema is not one. */
    private Object judge(Schema schema, CatalogFile file) {
        if (!isCandidate(schema)) {
            return !schema.properties().isEmpty() ? "the schema declares properties of its own beside it"
                    : "the schema beside it is not only an object";
        }
        List<Schema> alternatives = schema.oneOf();
        if (alternatives.size() < 2) {
            return "it has a single alternative";
        }
        List<Schema> objects = new ArrayList<>();
        List<CatalogFile> files = new ArrayList<>();
        List<@Nullable Target> targets = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            Schema alternative = alternatives.get(i);
            Schema object = alternative;
            CatalogFile in = file;
            Target target = null;
            if (!alternative.isBooleanSchema() && alternative.ref() != null) {
                if (!DOCUMENTING.containsAll(alternative.keywords())) {
                    return "alternative " + (i + 1) + " has keywords beside \"$ref\"";
                }
                Optional<Target> resolved = references.resolve(file, alternative);
                if (resolved.isEmpty()) {
                    return "alternative " + (i + 1) + " is a reference that does not resolve";
                }
                target = resolved.get();
                object = target.schema();
                in = target.file();
            }
            if (object.isBooleanSchema() || object.ref() != null
                    || TypeSlots.formOf(object).filter(f -> f == io.busgen.generator.model.NamedType.Form.OBJECT)
                            .isEmpty()) {
                return "alternative " + (i + 1) + " is not an object with properties";
            }
            objects.add(object);
            files.add(in);
            targets.add(target);
        }
        String discriminator = null;
        for (String name : objects.get(0).properties().keySet()) {
            if (objects.stream().allMatch(o -> constOf(o, name) != null)) {
                discriminator = name;
                break;
            }
        }
        if (discriminator == null) {
            for (int i = 0; i < objects.size(); i++) {
                Schema object = objects.get(i);
                if (object.properties().keySet().stream().noneMatch(n -> constOf(object, n) != null)) {
                    return "alternative " + (i + 1) + " fixes no required property with a string \"const\"";
                }
            }
            return "no property is required and fixed with a string \"const\" in every alternative";
        }
        Map<String, Integer> values = new HashMap<>();
        List<Branch> branches = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            String value = constOf(objects.get(i), discriminator);
            Integer first = values.putIfAbsent(value, i);
            if (first != null) {
                return "alternatives " + (first + 1) + " and " + (i + 1) + " fix \"" + discriminator + "\" to the"
                        + " same value \"" + value + "\"";
            }
            branches.add(new Branch(value, objects.get(i), files.get(i), targets.get(i)));
        }
        return new Union(discriminator, branches);
    }

    /** The string {@code const} a required property of {@code object} has, or null. */
    private static @Nullable String constOf(Schema object, String name) {
        Schema property = object.properties().get(name);
        if (property == null || !object.required().contains(name) || property.isBooleanSchema()
                || property.ref() != null || !(property.constValue() instanceof JsonString value)
                || property.extensions().get("x-body") instanceof io.busgen.generator.json.JsonValue.JsonBoolean b
                        && !b.value()) {
            return null;
        }
        List<JsonType> types = property.types();
        return types.isEmpty() || types.equals(List.of(JsonType.STRING)) ? value.value() : null;
    }
}
