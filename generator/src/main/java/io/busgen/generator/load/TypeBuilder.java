package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.load.EntryRules.Entry;
import io.busgen.generator.load.References.Target;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.EnvelopeProperty;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.NamedType.Form;
import io.busgen.generator.model.NamedType.Origin;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.model.UnionType;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.OpenEnum;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The second pass of linking: builds every named type from its schema, naming and building the inline objects and
 * enums it holds, following references ({@link References}) to the types {@link TypeSlots} named, and reporting what
 * cannot become a type (a default that does not fit, an envelope field of the wrong type, a reference cycle that never
 * reaches a type).
 */
final class TypeBuilder {

    private final TypeSlots slots;
    private final References references;
    private final JavaNaming naming;
    private final Problems problems;
    private final Map<JavaTypeName, NamedType> built = new LinkedHashMap<>();
    /** The schemas of the values generated code holds as a {@code long} or a {@code double}. */
    private final Map<Schema, JsonType> javaNumbers = new IdentityHashMap<>();
    /** What the catalogue maps to JDK types ({@code catalog.json}'s {@code javaTypes}). */
    private final Map<String, ScalarJavaType> catalogJavaTypes;
    /** The schemas of the values generated code holds as a JDK type ({@link ScalarJavaType}). */
    private final Map<Schema, ScalarJavaType> javaTypes = new IdentityHashMap<>();
    /**
     * The references being followed, across the inline objects they lead into: a reference to a schema that is not a
     * named type (its own name was refused, or it is an inline object) is built where it is used, so a cycle through
     * such schemas is found here rather than by running out of stack.
     */
    private final Deque<String> followed = new ArrayDeque<>();
    private final Set<Schema> unionSchemas = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    TypeBuilder(TypeSlots slots, References references, JavaNaming naming, Map<String, ScalarJavaType> javaTypes,
            Problems problems) {
        this.catalogJavaTypes = javaTypes;
        this.slots = slots;
        this.references = references;
        this.naming = naming;
        this.problems = problems;
    }

    /** Builds every named type and what it holds; nested types follow their enclosing type. */
    Map<JavaTypeName, NamedType> buildAll() {
        for (TypeSlots.Slot slot : slots.all()) {
            build(slot);
        }
        return built;
    }

    /** The schemas of the values generated code holds as a {@code long} or a {@code double}. */
    Map<Schema, JsonType> javaNumbers() {
        return javaNumbers;
    }

    /** The schemas of the values generated code holds as a JDK type, and which. */
    Map<Schema, ScalarJavaType> javaTypes() {
        return javaTypes;
    }

    private void build(TypeSlots.Slot slot) {
        if (built.containsKey(slot.name())) {
            return;
        }
        if (slot.form() == Form.ENUM) {
            built.put(slot.name(), buildEnum(slot.name(), slot.origin(), slot.schema()));
        } else if (slot.form() == Form.UNION) {
            buildUnion(slot.name(), slot.origin(), slot.schema(), slot.file());
        } else {
            buildObject(slot.name(), slot.origin(), slot.schema(), slot.file());
        }
    }

