package io.busgen.generator.schema;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A custom meta-schema named by a standalone document's {@code $schema}, read from the {@link SchemaRegistry}: its
 * {@code $vocabulary} says which vocabularies of draft 2020-12 are keywords in the documents that use it; the keywords
 * of the others are annotations there.
 */
final class MetaSchemas {

    private MetaSchemas() {}

    /**
     * The keywords of a document whose {@code $schema} is {@code uri}; every 2020-12 keyword (and a problem at
     * {@code $schema}) when the meta-schema cannot be read or asks what busgen cannot give.
     */
    static KeywordSet keywordSet(JsonString schema, String uri, SchemaRegistry registry, Problems problems) {
        KeywordSet all = KeywordSet.of(Dialect.STANDALONE);
        Optional<SchemaRegistry.Document> document;
        try {
            document = registry.read(new URI(uri));
        } catch (URISyntaxException e) {
            problems.report(schema.location(), "\"$schema\" \"" + schema.value() + "\" is not a URI: " + e.getReason());
            return all;
        } catch (SchemaRegistry.UnreadableException e) {
            problems.report(schema.location(), "meta-schema \"" + schema.value() + "\": " + e.getMessage());
            return all;
        }
        if (document.isEmpty()) {
            problems.report(schema.location(), "unsupported \"$schema\" \"" + schema.value() + "\": it is neither"
                    + " draft 2020-12 nor a meta-schema of the schema registry; write \"" + Vocabulary.DRAFT_2020_12
                    + "\", or map the meta-schema's URI to its file (see docs/validators.md)");
            return all;
        }
        Problems own = new Problems();
        Optional<JsonValue> tree = LocatedJsonReader.read(uri, document.get().json(), own);
        if (tree.isEmpty() || !(tree.get() instanceof JsonObject meta)) {
            problems.report(schema.location(), "meta-schema \"" + schema.value() + "\" (" + document.get().name()
                    + ") is not a JSON object" + (own.isEmpty() ? "" : ": " + own.sorted().get(0).format()));
            return all;
        }
        if (meta.members().get("$schema") instanceof JsonString metaSchema
                && !metaSchema.value().equals(Vocabulary.DRAFT_2020_12)) {
            problems.report(schema.location(), "meta-schema \"" + schema.value() + "\" is itself of \""
                    + metaSchema.value() + "\": busgen reads meta-schemas of draft 2020-12 only");
            return all;
        }
        if (!(meta.members().get("$vocabulary") instanceof JsonObject vocabulary)) {
            return all; // no $vocabulary: the vocabularies of its own meta-schema, 2020-12's
        }
        Set<Vocabularies.Vocabulary> used = EnumSet.noneOf(Vocabularies.Vocabulary.class);
        for (Map.Entry<String, JsonValue> entry : vocabulary.members().entrySet()) {
            Optional<Vocabularies.Vocabulary> known = Vocabularies.Vocabulary.named(entry.getKey());
            boolean required = !(entry.getValue() instanceof JsonBoolean b) || b.value();
            if (known.isPresent()) {
                used.add(known.get());
            } else if (required) {
                problems.report(schema.location(), "meta-schema \"" + schema.value() + "\" requires the vocabulary \""
                        + entry.getKey() + "\", which busgen does not know; mark it optional (false) in the"
                        + " meta-schema's \"$vocabulary\", or leave it out");
                return all;
            }
        }
        used.add(Vocabularies.Vocabulary.CORE);
        return KeywordSet.ofVocabularies(used);
    }
}
