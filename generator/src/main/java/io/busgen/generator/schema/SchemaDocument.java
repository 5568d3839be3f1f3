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

    /**
     * Calls {@code visitor} for each direct subschema of {@code schema}: the values of every keyword whose value holds
     * schemas ({@link Keyword.Value#holdsSchemas()}), in the order of {@link Keyword} ({@code $defs} first).
     */
    @SuppressWarnings("unchecked")
    public static void forEachSubschema(Schema schema, SubschemaVisitor visitor) {
        for (Keyword keyword : schema.keywords()) {
            Object value = schema.value(keyword);
            switch (keyword.value()) {
                case SCHEMA -> one(keyword.keyword(), (Schema) value, visitor);
                case SCHEMA_MAP -> eachIn(keyword.keyword(), (Map<String, Schema>) value, visitor);
                case SCHEMA_LIST -> eachOf(keyword.keyword(), (List<Schema>) value, visitor);
                default -> {
                    // no schema in it
                }
            }
        }
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
