package io.busgen.generator.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReaderTest {

    private static Schema read(Dialect dialect, String json, Problems problems) {
        return new SchemaReader(dialect, problems)
                .read(LocatedJsonReader.read("s.json", json, problems).orElseThrow());
    }

    @Test
    void readsEveryKeywordOfAStandaloneSchema() {
        Problems problems = new Problems();
        Schema schema = read(Dialect.STANDALONE, """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.com/s",
                 "$anchor": "top", "type": ["object", "null"], "properties": {"a": {"type": "string",
                 "minLength": 2, "maxLength": 5, "pattern": "^a", "format": "uuid"}}, "required": ["a"],
                 "additionalProperties": false, "patternProperties": {"^x-": true}, "propertyNames": {"maxLength": 9},
                 "minProperties": 1, "maxProperties": 4, "dependentRequired": {"a": ["b"]},
                 "dependentSchemas": {"b": {"required": ["a"]}}, "allOf": [true], "anyOf": [{}], "oneOf": [{}],
                 "not": false, "if": {}, "then": {}, "else": {}, "$defs": {"n": {"type": "number", "minimum": 0,
                 "maximum": 10, "exclusiveMinimum": -1, "exclusiveMaximum": 11, "multipleOf": 0.5}},
                 "$comment": "c", "title": "t", "description": "d", "default": {}, "examples": [{}],
                 "deprecated": true, "readOnly": true, "writeOnly": false, "contentEncoding": "base64",
                 "contentMediaType": "application/json", "contentSchema": {}}
                """, problems);

        assertThat(problems.sorted()).isEmpty();
        assertThat(schema.types()).containsExactly(JsonType.OBJECT, JsonType.NULL);
        assertThat(schema.properties().get("a").minLength()).isEqualTo(2);
        assertThat(schema.properties().get("a").pattern()).isEqualTo("^a");
        assertThat(schema.additionalProperties().booleanValue()).isFalse();
        assertThat(schema.dependentRequired()).containsEntry("a", List.of("b"));
        assertThat(schema.defs().get("n").multipleOf()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(schema.defs().get("n").location().pointer()).isEqualTo("/$defs/n");
        assertThat(schema.not().booleanValue()).isFalse();
        assertThat(schema.id()).isEqualTo("https://example.com/s");
        assertThat(schema.anchor()).isEqualTo("top");
        assertThat(schema.deprecated()).isTrue();
    }

    @Test
    void refusesWhatBusgenDoesNotSupportAndNamesTheAlternative() {
        Problems problems = new Problems();
        read(Dialect.CATALOG, """
                {"$dynamicRef": "#x", "definitions": {},
                 "$schema": "http://json-schema.org/draft-07/schema#", "$vocabulary": {}}
                """, problems);

        assertThat(problems.sorted()).extracting(Problem::message).containsExactly(
                "\"$dynamicRef\" is not allowed in a catalogue file: a catalogue's types are fixed when it is"
                        + " generated; use \"$ref\" (standalone schemas may use it, see docs/validators.md)",
                "unknown keyword \"definitions\": did you mean \"$defs\"?",
                "unsupported \"$schema\" \"http://json-schema.org/draft-07/schema#\": busgen reads draft 2020-12"
                        + " only; write \"https://json-schema.org/draft/2020-12/schema\" or leave \"$schema\" out",
                "\"$vocabulary\" is not allowed in a catalogue file: it belongs in a meta-schema, and catalogue files"
                        + " are draft 2020-12 with busgen's keywords; remove it");
    }

    @Test
    void aStandaloneSchemaKeepsUnknownKeywordsAsAnnotationsButRefusesWhatWouldChangeItsMeaning() {
        Problems problems = new Problems();
        Schema schema = read(Dialect.STANDALONE, """
                {"$dynamicRef": "#x", "$recursiveRef": "#", "definitions": {}, "dependencies": {},
                 "x-routing-key": "a.b.c", "requried": ["a"], "type": "object"}
                """, problems);

        assertThat(problems.sorted()).extracting(Problem::message).containsExactly(
                "unsupported keyword \"$recursiveRef\": \"$recursiveRef\" belongs to draft 2019-09; use \"$ref\"",
                "\"dependencies\" belongs to drafts before 2019-09, which busgen does not read; write"
                        + " \"dependentRequired\" (arrays of names) and \"dependentSchemas\" (schemas)");
        assertThat(problems.advice()).extracting(Problem::message).containsExactly(
                "unknown keyword \"definitions\" is an annotation, which validation ignores: did you mean"
                        + " \"$defs\"?",
                "unknown keyword \"requried\" is an annotation, which validation ignores: did you mean"
                        + " \"required\"?");
        assertThat(schema.keywords()).containsExactly(Keyword.DYNAMIC_REF, Keyword.TYPE);
    }

    @Test
    void checksTheValueOfEachKeyword() {
        Problems problems = new Problems();
        read(Dialect.CATALOG, """
                {"type": "text", "minLength": -1, "required": ["a", "a"], "pattern": "(", "multipleOf": 0,
                 "properties": [], "allOf": [], "x-envelope": "body"}
                """, problems);

        assertThat(problems.sorted()).extracting(p -> p.location().pointer() + " " + p.message()).containsExactly(
                "/type \"type\" must be one of null, boolean, object, array, number, string, integer (or an array"
                        + " of them), not a string",
                "/minLength \"minLength\" must be a non-negative integer, not -1",
                "/required/1 \"required\" lists \"a\" twice; list it once",
                "/pattern invalid ECMA-262 regular expression \"(\" at index 0: the group is never closed (missing"
                        + " ')'); fix the pattern",
                "/multipleOf \"multipleOf\" must be greater than 0",
                "/properties \"properties\" must be an object whose values are schemas, not an array",
                "/allOf \"allOf\" must be a non-empty array of schemas, not an array",
                "/x-envelope \"x-envelope\" must name an envelope property: one of priority, headers, expiration,"
                        + " correlation_id, reply_to");
    }
}
