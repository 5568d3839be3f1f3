package io.busgen.generator.load;

import io.busgen.generator.json.CanonicalJson;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema fingerprint of a message or response file: the first 16 hex digits of the SHA-256 of the RFC 8785
 * (JCS) canonical form of its root schema, with every {@code $ref} inlined, the documentation keywords dropped and
 * every {@code properties} object turned into an array of {@code [name, schema]} pairs, so that the wire order
 * counts. The docs ({@code docs/schema-dialect.md}, "Schema fingerprint") define it precisely.
 *
 * <p>It reads the located JSON of the files, not the {@link Schema} model, so that every keyword counts, including
 * those the model does not keep; it asks the linker where references lead, so that they resolve exactly as they do
 * for the generated types.
 */
final class SchemaFingerprint {

    /**
     * Whether a member of a schema object takes no part in the fingerprint: a keyword that only documents
     * ({@link Keyword.Meaning#DOCUMENTATION}: {@code title}, {@code description}, {@code examples}, {@code $comment},
     * {@code x-java-name}, {@code x-enum-descriptions}).
     */
    static boolean dropped(String member) {
        return Keyword.named(member).filter(k -> k.meaning() == Keyword.Meaning.DOCUMENTATION).isPresent();
    }

    private static final int HEX_DIGITS = 16;

    /** Where references lead, as the linker resolves them, and what it named their targets. */
    interface Links {
        /** The target of {@code schema}'s {@code $ref}, written in {@code from}; empty when it does not resolve. */
        Optional<Target> resolve(CatalogFile from, Schema schema);

        /**
         * The simple name of the Java type the linker gave the schema at {@code target}, or empty when that schema
         * is not a named type (such as a defs file whose root is an array).
         */
        Optional<String> typeName(Target target);
    }

    /**
     * A schema that a reference can name: a file's root ({@code pointer} empty) or one of its {@code $defs} entries.
     */
    record Target(CatalogFile file, String pointer) {
        /** {@code defs/node_diff.json#/$defs/NodeDiffPeer}. */
        String key() {
            return file.path() + "#" + pointer;
        }
    }

    private final Links links;

    SchemaFingerprint(Links links) {
        this.links = links;
    }

    /**
     * The fingerprint of an entry (message or response) file: 16 lower-case hex digits.
     *
     * @throws CanonicalJson.NumberOutOfRange when a number of the schema is beyond the range of a double
     */
    String fingerprint(CatalogFile entry) {
        return of(canonicalText(entry));
    }

    /** The canonical text whose hash is the fingerprint of an entry file. */
    String canonicalText(CatalogFile entry) {
        return CanonicalJson.write(transformed(entry));
    }

    /** The first 16 lower-case hex digits of the SHA-256 of the UTF-8 bytes of {@code canonicalText}. */
    static String of(String canonicalText) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] digest = sha256.digest(canonicalText.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
    }

    // ---- the transformation -------------------------------------------------------------------------------------

    /** The entry file's root schema, refs inlined, documentation dropped, properties as pairs. */
    JsonValue transformed(CatalogFile entry) {
        Deque<String> inlining = new ArrayDeque<>();
        inlining.push(new Target(entry, "").key());
        return transform(entry, "", entry.json(), inlining);
    }

    /**
     * @param pointer where {@code json} stands in {@code file}
     * @param inlining the keys of the schemas being inlined on the current path, the entry's root included
     */
    private JsonValue transform(CatalogFile file, String pointer, JsonValue json, Deque<String> inlining) {
        Optional<Schema> schema = file.document().at(pointer);
        if (json instanceof JsonObject object && schema.isPresent()) {
            return transformSchema(file, pointer, object, schema.get(), inlining);
        }
        if (json instanceof JsonObject object) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            object.members().forEach((name, value) ->
                    members.put(name, transform(file, JsonPointer.append(pointer, name), value, inlining)));
            return new JsonObject(members, object.location());
        }
        if (json instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                elements.add(transform(file, JsonPointer.append(pointer, i), array.elements().get(i), inlining));
            }
            return new JsonArray(elements, array.location());
        }
        return json;
    }

    private JsonValue transformSchema(CatalogFile file, String pointer, JsonObject object, Schema schema,
            Deque<String> inlining) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            String keyword = member.getKey();
            JsonValue value = member.getValue();
            String at = JsonPointer.append(pointer, keyword);
            if (dropped(keyword)) {
                continue;
            }
            if (keyword.equals("$ref") && value instanceof JsonString ref) {
                members.put(keyword, inline(file, schema, ref, inlining));
            } else if (keyword.equals("properties") && value instanceof JsonObject properties) {
                List<JsonValue> pairs = new ArrayList<>();
                properties.members().forEach((name, property) -> pairs.add(new JsonArray(List.of(
                        new JsonString(name, property.location()),
                        transform(file, JsonPointer.append(at, name), property, inlining)), property.location())));
                members.put(keyword, new JsonArray(pairs, properties.location()));
            } else {
                members.put(keyword, transform(file, at, value, inlining));
            }
        }
        return new JsonObject(members, object.location());
    }

    /** The value that replaces a {@code $ref} string: the transformed target, or its type's name on recursion. */
    private JsonValue inline(CatalogFile file, Schema schema, JsonString ref, Deque<String> inlining) {
        Target target = links.resolve(file, schema).orElseThrow(() -> new IllegalStateException(
                "unresolved reference " + ref.value() + " at " + ref.location() + " in a linked catalogue"));
        String key = target.key();
        if (inlining.contains(key)) {
            return new JsonString(links.typeName(target).orElse(key), ref.location());
        }
        JsonValue json = JsonValues.at(target.file().json(), target.pointer());
        if (json == null) {
            throw new IllegalStateException("nothing at " + key + " in a linked catalogue");
        }
        inlining.push(key);
        JsonValue inlined = transform(target.file(), target.pointer(), json, inlining);
        inlining.pop();
        return inlined;
    }
}
