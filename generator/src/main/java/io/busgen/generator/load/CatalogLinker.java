package io.busgen.generator.load;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.EnvelopeProperty;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.Kind;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.NamedType.Form;
import io.busgen.generator.model.NamedType.Origin;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.schema.SchemaIndex;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import io.busgen.generator.load.EntryRules.Entry;
import io.busgen.generator.load.References.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the read schema files into the {@link Catalog} model: checks the entry files' x- keywords, resolves every
 * {@code $ref}, names every generated type and field, and reports every rule that is broken.
 *
 * <p>It works in two passes. The first names the types that references can reach (bodies, defs files and their
 * {@code $defs} entries), so that a reference is linked by name and recursive types stay finite; the second builds
 * the types, naming inline objects and enums after the property that holds them.
 */
final class CatalogLinker {



    private final CatalogInfo info;
    private final Map<String, CatalogFile> files;
    private final Set<String> unreadable;
    private final Problems problems;

    /** The types references can reach, by {@code path#pointer} of their schema, named in the first pass. */
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    /** Decides every Java name. */
    private final JavaNaming naming;
    /** The simple names nested in each type, to list them on the type. */
    private final Map<JavaTypeName, List<String>> nestedNames = new HashMap<>();
    private Map<JavaTypeName, NamedType> built = new LinkedHashMap<>();
    /** The schemas of the values generated code holds as a {@code long} or a {@code double}. */
    private final Map<Schema, JsonType> javaNumbers = new java.util.IdentityHashMap<>();
    private final References references;
    private final SchemaFingerprint fingerprints = new SchemaFingerprint(new FingerprintLinks());

    /**
     * The references being followed, across the inline objects they lead into: a reference to a schema that is not a
     * named type (its own name was refused, or it is an inline object) is built where it is used, so a cycle through
     * such schemas is found here rather than by running out of stack.
     */
    private final Deque<String> followed = new ArrayDeque<>();
    /** The types that would be named, but whose name was refused (reported): references to them go no further. */
    private final Set<String> unnamed = new java.util.HashSet<>();

    /** A type named in the first pass. */
    private record Slot(JavaTypeName name, Form form, Origin origin, CatalogFile file, Schema schema) {}


    /**
     * @param files the schema files that could be read, by path
     * @param unreadable the paths of schema files that could not be read (already reported: references to them are
     *     not reported again)
     */
    CatalogLinker(CatalogInfo info, Map<String, CatalogFile> files, Set<String> unreadable, Problems problems) {
        this.info = info;
        this.files = files;
        this.unreadable = unreadable;
        this.problems = problems;
        this.naming = new JavaNaming(info, problems);
        this.references = new References(files, unreadable, problems);
    }

    Optional<Catalog> link() {
        int problemsBefore = problems.size();
        EntryRules entryRules = new EntryRules(info, unreadable, problems);
        List<Entry> entries = new ArrayList<>();
        for (CatalogFile file : files.values()) {
            file.kind().map(kind -> entryRules.read(file, kind)).ifPresent(entries::add);
            ExtensionPlacement.check(file, problems);
            references.check(file);
        }
        entryRules.checkAcross(entries);
        nameEntryTypes(entries);
        nameSharedTypes();
        nameEntryDefs(entries);
        for (Slot slot : List.copyOf(slots.values())) {
            build(slot);
        }
        built = naming.nameMembers(built);
        DefaultCycles.check(built.values(), problems);
        new DefaultObjects(built, problems).check();
        new JavaLimits(problems).check(built.values(), files.values());
        // Fingerprints are only taken of a sound catalogue, where every reference resolves: references to files that
        // could not be read were not reported again, but leave the catalogue unsound all the same.
        if (problems.size() > problemsBefore || !unreadable.isEmpty()) {
            return Optional.empty();
        }
        List<MessageType> messages = new ArrayList<>();
        List<MessageType> responses = new ArrayList<>();
        for (Entry entry : entries) {
            Slot slot = slots.get(entry.file().path() + "#");
            if (slot == null || !(built.get(slot.name()) instanceof ObjectType body)) {
                continue;
            }
            Optional<String> fingerprint = fingerprintOf(entry.file());
            if (fingerprint.isEmpty()) {
                continue;
            }
            MessageType type = new MessageType(entry.routingKey(), entry.kind(), entryRules.priorityOf(entry, entries),
                    entry.declaredPriority() != null, body.description(), body, entry.file().path(),
                    fingerprint.get());
            (entry.kind() == Kind.MESSAGE ? messages : responses).add(type);
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Catalog(info, messages, responses, List.copyOf(built.values()), schemaIndex(),
                javaNumbers));
    }

