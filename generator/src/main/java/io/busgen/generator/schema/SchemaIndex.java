package io.busgen.generator.schema;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every schema of a set of documents, with each {@code $ref} resolved to the schema it names: what the validator
 * emitter reads. Each document has an id that locations in generated code use ({@code messages/git.file.get.json} in
 * a catalogue, empty for a standalone schema), so that generated code does not depend on where the files were read.
 */
public final class SchemaIndex {

    private final Map<SchemaDocument, String> documents;
    private final Map<Schema, SchemaDocument> documentOf = new IdentityHashMap<>();
    private final Map<Schema, Schema> refTargets;
    private final DynamicAnchors dynamicAnchors;

    /**
     * @param documents each document with its id, in a stable order
     * @param refTargets for each schema that has a {@code $ref}, the schema it resolves to
     */
    public SchemaIndex(Map<SchemaDocument, String> documents, Map<Schema, Schema> refTargets) {
        this(documents, refTargets, DynamicAnchors.NONE);
    }

    /**
     * @param documents each document with its id, in a stable order
     * @param refTargets for each schema that has a {@code $ref}, the schema it resolves to
     * @param dynamicAnchors the resources and dynamic anchors that {@code $dynamicRef}s resolve against
     */
    public SchemaIndex(Map<SchemaDocument, String> documents, Map<Schema, Schema> refTargets,
            DynamicAnchors dynamicAnchors) {
        this.documents = new LinkedHashMap<>(documents);
        this.refTargets = new IdentityHashMap<>(refTargets);
        this.dynamicAnchors = dynamicAnchors;
        for (SchemaDocument document : documents.keySet()) {
            for (Schema schema : document.schemas()) {
                documentOf.put(schema, document);
            }
        }
    }

    public List<SchemaDocument> documents() {
        return List.copyOf(documents.keySet());
    }

    public DynamicAnchors dynamicAnchors() {
        return dynamicAnchors;
    }

    /** The schema a {@code $ref} resolves to. */
    public Optional<Schema> target(Schema withRef) {
        return Optional.ofNullable(refTargets.get(withRef));
    }

    /** {@code id#/pointer}: where a schema stands, independent of how the files were named on the command line. */
    public String locationOf(Schema schema) {
        SchemaDocument document = documentOf.get(schema);
        String id = document == null ? "" : documents.get(document);
        return id + "#" + schema.pointer();
    }
}
