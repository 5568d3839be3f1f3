package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import org.junit.jupiter.api.Test;

/** The dialect's meta-schemas, on their own: what they catch without the loader's own checks. */
class DialectMetaSchemaTest {

    private static Problems checkSchemaFile(String text) {
        Problems problems = new Problems();
        JsonValue json = LocatedJsonReader.read("f.json", text, problems).orElseThrow();
        DialectMetaSchema.instance().checkSchemaFile(text, json, problems);
        return problems;
    }

    @Test
    void acceptsAFileInTheDialect() {
        assertThat(checkSchemaFile("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "x-routing-key": "a.b.c",
                 "x-kind": "message", "x-priority": 2, "type": "object",
                 "properties": {"p": {"type": ["integer", "null"], "x-envelope": "priority", "x-body": false}}}
                """).sorted()).isEmpty();
    }

    @Test
    void reportsUnknownKeywordsWithASuggestionAndBadValuesWithTheirPointer() {
        Problems problems = checkSchemaFile("""
                {"x-kind": "event",
                 "properties": {"a": {"type": "strin", "requried": true}}}
                """);

        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "f.json:1:12: #/x-kind: does not fit busgen's dialect: does not have a value in the enumeration"
                        + " [\"message\", \"response\"]; see docs/schema-dialect.md",
                "f.json:2:31: #/properties/a/type: does not fit busgen's dialect: does not have a value in the"
                        + " enumeration [\"null\", \"boolean\", \"object\", \"array\", \"number\", \"string\","
                        + " \"integer\"]; see docs/schema-dialect.md",
                "f.json:2:52: #/properties/a/requried: unknown keyword \"requried\": did you mean \"required\"?");
    }

    @Test
    void checksCatalogJsonToo() {
        Problems problems = new Problems();
        String text = "{\"name\": \"Shop\", \"title\": \"t\", \"javaPackage\": \"a.b\", \"maxPrio\": 5}";
        JsonValue json = LocatedJsonReader.read("catalog.json", text, problems).orElseThrow();
        DialectMetaSchema.instance().checkCatalogFile(text, json, problems);

        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "catalog.json:1:10: #/name: does not fit busgen's dialect: does not match the regex pattern"
                        + " ^[a-z][a-z0-9_]*$; see docs/schema-dialect.md",
                "catalog.json:1:65: #/maxPrio: unknown key \"maxPrio\" in catalog.json: did you mean"
                        + " \"maxPriority\"?");
    }
}