    // ---- schema fingerprints --------------------------------------------------------------------------------

    private Optional<String> fingerprintOf(CatalogFile entry) {
        try {
            return Optional.of(fingerprints.fingerprint(entry));
        } catch (SchemaFingerprint.NumberOutOfRange e) {
            problems.report(e.number().location(), "the number " + e.number().lexeme() + " is beyond the range of"
                    + " an IEEE double, which the schema fingerprint (RFC 8785) cannot write: use a smaller number");
            return Optional.empty();
        }
    }

    /**
     * The canonical text whose hash is the fingerprint of the entry file at {@code path}
     * ({@code messages/send.echo.request.json}); only meaningful once {@link #link()} found no problem.
     */
    String canonicalText(String path) {
        CatalogFile entry = files.get(path);
        if (entry == null || entry.kind().isEmpty()) {
            throw new IllegalArgumentException("no message or response file " + path);
        }
        return fingerprints.canonicalText(entry);
    }

    /** What the fingerprint needs of the linker: references resolved as for the types, and the types' names. */
    private final class FingerprintLinks implements SchemaFingerprint.Links {
        @Override
        public Optional<SchemaFingerprint.Target> resolve(CatalogFile from, Schema schema) {
            return references.resolve(from, schema)
                    .map(target -> new SchemaFingerprint.Target(target.file(), target.pointer()));
        }

        @Override
        public Optional<String> typeName(SchemaFingerprint.Target target) {
            return Optional.ofNullable(slots.get(target.key())).map(slot -> slot.name().simpleName());
        }
    }

    /** The files' schemas, each {@code $ref} resolved (every reference resolves once linking has succeeded). */
    private SchemaIndex schemaIndex() {
        Map<SchemaDocument, String> documents = new LinkedHashMap<>();
        Map<Schema, Schema> refs = new java.util.IdentityHashMap<>();
        for (CatalogFile file : files.values()) {
            documents.put(file.document(), file.path());
            for (Schema schema : file.document().schemas()) {
                if (schema.ref() != null) {
                    references.resolve(file, schema).ifPresent(target -> refs.put(schema, target.schema()));
                }
            }
        }
        return new SchemaIndex(documents, refs);
    }

    // ---- first pass: naming the types references can reach ----------------------------------------------------

    private void nameEntryTypes(List<Entry> entries) {
        for (Entry entry : entries) {
            CatalogFile file = entry.file();
            Schema root = file.document().root();
            String base = JavaNames.upperCamel(entry.routingKey()) + (entry.kind() == Kind.RESPONSE ? "Response" : "");
            Optional<String> simpleName = naming.topLevel(root, base, root.location(), file.display());
            if (simpleName.isPresent()) {
                JavaTypeName name = JavaTypeName.topLevel(info.javaPackage(), simpleName.get());
                slots.put(file.path() + "#", new Slot(name, Form.OBJECT, Origin.BODY, file, root));
            }
        }
    }

    /** Names the types nested in entry files' {@code $defs}, once every top-level type has its name. */
    private void nameEntryDefs(List<Entry> entries) {
        for (Entry entry : entries) {
            Slot slot = slots.get(entry.file().path() + "#");
            if (slot != null) {
                nameDefsEntries(entry.file(), slot.name());
            }
        }
    }

