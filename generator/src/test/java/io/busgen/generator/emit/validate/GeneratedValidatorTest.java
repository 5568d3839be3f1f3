package io.busgen.generator.emit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.schema.StandaloneSchema;
import io.busgen.generator.source.Problem;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated validators on schemas of our own: every violation, where it is, which keyword, in a stable order. */
class GeneratedValidatorTest {

    private static int classes;

    private static Validator compile(String schema) throws Exception {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("test.json", schema);
        assertThat(loaded.problems()).isEmpty();
        String name = "Check" + classes++;
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(ValidatorEmitter.emit(loaded.index(),
                        "checks", name, List.of(new ValidatorEmitter.Entry("VALIDATOR", loaded.root(), "Test.",
                                false)), "Test.", false)),
                System.getProperty("java.class.path"), List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(result.diagnostics()).isEmpty();
        return (Validator) Class.forName("checks." + name, true,
                result.classLoader(GeneratedValidatorTest.class.getClassLoader())).getField("VALIDATOR").get(null);
    }

    private static List<String> violations(Validator validator, String json) {
        return validator.validate(JsonTree.parse(json)).stream()
                .map(v -> v.instanceLocation() + " " + v.keyword() + " " + v.schemaLocation() + ": " + v.message())
                .toList();
    }

    @Test
    void reportsEveryViolationWithItsLocationsInAStableOrder() throws Exception {
        Validator validator = compile("""
                {"type": "object", "required": ["id", "tags"],
                 "properties": {
                   "id": {"type": "string", "pattern": "^[a-z]+$", "minLength": 3},
                   "count": {"type": "integer", "minimum": 1, "multipleOf": 0.5},
                   "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "maxItems": 2}},
                 "additionalProperties": false}
                """);

        assertThat(violations(validator, "{\"id\": \"A1\", \"count\": 0, \"tags\": [\"x\", \"x\", 3], \"extra\": 1}"))
                .containsExactly(
                        "/id minLength #/properties/id/minLength: must be at least 3 characters long, not 2",
                        "/id pattern #/properties/id/pattern: must match the pattern \"^[a-z]+$\"",
                        "/count minimum #/properties/count/minimum: must be at least 1, not 0",
                        "/tags/2 type #/properties/tags/items/type: must be a string, not an integer",
                        "/tags maxItems #/properties/tags/maxItems: must have at most 2 items, not 3",
                        "/tags uniqueItems #/properties/tags/uniqueItems: items must be unique: item 1 repeats an"
                                + " earlier one",
                        "/extra additionalProperties #/additionalProperties: property \"extra\" is not allowed");
        assertThat(violations(validator, "{\"tags\": []}")).containsExactly(
                " required #/required: required property \"id\" is missing");
        assertThat(validator.validate(JsonTree.parse("{\"id\": \"abc\", \"count\": 2, \"tags\": [\"a\"]}")))
                .isEmpty();
    }

    @Test
    void wordsCountsInTheSingularOrPluralAndNamesWhatWasFound() throws Exception {
        Validator validator = compile("""
                {"properties": {
                   "one": {"minLength": 1, "minItems": 1, "minProperties": 1, "minContains": 1, "contains": {}},
                   "two": {"maxLength": 1, "maxItems": 1, "maxProperties": 1, "maxContains": 1, "contains": {}},
                   "many": {"minLength": 3, "minItems": 3, "minProperties": 3},
                   "kind": {"type": ["null", "string"], "enum": ["a", "b", null]},
                   "fixed": {"const": {"v": 1}},
                   "only": {"anyOf": [{"type": "string"}], "oneOf": [{"type": "string"}]}}}
                """);
        assertThat(violations(validator, "{\"one\": \"\", \"two\": \"ab\", \"many\": \"a\", \"kind\": 1.0,"
                + " \"fixed\": {\"v\": 2}, \"only\": true}")).containsExactly(
                "/one minLength #/properties/one/minLength: must be at least 1 character long, not 0",
                "/two maxLength #/properties/two/maxLength: must be at most 1 character long, not 2",
                "/many minLength #/properties/many/minLength: must be at least 3 characters long, not 1",
                "/kind type #/properties/kind/type: must be a string or null, not an integer",
                "/kind enum #/properties/kind/enum: must be one of [\"a\",\"b\",null], not 1.0",
                "/fixed const #/properties/fixed/const: must be {\"v\":1}, not {\"v\":2}",
                "/only anyOf #/properties/only/anyOf: must match the schema of \"anyOf\"",
                "/only oneOf #/properties/only/oneOf: must match the schema of \"oneOf\"");
        assertThat(violations(validator, "{\"one\": [], \"two\": [1, 2], \"many\": [1]}")).containsExactly(
                "/one minContains #/properties/one/minContains: must contain at least 1 item matching \"contains\","
                        + " not 0",
                "/one minItems #/properties/one/minItems: must have at least 1 item, not 0",
                "/two maxContains #/properties/two/maxContains: must contain at most 1 item matching \"contains\","
                        + " not 2",
                "/two maxItems #/properties/two/maxItems: must have at most 1 item, not 2",
                "/many minItems #/properties/many/minItems: must have at least 3 items, not 1");
        assertThat(violations(validator, "{\"one\": {}, \"two\": {\"a\": 1, \"b\": 2}, \"many\": {}}")).containsExactly(
                "/one minProperties #/properties/one/minProperties: must have at least 1 property, not 0",
                "/two maxProperties #/properties/two/maxProperties: must have at most 1 property, not 2",
                "/many minProperties #/properties/many/minProperties: must have at least 3 properties, not 0");
    }

