package io.busgen.generator.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.StandaloneSchema;
import io.busgen.generator.source.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's own interpreter ({@link SchemaCheck}, which the instance generator keeps candidates by) on the
 * official suite's files of the keywords it reads annotations for: every case of a group busgen loads gets the
 * suite's verdict.
 */
class SchemaCheckTest {

    private static final Path SUITE = Path.of("src", "test", "resources", "json-schema-test-suite", "draft2020-12");

    @ParameterizedTest
    @ValueSource(strings = {"unevaluatedProperties.json", "unevaluatedItems.json"})
    void agreesWithTheSuite(String file) throws Exception {
        JsonArray groups = (JsonArray) LocatedJsonReader.read(file, Files.readString(SUITE.resolve(file),
                StandardCharsets.UTF_8), new Problems()).orElseThrow();
        List<String> wrong = new ArrayList<>();
        int run = 0;
        for (JsonValue element : groups.elements()) {
            JsonObject group = (JsonObject) element;
            String schema = JsonValues.toJson(group.members().get("schema"));
            if (schema.contains("\"$dynamicRef\"")) {
                continue; // SchemaCheck serves catalogues, which refuse $dynamicRef (generated validators do it)
            }
            StandaloneSchema.Loaded loaded = StandaloneSchema.load(file, schema);
            assertThat(loaded.problems()).as(file + ": " + schema).isEmpty();
            SchemaCheck check = new SchemaCheck(loaded.index(), false);
            for (JsonValue test : ((JsonArray) group.members().get("tests")).elements()) {
                JsonObject testCase = (JsonObject) test;
                boolean expected = ((JsonValue.JsonBoolean) testCase.members().get("valid")).value();
                run++;
                if (check.valid(testCase.members().get("data"), loaded.root()) != expected) {
                    wrong.add(((JsonValue.JsonString) group.members().get("description")).value() + " / "
                            + ((JsonValue.JsonString) testCase.members().get("description")).value());
                }
            }
        }
        assertThat(run).isGreaterThan(60);
        assertThat(wrong).isEmpty();
    }
}