    private void nameSharedTypes() {
        for (CatalogFile file : files.values()) {
            if (!file.folder().equals("defs")) {
                continue;
            }
            Schema root = file.document().root();
            Optional<Form> form = formOf(root);
            if (form.isPresent()) {
                Optional<String> simpleName = naming.topLevel(root, JavaNames.upperCamel(file.stem()),
                        root.location(), file.display());
                simpleName.ifPresentOrElse(n -> slots.put(file.path() + "#", new Slot(
                        JavaTypeName.topLevel(info.javaPackage(), n), form.get(), Origin.SHARED, file, root)),
                        () -> unnamed.add(file.path() + "#"));
            }
            nameDefsEntries(file, null);
        }
    }

    /** Names the object and enum entries of a file's {@code $defs}: shared in defs files, nested in entry files. */
    private void nameDefsEntries(CatalogFile file, @Nullable JavaTypeName enclosing) {
        for (Map.Entry<String, Schema> def : file.document().root().defs().entrySet()) {
            Schema schema = def.getValue();
            Optional<Form> form = formOf(schema);
            if (form.isEmpty()) {
                continue;
            }
            String defaultName = JavaNames.upperCamel(def.getKey());
            String key = file.path() + "#" + JsonPointer.append("/$defs", def.getKey());
            if (enclosing == null) {
                naming.topLevel(schema, defaultName, schema.location(), file.display() + " $defs/" + def.getKey())
                        .ifPresentOrElse(n -> slots.put(key, new Slot(JavaTypeName.topLevel(info.javaPackage(), n),
                                form.get(), Origin.SHARED, file, schema)), () -> unnamed.add(key));
            } else {
                Optional<String> simpleName = naming.nested(enclosing, schema, defaultName, schema.location());
                if (simpleName.isPresent()) {
                    nestedNames.computeIfAbsent(enclosing, e -> new ArrayList<>()).add(simpleName.get());
                    slots.put(key, new Slot(enclosing.nested(simpleName.get()), form.get(), Origin.NESTED, file,
                            schema));
                } else {
                    unnamed.add(key);
                }
            }
        }
    }

    /** Whether a schema defines a record (an object with properties) or an enum (string values), or neither. */
    private static Optional<Form> formOf(Schema schema) {
        if (schema.isBooleanSchema()) {
            return Optional.empty();
        }
        if (isStringEnum(schema)) {
            return Optional.of(Form.ENUM);
        }
        List<JsonType> core = withoutNull(schema.types());
        if (!schema.properties().isEmpty() && (core.isEmpty() || core.equals(List.of(JsonType.OBJECT)))) {
            return Optional.of(Form.OBJECT);
        }
        return Optional.empty();
    }

    private static boolean isStringEnum(Schema schema) {
        List<JsonType> core = withoutNull(schema.types());
        return schema.enumValues() != null && !schema.enumValues().isEmpty()
                && (core.isEmpty() || core.equals(List.of(JsonType.STRING)))
                && schema.enumValues().stream().allMatch(v -> v instanceof JsonString || v instanceof JsonNull)
                && schema.enumValues().stream().anyMatch(v -> v instanceof JsonString);
    }

    private static List<JsonType> withoutNull(List<JsonType> types) {
        return types.stream().filter(t -> t != JsonType.NULL).toList();
    }

    // ---- second pass: building the types --------------------------------------------------------------------

    private void build(Slot slot) {
        if (built.containsKey(slot.name())) {
            return;
        }
        if (slot.form() == Form.ENUM) {
            built.put(slot.name(), buildEnum(slot.name(), slot.origin(), slot.schema()));
        } else {
            buildObject(slot.name(), slot.origin(), slot.schema(), slot.file());
        }
    }

