package io.busgen.generator.schema;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A standalone draft 2020-12 schema (not part of a catalogue), with its {@code $ref}s and {@code $dynamicRef}s
 * resolved: JSON pointers, {@code $id}-identified embedded resources, {@code $anchor}s and {@code $dynamicAnchor}s,
 * within the document and in the documents a {@link SchemaRegistry} maps absolute URIs to. busgen never fetches a
 * schema over the network: a reference to a URI the registry does not map is an error, located at the reference.
 *
 * <p>Each document's {@code $schema} decides its keywords ({@link KeywordSet}): draft 2020-12 (the default), a
 * custom meta-schema from the registry whose {@code $vocabulary} leaves vocabularies out (their keywords are then
 * annotations), or draft 2019-09 (read where it means what 2020-12 means). A member that is no keyword is an
 * annotation, as the specification has it; a reference may still point into it.
 */
public final class StandaloneSchema {

    /** The base URI of a document without {@code $id}. */
    static final URI DEFAULT_BASE = URI.create("https://busgen.invalid/schema.json");
    /** The most documents one schema may bring in through references, the first included. */
    public static final int MAX_DOCUMENTS = 1_000;

    private static final String DRAFT_2019_09 = "https://json-schema.org/draft/2019-09/schema";
    private static final Set<String> OLDER_DRAFTS = Set.of("http://json-schema.org/draft-07/schema",
            "http://json-schema.org/draft-06/schema", "http://json-schema.org/draft-04/schema",
            "http://json-schema.org/draft-03/schema");

