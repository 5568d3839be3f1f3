package io.busgen.generator.schema;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standalone draft 2020-12 schema (not part of a catalogue), with its {@code $ref}s resolved inside the one
 * document: JSON pointers, {@code $id}-identified embedded resources, and {@code $anchor}s. A reference to anything
 * outside the document is a remote reference, which busgen refuses: it never fetches schemas.
 */
public final class StandaloneSchema {

    /** The base URI of a document without {@code $id}. */
    static final URI DEFAULT_BASE = URI.create("https://busgen.invalid/schema.json");

    /** A loaded schema: its index and root when there was no problem, and every problem found. */
    public record Loaded(SchemaIndex index, Schema root, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Problems problems = new Problems();
    private final Map<String, Schema> resources = new HashMap<>();
    private final Map<String, Schema> anchors = new HashMap<>();
    private final Map<Schema, URI> baseOf = new IdentityHashMap<>();
    private final Map<Schema, String> resourceRootOf = new IdentityHashMap<>();
    private SchemaDocument document;
    private JsonValue tree;

    private StandaloneSchema() {}

    /**
     * Reads, checks and resolves a standalone schema.
     *
     * @param name how problems name the document
     */
    public static Loaded load(String name, String json) {
        return new StandaloneSchema().read(name, json);
    }

    private Loaded read(String name, String json) {
        Optional<JsonValue> value = LocatedJsonReader.read(name, json, problems);
        if (value.isEmpty()) {
            Schema empty = new SchemaReader(Dialect.STANDALONE, new Problems()).read(
                    new JsonValue.JsonBoolean(true, SourceLocation.ofFile(name)));
            SchemaDocument doc = SchemaDocument.of(name, empty);
            return new Loaded(new SchemaIndex(Map.of(doc, ""), Map.of()), empty, problems.sorted());
        }
        tree = value.get();
        Schema root = new SchemaReader(Dialect.STANDALONE, problems).read(tree);
        document = SchemaDocument.of(name, root);
        if (root.id() == null) {
            resources.put(DEFAULT_BASE.toString(), root);
            resourceRootOf.put(root, "");
        }
        register(root, DEFAULT_BASE, "");
        Map<Schema, Schema> refs = new IdentityHashMap<>();
        for (Schema schema : document.schemas()) {
            if (schema.ref() != null) {
                resolve(schema).ifPresent(target -> refs.put(schema, target));
            }
        }
        Map<SchemaDocument, String> documents = new LinkedHashMap<>();
        documents.put(document, "");
        return new Loaded(new SchemaIndex(documents, refs), root, problems.sorted());
    }

    private void register(Schema schema, URI base, String resourceRoot) {
        URI here = base;
        String root = resourceRoot;
        if (schema.id() != null) {
            Optional<URI> resolved = resolveAgainst(base, schema.id(),
                    JsonValues.locate(tree, JsonPointer.append(schema.pointer(), "$id")));
            if (resolved.isPresent()) {
                URI id = resolved.get();
                if (id.getFragment() != null && !id.getFragment().isEmpty()) {
                    problems.report(schema.location(), "\"$id\" \"" + schema.id() + "\" has a fragment: an $id names a"
                            + " resource; use \"$anchor\" for a name inside it");
                }
                here = withoutFragment(id);
                root = schema.pointer();
                resources.put(here.toString(), schema);
                resourceRootOf.put(schema, root);
            }
        }
        baseOf.put(schema, here);
        if (schema.anchor() != null) {
            anchors.put(here + "#" + schema.anchor(), schema);
        }
        URI childBase = here;
        String childRoot = root;
        SchemaDocument.forEachSubschema(schema, (relative, child) -> register(child, childBase, childRoot));
    }

    private Optional<Schema> resolve(Schema schema) {
        String ref = schema.ref();
        SourceLocation at = JsonValues.locate(tree, JsonPointer.append(schema.pointer(), "$ref"));
        Optional<URI> target = resolveAgainst(baseOf.get(schema), ref, at);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String resourceKey = withoutFragment(target.get()).toString();
        Schema resource = resources.get(resourceKey);
        if (resource == null) {
            problems.report(at, "remote reference \"" + ref + "\" (" + resourceKey + ") is not in this"
                    + " document: busgen never fetches schemas; put the schema in \"$defs\"");
            return Optional.empty();
        }
        String fragment = target.get().getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return Optional.of(resource);
        }
        if (fragment.startsWith("/")) {
            String pointer = resourceRootOf.getOrDefault(resource, resource.pointer()) + fragment;
            Optional<Schema> found = document.at(pointer);
            if (found.isEmpty()) {
                problems.report(at, "reference \"" + ref + "\" points at nothing: there is no schema"
                        + " at " + pointer);
            }
            return found;
        }
        Schema anchored = anchors.get(resourceKey + "#" + fragment);
        if (anchored == null) {
            problems.report(at, "reference \"" + ref + "\" names no \"$anchor\" of " + resourceKey);
        }
        return Optional.ofNullable(anchored);
    }

    private Optional<URI> resolveAgainst(URI base, String reference, SourceLocation at) {
        try {
            URI ref = new URI(reference);
            if (ref.isAbsolute()) {
                return Optional.of(ref);
            }
            if (base.isOpaque()) {
                if (reference.startsWith("#")) {
                    return Optional.of(new URI(base.getScheme(), base.getSchemeSpecificPart(), ref.getFragment()));
                }
                problems.report(at, "reference \"" + reference + "\" is relative to \"" + base + "\","
                        + " which has no path to resolve it against");
                return Optional.empty();
            }
            return Optional.of(base.resolve(ref));
        } catch (URISyntaxException e) {
            problems.report(at, "\"" + reference + "\" is not a valid URI reference: " + e.getReason());
            return Optional.empty();
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