    private void buildObject(JavaTypeName name, Origin origin, Schema schema, CatalogFile file) {
        // Register a placeholder first, so that nested types are listed after their enclosing type.
        built.put(name, null);
        List<Declaring> declaring = declaring(schema, file);
        Map<String, Declaring> declarations = new LinkedHashMap<>();
        Set<String> requiredNames = new java.util.HashSet<>();
        for (Declaring part : declaring) {
            // The field's place is its first declaration; the object's own declaration, if any, gives its schema.
            part.schema().properties().keySet().forEach(n -> declarations.merge(n, part,
                    (first, later) -> later.schema() == schema ? later : first));
            if (!part.conditional()) {
                requiredNames.addAll(part.schema().required());
            }
        }
        List<Field> fields = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, Declaring> declaration : declarations.entrySet()) {
            String wireName = declaration.getKey();
            Schema propertySchema = declaration.getValue().schema().properties().get(wireName);
            // Named for good once every type has its name (JavaNaming.nameMembers).
            String javaName = JavaNames.lowerCamel(wireName);
            // A field only a branch of anyOf, oneOf, if/then/else or dependentSchemas declares holds any JSON value:
            // where that branch does not apply (another anyOf branch passes, the if fails), the member may be
            // anything, and a typed field would refuse a valid body.
            TypeUse type = declaration.getValue().conditional() ? new TypeUse(new Shape.AnyValue(), true)
                    : typeOf(propertySchema, declaration.getValue().file(), name, wireName, followed);
            if (propertySchema.hasExtension("x-envelope") && !propertySchema.hasExtension("x-java-type")
                    && type.shape() instanceof Shape.Scalar scalar && scalar.javaType() != null) {
                // An envelope field holds what the envelope property does (a long priority, a String id): the
                // catalogue's javaTypes leave it plain, as its own "x-java-type": "plain" would.
                type = new TypeUse(new Shape.Scalar(scalar.type()), type.nullable());
                javaTypes.remove(propertySchema);
            }
            if (!declaration.getValue().conditional()) {
                noteJavaNumber(propertySchema, type);
            }
            fields.add(field(wireName, javaName, type, propertySchema, requiredNames.contains(wireName),
                    position++));
        }
        for (int i = 0; i < schema.required().size(); i++) {
            String required = schema.required().get(i);
            if (!declarations.containsKey(required)) {
                problems.report(JsonValues.locate(file.json(), schema.pointer() + "/required/" + i), "\"required\""
                        + " lists \"" + required + "\", which is not among the properties: declare it or remove it");
            }
        }
        for (Field field : fields) {
            if (field.hasNonNullDefault() && field.type().shape() instanceof Shape.Named named
                    && named.name().equals(name)) {
                problems.report(field.defaultValue().location(), "default of \"" + field.wireName() + "\" is a "
                        + name.relativeName() + " inside " + name.relativeName() + " itself, which cannot be built"
                        + " before the type exists: remove the default (null or absent means none)");
            }
        }
        List<JavaTypeName> nested = slots.nestedIn(name).stream()
                .map(name::nested)
                .toList();
        built.put(name, new ObjectType(name, origin, schema.description(), fields, nested, schema));
    }

    /**
     * Builds a discriminated union ({@link DiscriminatedUnions}): a {@code $ref} alternative is the record its target
     * names; an inline one a record nested in the union's interface, named after its discriminator value.
     */
    private void buildUnion(JavaTypeName name, Origin origin, Schema schema, CatalogFile file) {
        built.put(name, null);
        DiscriminatedUnions.Union union = slots.unions().union(schema, file).orElseThrow();
        List<UnionType.Alternative> alternatives = new ArrayList<>();
        int index = 0;
        for (DiscriminatedUnions.Branch branch : union.branches()) {
            index++;
            TypeSlots.Slot slot = branch.target() == null ? null : slots.slot(branch.target().key());
            if (branch.target() != null && slots.refused(branch.target().key())) {
                continue; // its name was refused, and reported
            }
            JavaTypeName type;
            if (slot != null && slot.form() == Form.OBJECT) {
                type = slot.name();
            } else {
                String preferred = JavaNames.upperCamel(branch.value());
                Optional<String> simpleName = naming.nested(name, branch.object(),
                        preferred.isEmpty() ? "Alternative" + index : preferred, branch.object().location());
                if (simpleName.isEmpty()) {
                    continue;
                }
                slots.nest(name, simpleName.get());
                type = name.nested(simpleName.get());
                buildObject(type, Origin.NESTED, branch.object(), branch.file());
            }
            alternatives.add(new UnionType.Alternative(branch.value(), type));
        }
        unionSchemas.add(schema);
        built.put(name, new UnionType(name, origin, schema.description(), union.discriminator(), alternatives,
                slots.nestedIn(name).stream().map(name::nested).toList(), schema));
    }

    /** The {@code oneOf} schemas built as unions, so that lint can say of the others why they are not. */
    Set<Schema> unionSchemas() {
        return unionSchemas;
    }

    /**
     * A schema that declares fields of an object, the file it is in (which its references are relative to), and
     * whether it applies only to some values (a branch of {@code anyOf}), so that its {@code required} does not hold.
     */
    private record Declaring(Schema schema, CatalogFile file, boolean conditional) {}

    /**
     * The schemas whose {@code properties} an object's record holds, in field order: those of its {@code allOf}
     * (references followed, a subschema's own in-place subschemas first), whose {@code required} holds; the object
     * itself; then those that apply to some values only ({@code anyOf}, {@code oneOf}, {@code if}, {@code then},
     * {@code else}, {@code dependentSchemas}), whose fields are optional. So a composed object, {@code "allOf":
     * [{"$ref": "base.json"}]} beside its own properties, is one record with the base's fields first, and the record
     * holds every member an {@code "unevaluatedProperties": false} lets through.
     */
    private List<Declaring> declaring(Schema object, CatalogFile file) {
        List<Declaring> applied = new ArrayList<>();
        inPlace(object, file, false, applied, new java.util.HashSet<>());
        List<Declaring> all = new ArrayList<>(applied.stream().filter(d -> !d.conditional()).toList());
        all.add(new Declaring(object, file, false));
        all.addAll(applied.stream().filter(Declaring::conditional).toList());
        return all;
    }

    private void declare(Schema schema, CatalogFile file, boolean conditional, List<Declaring> into,
            Set<String> visited) {
        if (schema.isBooleanSchema()) {
            return;
        }
        if (schema.ref() != null) {
            references.resolve(file, schema).filter(target -> visited.add(target.key()))
                    .ifPresent(target -> declare(target.schema(), target.file(), conditional, into, visited));
        }
        inPlace(schema, file, conditional, into, visited);
        into.add(new Declaring(schema, file, conditional));
    }

    /** Declares what the subschemas a schema applies in place declare. */
    private void inPlace(Schema schema, CatalogFile file, boolean conditional, List<Declaring> into,
            Set<String> visited) {
        for (Schema branch : schema.allOf()) {
            declare(branch, file, conditional, into, visited);
        }
        List<Schema> some = new ArrayList<>(schema.nullableAlternative().isPresent() ? List.of() : schema.anyOf());
        some.addAll(schema.oneOf());
        java.util.stream.Stream.of(schema.ifSchema(), schema.thenSchema(), schema.elseSchema())
                .filter(java.util.Objects::nonNull).forEach(some::add);
        some.addAll(schema.dependentSchemas().values());
        for (Schema branch : some) {
            declare(branch, file, true, into, visited);
        }
    }

    private Field field(String wireName, String javaName, TypeUse type, Schema property, boolean required,
            int position) {
        EnvelopeProperty envelope = null;
        JsonValue envelopeName = property.extensions().get("x-envelope");
        if (envelopeName instanceof JsonString s) {
            envelope = EnvelopeProperty.fromKeyword(s.value()).orElse(null);
            if (envelope != null) {
                checkEnvelopeShape(envelope, type, envelopeName.location());
            }
        }
        boolean inBody = !(property.extensions().get("x-body") instanceof JsonBoolean b && !b.value());
        if (!inBody && required) {
            problems.report(property.extensions().get("x-body").location(), "property \"" + wireName + "\" is"
                    + " required but never travels in the body (\"x-body\": false): remove it from \"required\"");
        }
        JsonValue defaultValue = property.defaultValue();
        if (defaultValue != null && !fits(type, defaultValue)) {
            problems.report(defaultValue.location(), "default " + JsonValues.toJson(defaultValue) + " does not fit"
                    + " the property's type (" + DefaultObjects.describe(type) + "): change the default or the type");
        }
        return new Field(wireName, javaName, type, required, defaultValue, property.description(), envelope, inBody,
                position, property);
    }

    private void checkEnvelopeShape(EnvelopeProperty envelope, TypeUse type, SourceLocation at) {
        boolean fits = switch (envelope) {
            case PRIORITY, EXPIRATION -> type.shape().equals(new Shape.Scalar(JsonType.INTEGER));
            case CORRELATION_ID, REPLY_TO -> type.shape().equals(new Shape.Scalar(JsonType.STRING));
            case HEADERS -> type.shape() instanceof Shape.FreeFormObject;
        };
        if (!fits) {
            String needed = switch (envelope) {
                case PRIORITY, EXPIRATION -> "an integer";
                case CORRELATION_ID, REPLY_TO -> "a string";
                case HEADERS -> "a free-form object";
            };
            problems.report(at, "\"x-envelope\": \"" + envelope.keyword() + "\" needs " + needed + " property, not "
                    + DefaultObjects.describe(type));
        }
    }

    private EnumType buildEnum(JavaTypeName name, Origin origin, Schema schema) {
        List<EnumType.Constant> constants = new ArrayList<>();
        Set<String> values = new java.util.HashSet<>();
        Optional<Schema> known = OpenEnum.knownValues(schema);
        Schema listing = known.orElse(schema);
        List<JsonValue> enumValues = listing.enumValues();
        for (int i = 0; i < enumValues.size(); i++) {
            // Named for good, unique, once every type has its name (JavaNaming.nameMembers).
            if (enumValues.get(i) instanceof JsonString s && values.add(s.value())) {
                constants.add(new EnumType.Constant(s.value(), JavaNames.upperSnake(s.value()),
                        listing.enumDescription(i)));
            }
        }
        return new EnumType(name, origin, schema.description(), constants, known.isPresent(), schema);
    }

    /**
     * Whether a record of {@code schema} would refuse values the schema admits: a record only where the value must be
     * an object; without {@code "type": "object"}, a string or a number is a valid value too (properties constrain
     * only objects).
     */
    private static boolean recordWouldRefuseValidValues(Form form, Schema schema) {
        return form == Form.OBJECT && !TypeSlots.pinnedToObject(schema);
    }

    /**
     * The shape of a value described by {@code schema}, where {@code enclosing} is the type that would hold an
     * inline object or enum and {@code hint} the wire name it would be named after.
     */
    private TypeUse typeOf(Schema schema, CatalogFile file, JavaTypeName enclosing, String hint,
            Deque<String> followed) {
        if (schema.isBooleanSchema()) {
            return new TypeUse(new Shape.AnyValue(), true);
        }
        Optional<Schema> nullableOf = schema.nullableAlternative();
        if (nullableOf.isPresent()) {
            TypeUse inner = typeOf(nullableOf.get(), file, enclosing, hint, followed);
            return new TypeUse(inner.shape(), true);
        }
        if (schema.ref() != null) {
            Optional<Target> target = references.resolve(file, schema);
            if (target.isEmpty()) {
                return new TypeUse(new Shape.AnyValue(), true);
            }
            if (slots.refused(target.get().key())) {
                return new TypeUse(new Shape.AnyValue(), true); // its name was refused, and reported
            }
            TypeSlots.Slot slot = slots.slot(target.get().key());
            if (slot != null && recordWouldRefuseValidValues(slot.form(), slot.schema())) {
                return new TypeUse(new Shape.AnyValue(), true); // the type is still built, for allOf (declaring)
            }
            if (slot != null) {
                return new TypeUse(new Shape.Named(slot.name(), slot.form()),
                        schema.types().contains(JsonType.NULL) || admitsNull(slot.schema(), slot.form()));
            }
            if (followed.contains(target.get().key())) {
                problems.report(schema.location(), "reference cycle: " + String.join(" -> ", followed) + " -> "
                        + target.get().key() + " never reaches a type; break the cycle with an object type");
                return new TypeUse(new Shape.AnyValue(), true);
            }
            followed.push(target.get().key());
            TypeUse resolved = typeOf(target.get().schema(), target.get().file(), enclosing, hint, followed);
            followed.pop();
            return resolved;
        }
        boolean nullable = schema.types().isEmpty() || schema.types().contains(JsonType.NULL);
        List<JsonType> core = TypeSlots.withoutNull(schema.types());
        Optional<Form> form = slots.formOf(schema, file);
        if (form.isPresent() && recordWouldRefuseValidValues(form.get(), schema)) {
            return new TypeUse(new Shape.AnyValue(), true);
        }
        if (form.isPresent()) {
            Optional<String> simpleName = naming.nested(enclosing, schema, JavaNames.upperCamel(hint),
                    schema.location());
            if (simpleName.isEmpty()) {
                return new TypeUse(new Shape.AnyValue(), true);
            }
            slots.nest(enclosing, simpleName.get());
            JavaTypeName name = enclosing.nested(simpleName.get());
            if (form.get() == Form.ENUM) {
                built.put(name, buildEnum(name, Origin.NESTED, schema));
                nullable = admitsNull(schema, Form.ENUM);
            } else if (form.get() == Form.UNION) {
                buildUnion(name, Origin.NESTED, schema, file);
                nullable = schema.types().contains(JsonType.NULL);
            } else {
                buildObject(name, Origin.NESTED, schema, file);
                nullable = schema.types().contains(JsonType.NULL);
            }
            return new TypeUse(new Shape.Named(name, form.get()), nullable);
        }
        if (core.isEmpty() && schema.constValue() != null) {
            return typeOfValue(schema.constValue());
        }
        if (core.size() != 1) {
            return new TypeUse(new Shape.AnyValue(), true);
        }
        JsonType type = core.get(0);
        if (type == JsonType.OBJECT) {
            if (isTypedMap(schema)) {
                TypeUse values = typeOf(schema.additionalProperties(), file, enclosing,
                        JavaNames.elementTypeName(hint, "value"), followed);
                if (!(values.shape() instanceof Shape.AnyValue)) { // "additionalProperties": {} is free-form
                    noteJavaNumber(schema.additionalProperties(), values);
                    return new TypeUse(new Shape.MapOf(values), nullable);
                }
            }
            return new TypeUse(new Shape.FreeFormObject(), nullable);
        }
        if (type == JsonType.ARRAY) {
            // Positional item schemas (prefixItems) give items of different types: a list of any values.
            TypeUse items = schema.items() == null || !schema.prefixItems().isEmpty()
                    ? new TypeUse(new Shape.AnyValue(), true)
                    : typeOf(schema.items(), file, enclosing, JavaNames.elementTypeName(hint, "item"), followed);
            if (schema.items() != null) {
                noteJavaNumber(schema.items(), items);
            }
            return new TypeUse(new Shape.ArrayOf(items), nullable);
        }
        ScalarJavaType javaType = javaTypeOf(schema, type);
        if (javaType != null) {
            javaTypes.put(schema, javaType);
        }
        return new TypeUse(new Shape.Scalar(type, javaType), nullable);
    }

    /**
     * The JDK type a scalar value is held as: the schema's {@code x-java-type} ({@code plain} for none), else what
     * {@code catalog.json}'s {@code javaTypes} maps its format (a string's) or its type to; null for the plain type.
     * {@code ExtensionPlacement} has checked that an {@code x-java-type} stands beside its type and format.
     */
    private @Nullable ScalarJavaType javaTypeOf(Schema schema, JsonType type) {
        if (schema.extensions().get("x-java-type") instanceof JsonString own) {
            return ScalarJavaType.named(own.value()).filter(t -> t.jsonType() == type
                    && java.util.Objects.equals(t.format(), type == JsonType.STRING ? schema.format() : null))
                    .orElse(null);
        }
        String key = type == JsonType.STRING ? schema.format() : type.keyword();
        ScalarJavaType mapped = key == null ? null : catalogJavaTypes.get(key);
        return mapped != null && mapped.jsonType() == type ? mapped : null;
    }

    /**
     * Whether an object schema is a typed map: no declared or pattern properties, and an {@code additionalProperties}
     * schema (not {@code true} or {@code false}) that every member's value must match.
     */
    static boolean isTypedMap(Schema schema) {
        return schema.properties().isEmpty() && schema.patternProperties().isEmpty()
                && schema.additionalProperties() != null && !schema.additionalProperties().isBooleanSchema();
    }

    /**
     * Whether a named type's own schema admits JSON null: its {@code type} lists null, or an enum lists null (and
     * {@code type}, if any, allows it); an open enum never does (null beside it is the nullable {@code anyOf}).
     */
    private static boolean admitsNull(Schema schema, Form form) {
        if (form == Form.ENUM && OpenEnum.is(schema)) {
            return false;
        }
        if (form == Form.ENUM) {
            return schema.enumValues().stream().anyMatch(v -> v instanceof JsonNull)
                    && (schema.types().isEmpty() || schema.types().contains(JsonType.NULL));
        }
        return schema.types().contains(JsonType.NULL);
    }

    /** Remembers a schema whose values generated code holds as a {@code long} or {@code double}. */
    private void noteJavaNumber(Schema schema, TypeUse type) {
        if (type.shape() instanceof Shape.Scalar scalar && scalar.plain()
                && (scalar.type() == JsonType.INTEGER || scalar.type() == JsonType.NUMBER)) {
            javaNumbers.put(schema, scalar.type());
        }
    }

    private static TypeUse typeOfValue(JsonValue value) {
        if (value instanceof JsonString) {
            return new TypeUse(new Shape.Scalar(JsonType.STRING), false);
        }
        if (value instanceof JsonBoolean) {
            return new TypeUse(new Shape.Scalar(JsonType.BOOLEAN), false);
        }
        if (value instanceof JsonNumber n) {
            return new TypeUse(new Shape.Scalar(n.isIntegral() ? JsonType.INTEGER : JsonType.NUMBER), false);
        }
        return new TypeUse(new Shape.AnyValue(), value instanceof JsonNull);
    }

    /** Whether a default value has the shape its property declares (so that generated code can hold it). */
    private boolean fits(TypeUse type, JsonValue value) {
        if (value instanceof JsonNull) {
            return type.nullable();
        }
        Shape shape = type.shape();
        if (shape instanceof Shape.Scalar scalar) {
            return DefaultObjects.fitsScalar(scalar, value);
        }
        if (shape instanceof Shape.Named named) {
            if (named.form() == Form.UNION) {
                return value instanceof JsonObject; // DefaultObjects checks that its discriminator names a record
            }
            if (named.form() == Form.ENUM) {
                NamedType enumType = built.get(named.name());
                TypeSlots.Slot slot = slots.all().stream().filter(s -> s.name().equals(named.name())).findFirst()
                        .orElse(null);
                Schema enumSchema = enumType != null ? enumType.schema() : slot != null ? slot.schema() : null;
                if (enumSchema != null && OpenEnum.is(enumSchema)) {
                    return value instanceof JsonString; // any string is one of its values
                }
                return value instanceof JsonString s && enumSchema != null
                        && enumSchema.enumValues().stream().anyMatch(v -> JsonValues.sameValue(v, s));
            }
            return value instanceof JsonObject;
        }
        if (shape instanceof Shape.ArrayOf array) {
            return value instanceof JsonArray elements && elements.elements().stream()
                    .allMatch(element -> fits(array.items(), element));
        }
        if (shape instanceof Shape.MapOf map) {
            return value instanceof JsonObject members && members.members().values().stream()
                    .allMatch(member -> fits(map.values(), member));
        }
        if (shape instanceof Shape.FreeFormObject) {
            return value instanceof JsonObject;
        }
        return true;
    }
}
