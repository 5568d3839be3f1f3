package io.busgen.generator.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a standalone document's {@code $schema} and a meta-schema's {@code $vocabulary} make of its keywords. */
class StandaloneSchemaTest {

    private static final String HOST = "https://meta.example.com/";

    @TempDir
    Path folder;

    private List<String> problems(String schema) {
        SchemaRegistry registry = SchemaRegistry.builder().folder(HOST, folder).build();
        return StandaloneSchema.load("s.json", schema, registry).problems().stream().map(Problem::format).toList();
    }

    @Test
    void anOlderDraftIsRefusedAtItsSchemaKeyword() {
        assertThat(problems("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}")).containsExactly(
                "s.json:1:13: #/$schema: unsupported \"$schema\" \"http://json-schema.org/draft-07/schema#\": busgen"
                        + " reads draft 2020-12 (and draft 2019-09 where it means the same); write the schema in"
                        + " draft 2020-12");
    }

    @Test
    void aMetaSchemaTheRegistryDoesNotMapSaysHowToMapIt() {
        assertThat(problems("{\"$schema\": \"https://elsewhere.example.com/meta\"}")).containsExactly(
                "s.json:1:13: #/$schema: unsupported \"$schema\" \"https://elsewhere.example.com/meta\": it is neither"
                        + " draft 2020-12 nor a meta-schema of the schema registry; write"
                        + " \"https://json-schema.org/draft/2020-12/schema\", or map the meta-schema's URI to its file"
                        + " (see docs/validators.md)");
    }

    @Test
    void aRequiredVocabularyBusgenDoesNotKnowIsRefusedAnOptionalOneIgnored() throws IOException {
        Files.writeString(folder.resolve("strict.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
                                 "https://example.com/vocab/units": true}}
                """);
        Files.writeString(folder.resolve("lenient.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true,
                                 "https://json-schema.org/draft/2020-12/vocab/applicator": true,
                                 "https://example.com/vocab/units": false}}
                """);

        assertThat(problems("{\"$schema\": \"" + HOST + "strict.json\"}")).containsExactly(
                "s.json:1:13: #/$schema: meta-schema \"" + HOST + "strict.json\" requires the vocabulary"
                        + " \"https://example.com/vocab/units\", which busgen does not know; mark it optional (false)"
                        + " in the meta-schema's \"$vocabulary\", or leave it out");
        StandaloneSchema.Loaded lenient = StandaloneSchema.load("s.json", "{\"$schema\": \"" + HOST + "lenient.json\","
                + " \"properties\": {\"a\": {\"minimum\": 3}}}", SchemaRegistry.builder().folder(HOST, folder).build());
        assertThat(lenient.problems()).isEmpty();
        // without the validation vocabulary, minimum is an annotation; properties (applicator) is a keyword
        assertThat(lenient.root().keywords()).containsExactly(Keyword.SCHEMA, Keyword.PROPERTIES);
        assertThat(lenient.root().properties().get("a").keywords()).isEmpty();
    }

    @Test
    void aDraft201909DocumentKeepsWhatItSharesWith202012() {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("s.json", """
                {"$schema": "https://json-schema.org/draft/2019-09/schema", "prefixItems": [{"type": "string"}],
                 "minItems": 1}
                """);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.root().keywords()).containsExactly(Keyword.SCHEMA, Keyword.MIN_ITEMS);
    }
}
