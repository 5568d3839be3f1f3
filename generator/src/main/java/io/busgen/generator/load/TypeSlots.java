package io.busgen.generator.load;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.load.EntryRules.Entry;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.NamedType.Form;
import io.busgen.generator.model.NamedType.Origin;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.OpenEnum;
import io.busgen.generator.schema.Schema;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The first pass of linking: names every type a reference can reach (message and response bodies, defs files, the
 * entries of {@code $defs}) before any is built, so that a reference is linked by name and recursive types stay
 * finite. Inline objects and enums are named later, where they are built ({@link TypeBuilder}).
 */
final class TypeSlots {

    /** A type named in the first pass. */
    record Slot(JavaTypeName name, Form form, Origin origin, CatalogFile file, Schema schema) {}

    private final String javaPackage;
    private final JavaNaming naming;
    private final Map<String, CatalogFile> files;
    /** The types references can reach, by {@code path#pointer} of their schema. */
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    /** The types that would be named, but whose name was refused (reported): references to them go no further. */
    private final Set<String> unnamed = new HashSet<>();
    /** The simple names nested in each type, to list them on the type. */
    private final Map<JavaTypeName, List<String>> nestedNames = new HashMap<>();

    private final DiscriminatedUnions unions;

    TypeSlots(String javaPackage, JavaNaming naming, Map<String, CatalogFile> files, DiscriminatedUnions unions) {
        this.javaPackage = javaPackage;
        this.naming = naming;
        this.files = files;
        this.unions = unions;
    }

    /** The unions {@code oneOf}s are recognised as. */
    DiscriminatedUnions unions() {
        return unions;
    }

    /** {@link #formOf(Schema)}, or a union when the schema is a {@code oneOf} {@link DiscriminatedUnions} recognises. */
    Optional<Form> formOf(Schema schema, CatalogFile file) {
        if (DiscriminatedUnions.isCandidate(schema) && unions.union(schema, file).isPresent()) {
            return Optional.of(Form.UNION);
        }
        return formOf(schema);
    }

    /** Names the entries' bodies, the shared types, then the types nested in entry files' {@code $defs}. */
    void name(List<Entry> entries) {
        nameEntryTypes(entries);
        nameSharedTypes();
        nameEntryDefs(entries);
    }

    /** The type named for the schema at {@code path#pointer}, if any. */
    @Nullable Slot slot(String key) {
        return slots.get(key);
    }

    /** Every named type, in the order named. */
    List<Slot> all() {
        return List.copyOf(slots.values());
    }

    /** Whether the schema at {@code path#pointer} would be a named type but its name was refused. */
    boolean refused(String key) {
        return unnamed.contains(key);
    }

    /** Records a type nested in {@code enclosing}, to list it there. */
    void nest(JavaTypeName enclosing, String simpleName) {
        nestedNames.computeIfAbsent(enclosing, e -> new ArrayList<>()).add(simpleName);
    }

    /** The simple names nested in {@code type}, in the order named. */
    List<String> nestedIn(JavaTypeName type) {
        return nestedNames.getOrDefault(type, List.of());
    }

    private void nameEntryTypes(List<Entry> entries) {
        for (Entry entry : entries) {
            CatalogFile file = entry.file();
            Schema root = file.document().root();
            String base = JavaNames.upperCamel(entry.routingKey()) + (entry.kind() == Kind.RESPONSE ? "Response" : "");
            Optional<String> simpleName = naming.topLevel(root, base, root.location(), file.display());
            if (simpleName.isPresent()) {
                JavaTypeName name = JavaTypeName.topLevel(javaPackage, simpleName.get());
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
            Optional<Form> form = formOf(root, file);
            if (form.isPresent()) {
                Optional<String> simpleName = naming.topLevel(root, JavaNames.upperCamel(file.stem()),
                        root.location(), file.display());
                simpleName.ifPresentOrElse(n -> slots.put(file.path() + "#", new Slot(
                        JavaTypeName.topLevel(javaPackage, n), form.get(), Origin.SHARED, file, root)),
                        () -> unnamed.add(file.path() + "#"));
            }
            nameDefsEntries(file, null);
        }
    }

    /** Names the object and enum entries of a file's {@code $defs}: shared in defs files, nested in entry files. */
    private void nameDefsEntries(CatalogFile file, @Nullable JavaTypeName enclosing) {
        for (Map.Entry<String, Schema> def : file.document().root().defs().entrySet()) {
            Schema schema = def.getValue();
            Optional<Form> form = formOf(schema, file);
            if (form.isEmpty()) {
                continue;
            }
            String defaultName = JavaNames.upperCamel(def.getKey());
            String key = file.path() + "#" + JsonPointer.append("/$defs", def.getKey());
            if (enclosing == null) {
                naming.topLevel(schema, defaultName, schema.location(), file.display() + " $defs/" + def.getKey())
                        .ifPresentOrElse(n -> slots.put(key, new Slot(JavaTypeName.topLevel(javaPackage, n),
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

    /**
     * Whether a schema defines a record (an object with properties) or an enum (string values, or an {@link OpenEnum}),
     * or neither.
     */
    static Optional<Form> formOf(Schema schema) {
        if (schema.isBooleanSchema()) {
            return Optional.empty();
        }
        if (isStringEnum(schema) || OpenEnum.is(schema)) {
            return Optional.of(Form.ENUM);
        }
        List<JsonType> core = withoutNull(schema.types());
        if (!schema.properties().isEmpty() && (core.isEmpty() || core.equals(List.of(JsonType.OBJECT)))) {
            return Optional.of(Form.OBJECT);
        }
        return Optional.empty();
    }

    /**
     * Whether an object schema's values must be objects ({@code "type": "object"}, null aside): only then may a value it
     * describes be held as a record. A schema with {@code properties} but no {@code type} is a record where it is
     * composed ({@code allOf}), but as a value it admits any JSON value.
     */
    static boolean pinnedToObject(Schema schema) {
        return withoutNull(schema.types()).equals(List.of(JsonType.OBJECT));
    }

    private static boolean isStringEnum(Schema schema) {
        List<JsonType> core = withoutNull(schema.types());
        return schema.enumValues() != null && !schema.enumValues().isEmpty()
                && (core.isEmpty() || core.equals(List.of(JsonType.STRING)))
                && schema.enumValues().stream().allMatch(v -> v instanceof JsonString || v instanceof JsonNull)
                && schema.enumValues().stream().anyMatch(v -> v instanceof JsonString);
    }

    static List<JsonType> withoutNull(List<JsonType> types) {
        return types.stream().filter(t -> t != JsonType.NULL).toList();
    }
}