    @Test
    void countsStringLengthInCodePointsAndDecidesNumbersExactly() throws Exception {
        Validator validator = compile("""
                {"properties": {"s": {"maxLength": 2}, "n": {"multipleOf": 0.01, "exclusiveMaximum": 1e400}}}
                """);
        assertThat(validator.validate(JsonTree.parse("{\"s\": \"😀😀\", \"n\": 0.07}"))).isEmpty();
        assertThat(violations(validator, "{\"s\": \"😀😀😀\", \"n\": 0.075}")).containsExactly(
                "/s maxLength #/properties/s/maxLength: must be at most 2 characters long, not 3",
                "/n multipleOf #/properties/n/multipleOf: must be a multiple of 0.01, not 0.075");
    }

    @Test
    void assertsFormatsOnlyWhenAsked() throws Exception {
        Validator validator = compile("{\"format\": \"uuid\"}");
        Object notAUuid = JsonTree.parse("\"not-a-uuid\"");
        assertThat(validator.validate(notAUuid, false)).isEmpty();
        assertThat(validator.validate(notAUuid, true)).extracting(Violation::keyword).containsExactly("format");
        assertThat(validator.validate(JsonTree.parse("\"2b6a7c1e-9a3f-4f5e-8d2a-0c1b2a3d4e5f\""), true)).isEmpty();
    }

    @Test
    void explainsAFailedNullableAlternativeAndApplicators() throws Exception {
        Validator validator = compile("""
                {"$defs": {"point": {"type": "object", "required": ["x"]}},
                 "properties": {
                   "p": {"anyOf": [{"$ref": "#/$defs/point"}, {"type": "null"}]},
                   "q": {"oneOf": [{"type": "integer"}, {"minimum": 0}]},
                   "r": {"not": {"const": "no"}},
                   "s": {"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"type": "null"}}}}
                """);
        assertThat(validator.validate(JsonTree.parse("{\"p\": null, \"q\": -1, \"r\": \"yes\", \"s\": null}")))
                .isEmpty();
        assertThat(violations(validator, "{\"p\": {}, \"q\": 3, \"r\": \"no\", \"s\": \"a\"}")).containsExactly(
                "/p anyOf #/properties/p/anyOf: must be null or match the other schema of \"anyOf\"",
                "/p required #/$defs/point/required: required property \"x\" is missing",
                "/q oneOf #/properties/q/oneOf: must match exactly one of the 2 schemas of \"oneOf\", not 2",
                "/r not #/properties/r/not: must not match the schema of \"not\"",
                "/s minLength #/properties/s/then/minLength: must be at least 2 characters long, not 1");
        assertThat(violations(validator, "{\"p\": \"here\"}")).as("a value of neither type: one violation,"
                + " worded as decoding words it").containsExactly(
                "/p anyOf #/properties/p/anyOf: must be an object or null, not a string");
    }

