package io.busgen.generator.schema;

import io.busgen.generator.json.JsonPointer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One schema file: its root schema and every schema within it, indexed by JSON pointer, so that a {@code $ref}
 * fragment can be resolved.
 */
public final class SchemaDocument {

    private final String file;
    private final Schema root;
    private final Map<String, Schema> byPointer;

    private SchemaDocument(String file, Schema root, Map<String, Schema> byPointer) {
        this.file = file;
        this.root = root;
        this.byPointer = Collections.unmodifiableMap(byPointer);
    }

    public static SchemaDocument of(String file, Schema root) {
        Map<String, Schema> index = new LinkedHashMap<>();
        visit(root, "", index);
        return new SchemaDocument(file, root, index);
    }

    public String file() {
        return file;
    }

    public Schema root() {
        return root;
    }

    /** The schema at a JSON pointer ({@code ""} for the root), if a schema stands there. */
    public Optional<Schema> at(String pointer) {
        return Optional.ofNullable(byPointer.get(pointer));
    }

    /** Every schema of the document, the root first, in document order. */
    public Iterable<Schema> schemas() {
        return byPointer.values();
    }

    private static void visit(Schema schema, String pointer, Map<String, Schema> index) {
        index.put(pointer, schema);
        forEachSubschema(schema, (childPointer, child) -> visit(child, pointer + childPointer, index));
    }

    /** A child schema and its pointer relative to the parent (such as {@code /properties/name}). */
    public interface SubschemaVisitor {
        void visit(String relativePointer, Schema child);
    }

    /** Calls {@code visitor} for each direct subschema of {@code schema}, in keyword order. */
    public static void forEachSubschema(Schema schema, SubschemaVisitor visitor) {
        eachIn("$defs", schema.defs(), visitor);
        eachIn("properties", schema.properties(), visitor);
        one("additionalProperties", schema.additionalProperties(), visitor);
        eachIn("patternProperties", schema.patternProperties(), visitor);
        one("propertyNames", schema.propertyNames(), visitor);
        eachIn("dependentSchemas", schema.dependentSchemas(), visitor);
        one("items", schema.items(), visitor);
        eachOf("prefixItems", schema.prefixItems(), visitor);
        one("contains", schema.contains(), visitor);
        eachOf("allOf", schema.allOf(), visitor);
        eachOf("anyOf", schema.anyOf(), visitor);
        eachOf("oneOf", schema.oneOf(), visitor);
        one("not", schema.not(), visitor);
        one("if", schema.ifSchema(), visitor);
        one("then", schema.thenSchema(), visitor);
        one("else", schema.elseSchema(), visitor);
        one("contentSchema", schema.contentSchema(), visitor);
    }

    private static void one(String keyword, @Nullable Schema child, SubschemaVisitor visitor) {
        if (child != null) {
            visitor.visit("/" + keyword, child);
        }
    }

    private static void eachIn(String keyword, Map<String, Schema> children, SubschemaVisitor visitor) {
        children.forEach((name, child) -> visitor.visit(JsonPointer.append("/" + keyword, name), child));
    }

    private static void eachOf(String keyword, List<Schema> children, SubschemaVisitor visitor) {
        for (int i = 0; i < children.size(); i++) {
            visitor.visit("/" + keyword + "/" + i, children.get(i));
        }
    }
}