    private void buildObject(JavaTypeName name, Origin origin, Schema schema, CatalogFile file) {
        // Register a placeholder first, so that nested types are listed after their enclosing type.
        built.put(name, null);
        List<Field> fields = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, Schema> property : schema.properties().entrySet()) {
            String wireName = property.getKey();
            Schema propertySchema = property.getValue();
            // Named for good once every type has its name (JavaNaming.nameMembers).
            String javaName = JavaNames.lowerCamel(wireName);
            TypeUse type = typeOf(propertySchema, file, name, wireName, followed);
            noteJavaNumber(propertySchema, type);
            fields.add(field(wireName, javaName, type, propertySchema, schema, position++));
        }
        for (int i = 0; i < schema.required().size(); i++) {
            String required = schema.required().get(i);
            if (!schema.properties().containsKey(required)) {
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
        List<JavaTypeName> nested = nestedNames.getOrDefault(name, List.of()).stream()
                .map(name::nested)
                .toList();
        built.put(name, new ObjectType(name, origin, schema.description(), fields, nested, schema));
    }

    private Field field(String wireName, String javaName, TypeUse type, Schema property, Schema object,
            int position) {
        boolean required = object.required().contains(wireName);
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
        for (JsonValue value : schema.enumValues()) {
            // Named for good, unique, once every type has its name (JavaNaming.nameMembers).
            if (value instanceof JsonString s && values.add(s.value())) {
                constants.add(new EnumType.Constant(s.value(), JavaNames.upperSnake(s.value())));
            }
        }
        return new EnumType(name, origin, schema.description(), constants, schema);
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
            if (unnamed.contains(target.get().key())) {
                return new TypeUse(new Shape.AnyValue(), true); // its name was refused, and reported
            }
            Slot slot = slots.get(target.get().key());
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
        List<JsonType> core = withoutNull(schema.types());
        Optional<Form> form = formOf(schema);
        if (form.isPresent()) {
            Optional<String> simpleName = naming.nested(enclosing, schema, JavaNames.upperCamel(hint),
                    schema.location());
            if (simpleName.isEmpty()) {
                return new TypeUse(new Shape.AnyValue(), true);
            }
            nestedNames.computeIfAbsent(enclosing, e -> new ArrayList<>()).add(simpleName.get());
            JavaTypeName name = enclosing.nested(simpleName.get());
            if (form.get() == Form.ENUM) {
                built.put(name, buildEnum(name, Origin.NESTED, schema));
                // JSON null is valid only when the enum lists it (and "type", if any, allows it).
                nullable = schema.enumValues().stream().anyMatch(v -> v instanceof JsonNull)
                        && (schema.types().isEmpty() || schema.types().contains(JsonType.NULL));
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
            return new TypeUse(new Shape.FreeFormObject(), nullable);
        }
        if (type == JsonType.ARRAY) {
            // Positional item schemas (prefixItems) give items of different types: a list of any values.
            TypeUse items = schema.items() == null || !schema.prefixItems().isEmpty()
                    ? new TypeUse(new Shape.AnyValue(), true)
                    : typeOf(schema.items(), file, enclosing, hint + "_item", followed);
            if (schema.items() != null) {
                noteJavaNumber(schema.items(), items);
            }
            return new TypeUse(new Shape.ArrayOf(items), nullable);
        }
        return new TypeUse(new Shape.Scalar(type), nullable);
    }

    /** Whether a named type's own schema admits JSON null: its {@code type} lists null, or an enum lists null. */
    private static boolean admitsNull(Schema schema, Form form) {
        if (form == Form.ENUM) {
            return schema.enumValues().stream().anyMatch(v -> v instanceof JsonNull)
                    && (schema.types().isEmpty() || schema.types().contains(JsonType.NULL));
        }
        return schema.types().contains(JsonType.NULL);
    }

    /** Remembers a schema whose values generated code holds as a {@code long} or {@code double}. */
    private void noteJavaNumber(Schema schema, TypeUse type) {
        if (type.shape() instanceof Shape.Scalar scalar
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
            if (named.form() == Form.ENUM) {
                NamedType enumType = built.get(named.name());
                Slot slot = slots.values().stream().filter(s -> s.name().equals(named.name())).findFirst()
                        .orElse(null);
                Schema enumSchema = enumType != null ? enumType.schema() : slot != null ? slot.schema() : null;
                return value instanceof JsonString s && enumSchema != null
                        && enumSchema.enumValues().stream().anyMatch(v -> JsonValues.sameValue(v, s));
            }
            return value instanceof JsonObject;
        }
        if (shape instanceof Shape.ArrayOf array) {
            return value instanceof JsonArray elements && elements.elements().stream()
                    .allMatch(element -> fits(array.items(), element));
        }
        if (shape instanceof Shape.FreeFormObject) {
            return value instanceof JsonObject;
        }
        return true;
    }
}