    @Test
    void aBodyThatDoesNotParseIsOneViolationAtTheRoot() throws Exception {
        Validator validator = compile("{\"type\": \"object\"}");
        List<Violation> violations = validator.validate("{\"a\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.instanceLocation()).isEmpty();
            assertThat(v.keyword()).isEqualTo(Validator.PARSE_KEYWORD);
            assertThat(v.message()).startsWith("malformed JSON at line 1");
        });
    }

    @Test
    void refusedFeaturesAreGenerationErrorsNamingTheirPointer() {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("s.json", """
                {"properties": {"a": {"$dynamicRef": "#x"}, "b": {"$ref": "https://example.com/other.json"}},
                 "$recursiveAnchor": true}
                """);
        assertThat(loaded.problems()).extracting(Problem::format).containsExactly(
                "s.json:1:38: #/properties/a/$dynamicRef: reference \"#x\" names no \"$anchor\" of"
                        + " https://busgen.invalid/schema.json",
                "s.json:1:59: #/properties/b/$ref: remote reference \"https://example.com/other.json\""
                        + " (https://example.com/other.json) is in no document of the schema registry: busgen never"
                        + " fetches schemas; map the URI to a file or folder (SchemaRegistry.builder().file(...) or"
                        + " .folder(...), see docs/validators.md), or put the schema in \"$defs\"",
                "s.json:2:22: #/$recursiveAnchor: unsupported keyword \"$recursiveAnchor\": \"$recursiveAnchor\""
                        + " belongs to draft 2019-09; remove it");
    }

    @Test
    void aFormatBesideAReferenceIsCheckedWhereverTheSchemaIsUsed() throws Exception {
        // Reached through allOf and items, the schema gets a method of its own, not its target's alone.
        Validator validator = compile("""
                {"$defs": {"text": {"type": "string"}},
                 "allOf": [{"$ref": "#/$defs/text", "format": "uuid"}]}
                """);

        assertThat(validator.validate(JsonTree.parse("\"not-a-uuid\""), true))
                .extracting(v -> v.keyword() + " " + v.schemaLocation())
                .containsExactly("format #/allOf/0/format");
        assertThat(validator.validate(JsonTree.parse("\"not-a-uuid\""), false)).isEmpty();
    }

    @Test
    void unevaluatedPropertiesReadsWhatTheSubschemasThatPassedEvaluated() throws Exception {
        // The modern way to close a composed object: a referenced base, a branch, own properties, nothing else.
        Validator validator = compile("""
                {"$defs": {"base": {"properties": {"id": {"type": "string"}}, "required": ["id"]}},
                 "allOf": [{"$ref": "#/$defs/base"}],
                 "anyOf": [{"properties": {"a": {"type": "integer"}}, "required": ["a"]},
                           {"properties": {"b": true}, "required": ["b"]}],
                 "properties": {"name": {"type": "string"}},
                 "unevaluatedProperties": false}
                """);

        assertThat(violations(validator, "{\"id\": \"x\", \"name\": \"n\", \"a\": 1, \"b\": 2}")).isEmpty();
        // The first branch of anyOf fails on "a", so it evaluates nothing; every passing branch counts ("b").
        assertThat(violations(validator, "{\"id\": \"x\", \"a\": \"s\", \"b\": 2, \"extra\": 0}")).containsExactly(
                "/a unevaluatedProperties #/unevaluatedProperties: property \"a\" is not allowed",
                "/extra unevaluatedProperties #/unevaluatedProperties: property \"extra\" is not allowed");
        // A failing allOf branch evaluates nothing either: "id" is then unevaluated too.
        assertThat(violations(validator, "{\"id\": 1, \"b\": 2}")).containsExactly(
                "/id type #/$defs/base/properties/id/type: must be a string, not an integer",
                "/id unevaluatedProperties #/unevaluatedProperties: property \"id\" is not allowed");
        String body = "{\"id\": \"x\", \"a\": \"s\", \"b\": 2, \"extra\": 0}";
        assertThat(validator.validate(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(validator.validate(JsonTree.parse(body)));
    }

    @Test
    void unevaluatedPropertiesBesidePropertiesAloneIsCheckedInTheOnePassOverTheMembers() throws Exception {
        // No subschema applied in place evaluates a member ("not" never does): what is left is what properties and
        // patternProperties do not declare, checked as the members come, as additionalProperties would be.
        Validator validator = compile("""
                {"properties": {"a": {"type": "integer"}}, "patternProperties": {"^x": true},
                 "not": {"required": ["zz"]}, "unevaluatedProperties": false}
                """);

        String body = "{\"b\": 0, \"a\": \"s\", \"x1\": 2, \"c\": 3}";
        assertThat(violations(validator, body)).containsExactly(
                "/b unevaluatedProperties #/unevaluatedProperties: property \"b\" is not allowed",
                "/a type #/properties/a/type: must be an integer, not a string",
                "/c unevaluatedProperties #/unevaluatedProperties: property \"c\" is not allowed");
        assertThat(validator.validate(body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(validator.validate(JsonTree.parse(body)));
        assertThat(violations(validator, "{\"a\": 1, \"x\": {}}")).isEmpty();
    }

    @Test
    void unevaluatedItemsChecksWhatPrefixItemsItemsAndContainsLeft() throws Exception {
        Validator validator = compile("""
                {"prefixItems": [{"type": "string"}], "contains": {"type": "integer"},
                 "unevaluatedItems": {"type": "boolean"}}
                """);
        Validator closed = compile("""
                {"allOf": [{"prefixItems": [true]}], "unevaluatedItems": false}
                """);

        assertThat(violations(validator, "[\"x\", 1, true, 2]")).isEmpty();
        assertThat(violations(validator, "[\"x\", 1, \"y\"]")).containsExactly(
                "/2 type #/unevaluatedItems/type: must be a boolean, not a string");
        assertThat(violations(closed, "[1, 2, 3]")).containsExactly(
                "/1 unevaluatedItems #/unevaluatedItems: item 1 is not allowed",
                "/2 unevaluatedItems #/unevaluatedItems: item 2 is not allowed");
        assertThat(closed.validate("[1, 2, 3]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(closed.validate(JsonTree.parse("[1, 2, 3]")));
    }
}