    /**
     * A loaded schema: its index and root when there was no problem, and every problem found.
     *
     * @param warnings what is worth knowing but stops nothing (an unknown keyword that looks like a typo)
     */
    public record Loaded(SchemaIndex index, Schema root, List<Problem> problems, List<Problem> warnings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One document read: its tree, its schemas, and how problems name it. */
    private record Doc(String id, JsonValue tree, SchemaDocument schemas, KeywordSet keywordSet) {}

    private final SchemaRegistry registry;
    private final Problems problems = new Problems();
    private final Map<String, Schema> resources = new HashMap<>();
    private final Map<String, Schema> anchors = new HashMap<>();
    private final Map<Schema, URI> baseOf = new IdentityHashMap<>();
    private final Map<Schema, Schema> resourceOf = new IdentityHashMap<>();
    private final Map<Schema, Doc> docOf = new IdentityHashMap<>();
    private final Map<Schema, Map<String, Schema>> dynamicAnchors = new IdentityHashMap<>();
    private final Map<String, Doc> loaded = new HashMap<>();
    private final Map<String, Schema> fragments = new HashMap<>();
    private final Deque<Doc> unresolved = new ArrayDeque<>();
    private final Map<SchemaDocument, String> documents = new LinkedHashMap<>();
    private final Map<Schema, Schema> refs = new IdentityHashMap<>();
    private final Map<Schema, Schema> dynamicTargets = new IdentityHashMap<>();
    private final Map<Schema, String> dynamicNames = new IdentityHashMap<>();

    private StandaloneSchema(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * Reads, checks and resolves a standalone schema that refers to no other document (but the draft 2020-12
     * meta-schemas).
     *
     * @param name how problems name the document
     */
    public static Loaded load(String name, String json) {
        return load(name, json, SchemaRegistry.NONE);
    }

    /**
     * Reads, checks and resolves a standalone schema, reading the documents it refers to from {@code registry}.
     *
     * @param name how problems name the document
     */
    public static Loaded load(String name, String json, SchemaRegistry registry) {
        return new StandaloneSchema(registry).read(name, json);
    }

    private Loaded read(String name, String json) {
        Optional<JsonValue> value = LocatedJsonReader.read(name, json, problems);
        if (value.isEmpty()) {
            Schema empty = new SchemaReader(Dialect.STANDALONE, new Problems()).read(
                    new JsonValue.JsonBoolean(true, SourceLocation.ofFile(name)));
            SchemaDocument doc = SchemaDocument.of(name, empty);
            return new Loaded(new SchemaIndex(Map.of(doc, ""), Map.of()), empty, problems.sorted(), List.of());
        }
        Doc root = document("", value.get(), DEFAULT_BASE);
        if (root.schemas().root().id() == null) {
            resources.put(DEFAULT_BASE.toString(), root.schemas().root());
        }
        while (!unresolved.isEmpty()) {
            Doc doc = unresolved.poll();
            for (Schema schema : doc.schemas().schemas()) {
                if (schema.ref() != null) {
                    resolve(schema, Keyword.REF, schema.ref()).ifPresent(target -> refs.put(schema, target));
                }
                String dynamicRef = (String) schema.value(Keyword.DYNAMIC_REF);
                if (dynamicRef != null) {
                    resolveDynamic(schema, dynamicRef);
                }
            }
        }
        if (problems.isEmpty()) {
            new EvaluationCycles(refs, dynamicTargets, dynamicNames, dynamicAnchors, this::referenceLocation, problems)
                    .check(root.schemas().root());
        }
        SchemaIndex index = new SchemaIndex(documents, refs, new DynamicAnchors(resourceOf, dynamicAnchors,
                dynamicTargets, dynamicNames));
        return new Loaded(index, root.schemas().root(), problems.sorted(), problems.advice());
    }

    // ---- documents ------------------------------------------------------------------------------------------------

    /** Reads a document's schemas by its {@code $schema}, registers its resources and anchors, and queues its refs. */
    private Doc document(String id, JsonValue tree, URI base) {
        KeywordSet keywordSet = keywordSet(tree);
        Schema root = new SchemaReader(Dialect.STANDALONE, problems, keywordSet).read(tree);
        Doc doc = new Doc(id, tree, SchemaDocument.of(tree.location().file(), root), keywordSet);
        documents.put(doc.schemas(), id);
        register(doc, root, base, root);
        unresolved.add(doc);
        return doc;
    }

    /** The keywords of a document, from the {@code $schema} of its root. */
    private KeywordSet keywordSet(JsonValue tree) {
        if (!(tree instanceof JsonObject object) || !(object.members().get("$schema") instanceof JsonString schema)) {
            return KeywordSet.of(Dialect.STANDALONE);
        }
        String uri = schema.value().endsWith("#") ? schema.value().substring(0, schema.value().length() - 1)
                : schema.value();
        if (uri.equals(Vocabulary.DRAFT_2020_12)) {
            return KeywordSet.of(Dialect.STANDALONE);
        }
        if (uri.equals(DRAFT_2019_09)) {
            return KeywordSet.draft201909();
        }
        if (OLDER_DRAFTS.contains(uri)) {
            problems.report(schema.location(), "unsupported \"$schema\" \"" + schema.value() + "\": busgen reads"
                    + " draft 2020-12 (and draft 2019-09 where it means the same); write the schema in draft 2020-12");
            return KeywordSet.of(Dialect.STANDALONE);
        }
        return MetaSchemas.keywordSet(schema, uri, registry, problems);
    }

    private void register(Doc doc, Schema schema, URI base, Schema resource) {
        URI here = base;
        Schema currentResource = resource;
        docOf.put(schema, doc);
        if (schema.id() != null) {
            Optional<URI> resolved = resolveAgainst(base, schema.id(),
                    JsonValues.locate(doc.tree(), JsonPointer.append(schema.pointer(), "$id")));
            if (resolved.isPresent()) {
                URI id = resolved.get();
                if (id.getFragment() != null && !id.getFragment().isEmpty()) {
                    problems.report(schema.location(), "\"$id\" \"" + schema.id() + "\" has a fragment: an $id names a"
                            + " resource; use \"$anchor\" for a name inside it");
                }
                here = withoutFragment(id);
                currentResource = schema;
                resources.putIfAbsent(here.toString(), schema);
            }
        }
        if (schema.schemaUri() != null && schema != doc.schemas().root()
                && !schema.schemaUri().equals(doc.schemas().root().schemaUri())) {
            problems.report(JsonValues.locate(doc.tree(), JsonPointer.append(schema.pointer(), "$schema")),
                    "a \"$schema\" other than its document's is not supported inside a document; move this resource"
                            + " to a document of its own");
        }
        baseOf.put(schema, here);
        resourceOf.put(schema, currentResource);
        if (schema.anchor() != null) {
            anchors.putIfAbsent(here + "#" + schema.anchor(), schema);
        }
        String dynamicAnchor = (String) schema.value(Keyword.DYNAMIC_ANCHOR);
        if (dynamicAnchor != null) {
            anchors.putIfAbsent(here + "#" + dynamicAnchor, schema);
            dynamicAnchors.computeIfAbsent(currentResource, r -> new LinkedHashMap<>()).putIfAbsent(dynamicAnchor,
                    schema);
        }
        URI childBase = here;
        Schema childResource = currentResource;
        SchemaDocument.forEachSubschema(schema, (relative, child) -> register(doc, child, childBase, childResource));
    }

    // ---- references -----------------------------------------------------------------------------------------------

    private SourceLocation referenceLocation(Schema schema, Keyword keyword) {
        Doc doc = docOf.get(schema);
        return doc == null ? schema.location()
                : JsonValues.locate(doc.tree(), JsonPointer.append(schema.pointer(), keyword.keyword()));
    }

    /** A {@code $dynamicRef}: its static target, and the anchor name it looks for when the target bookends it. */
    private void resolveDynamic(Schema schema, String reference) {
        Optional<Schema> target = resolve(schema, Keyword.DYNAMIC_REF, reference);
        if (target.isEmpty()) {
            return;
        }
        dynamicTargets.put(schema, target.get());
        int hash = reference.indexOf('#');
        String fragment = hash < 0 ? "" : reference.substring(hash + 1);
        if (!fragment.isEmpty() && !fragment.startsWith("/")
                && fragment.equals(target.get().value(Keyword.DYNAMIC_ANCHOR))) {
            dynamicNames.put(schema, fragment);
        }
    }

    private Optional<Schema> resolve(Schema schema, Keyword keyword, String ref) {
        SourceLocation at = referenceLocation(schema, keyword);
        Optional<URI> target = resolveAgainst(baseOf.get(schema), ref, at);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String resourceKey = withoutFragment(target.get()).toString();
        Schema resource = resources.get(resourceKey);
        if (resource == null) {
            resource = retrieve(withoutFragment(target.get()), ref, at);
            if (resource == null) {
                return Optional.empty();
            }
        }
        String fragment = target.get().getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return Optional.of(resource);
        }
        if (fragment.startsWith("/")) {
            Doc doc = docOf.get(resource);
            String pointer = resource.pointer() + fragment;
            Optional<Schema> found = doc.schemas().at(pointer);
            if (found.isEmpty()) {
                found = Optional.ofNullable(fragment(doc, pointer));
            }
            if (found.isEmpty()) {
                problems.report(at, "reference \"" + ref + "\" points at nothing: there is no schema at " + pointer
                        + (doc.id().isEmpty() ? "" : " of " + doc.id()));
            }
            return found;
        }
        Schema anchored = anchors.get(resourceKey + "#" + fragment);
        if (anchored == null) {
            problems.report(at, "reference \"" + ref + "\" names no \"$anchor\" of " + resourceKey);
        }
        return Optional.ofNullable(anchored);
    }

    /**
     * The schema at a pointer that no keyword's value holds as a schema (inside an unknown keyword, or an element of
     * {@code examples}), read from the tree when a reference points there; null when no schema could stand there.
     */
    private @Nullable Schema fragment(Doc doc, String pointer) {
        String key = doc.id() + "#" + pointer;
        if (fragments.containsKey(key)) {
            return fragments.get(key);
        }
        JsonValue value = JsonValues.at(doc.tree(), pointer);
        if (!(value instanceof JsonObject) && !(value instanceof JsonBoolean)) {
            return null;
        }
        Schema parent = nearestSchema(doc, pointer);
        Schema schema = new SchemaReader(Dialect.STANDALONE, problems, doc.keywordSet()).read(value);
        fragments.put(key, schema);
        Doc fragmentDoc = new Doc(doc.id(), doc.tree(), SchemaDocument.of(doc.tree().location().file(), schema),
                doc.keywordSet());
        documents.put(fragmentDoc.schemas(), doc.id());
        register(fragmentDoc, schema, baseOf.get(parent), resourceOf.get(parent));
        unresolved.add(fragmentDoc);
        return schema;
    }

    /** The schema nearest above a pointer of a document, whose base and resource a fragment there shares. */
    private static Schema nearestSchema(Doc doc, String pointer) {
        List<String> tokens = new ArrayList<>(JsonPointer.tokens(pointer));
        while (!tokens.isEmpty()) {
            tokens.remove(tokens.size() - 1);
            String above = "";
            for (String token : tokens) {
                above = JsonPointer.append(above, token);
            }
            Optional<Schema> found = doc.schemas().at(above);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return doc.schemas().root();
    }

    /** Reads the document at a URI from the registry; null (and a problem at the reference) when it cannot. */
    private @Nullable Schema retrieve(URI uri, String ref, SourceLocation at) {
        String key = uri.toString();
        if (loaded.containsKey(key)) {
            Doc doc = loaded.get(key);
            if (doc == null) {
                problems.report(at, "reference \"" + ref + "\": " + key + " could not be read (see the problem"
                        + " reported where it was first referred to)");
                return null;
            }
            return doc.schemas().root();
        }
        loaded.put(key, null);
        Optional<SchemaRegistry.Document> document;
        try {
            document = registry.read(uri);
        } catch (SchemaRegistry.UnreadableException e) {
            problems.report(at, "reference \"" + ref + "\": " + e.getMessage());
            return null;
        }
        if (document.isEmpty()) {
            problems.report(at, "remote reference \"" + ref + "\" (" + key + ") is in no document of the schema"
                    + " registry: busgen never fetches schemas; map the URI to a file or folder"
                    + " (SchemaRegistry.builder().file(...) or .folder(...), see docs/validators.md), or put the"
                    + " schema in \"$defs\"");
            return null;
        }
        if (documents.size() >= MAX_DOCUMENTS) {
            problems.report(at, "reference \"" + ref + "\" would read a document beyond the " + MAX_DOCUMENTS
                    + " that one schema may bring in; bundle the schemas into fewer documents");
            return null;
        }
        Optional<JsonValue> tree = LocatedJsonReader.read(key, document.get().json(), problems);
        if (tree.isEmpty()) {
            return null;
        }
        Doc doc = document(key, tree.get(), uri);
        loaded.put(key, doc);
        resources.putIfAbsent(key, doc.schemas().root());
        return doc.schemas().root();
    }

    private Optional<URI> resolveAgainst(URI base, String reference, SourceLocation at) {
        try {
            URI ref = new URI(reference);
            if (ref.isAbsolute()) {
                return Optional.of(ref);
            }
            if (reference.startsWith("#")) {
                // the base with this fragment (URI.resolve would drop an empty authority: file:///a -> file:/a)
                return Optional.of(new URI(base.getScheme(), base.getSchemeSpecificPart(), ref.getFragment()));
            }
            if (base.isOpaque()) {
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
