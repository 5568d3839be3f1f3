package io.busgen.generator.emit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.schema.StandaloneSchema;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code $dynamicRef} in generated validators: the outermost resource in the dynamic scope wins, the scope is passed
 * only to the checks that can reach a dynamic reference, and the code says which resource each case is.
 */
class DynamicReferenceTest {

    /** A tree whose nodes an extension closes: the extension's "node" is the outermost, so it checks every node. */
    private static final String STRICT_TREE = """
            {"$id": "https://example.com/strict-tree", "$dynamicAnchor": "node",
             "$ref": "tree", "properties": {"data": true, "children": true}, "additionalProperties": false,
             "$defs": {
               "tree": {"$id": "tree", "$dynamicAnchor": "node", "type": "object",
                        "properties": {"data": {"type": "integer"},
                                       "children": {"type": "array", "items": {"$dynamicRef": "#node"}}}},
               "label": {"type": "string", "maxLength": 3}}}
            """;

    private static GeneratedFile emit(String schema, String className) {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("tree.json", schema);
        assertThat(loaded.problems()).isEmpty();
        return ValidatorEmitter.emit(loaded.index(), "dynamic", className, List.of(new ValidatorEmitter.Entry(
                "VALIDATOR", loaded.root(), "Test.", false)), "Test.", false);
    }

    private static Validator compile(GeneratedFile file, String className) throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(file),
                System.getProperty("java.class.path"), List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(result.diagnostics()).isEmpty();
        return (Validator) Class.forName("dynamic." + className, true,
                result.classLoader(DynamicReferenceTest.class.getClassLoader())).getField("VALIDATOR").get(null);
    }

    private static List<String> violations(Validator validator, String json) {
        List<Violation> ofTree = validator.validate(JsonTree.parse(json));
        assertThat(validator.validate(json.getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS, false))
                .as("the streaming pass").isEqualTo(ofTree);
        return ofTree.stream().map(v -> v.instanceLocation() + " " + v.keyword() + " " + v.schemaLocation()).toList();
    }

    @Test
    void theOutermostDynamicAnchorInScopeChecksEveryNode() throws Exception {
        Validator validator = compile(emit(STRICT_TREE, "StrictTree"), "StrictTree");

        assertThat(violations(validator, "{\"data\": 1, \"children\": [{\"data\": 2, \"children\": []}]}")).isEmpty();
        assertThat(violations(validator, "{\"data\": 1, \"children\": [{\"data\": \"x\", \"extra\": 1}]}"))
                .containsExactly(
                        "/children/0/data type #/$defs/tree/properties/data/type",
                        "/children/0/extra additionalProperties #/additionalProperties");
    }

    @Test
    void onlyTheChecksThatReachTheDynamicReferenceTakeTheScope() {
        String code = emit(STRICT_TREE, "StrictTree").content();

        // a resource's root enters it; a subschema reached from its parent is inside already
        assertThat(code).contains("""
                    private static void validatorTree(JsonInput in, Violations out, DynamicScope caller) {
                        DynamicScope scope = caller.enter("#/$defs/tree", "node");
                """, """
                    private static void validatorTreeChildren(JsonInput in, Violations out, DynamicScope scope) {
                        Checks.type(in, out, "#/$defs/tree/properties/children/type", Validation.ARRAY);
                """);
        assertThat(code).contains("""
                        switch (scope.outermost("node", "#/$defs/tree")) {
                            case "#" -> validator(in, out, scope);
                            default -> validatorTree(in, out, scope);
                        }
                """);
        assertThat(code).contains("""
                    public static final Validator VALIDATOR = GeneratedValidator.of(
                            (in, out) -> validator(in, out, DynamicScope.EMPTY), false);
                """);
        // the unused definition, and every check of a schema without a dynamic reference, is written as before
        assertThat(code).doesNotContain("label");
        String plain = emit("{\"properties\": {\"a\": {\"$ref\": \"#/$defs/a\"}}, \"propertyNames\": {\"maxLength\": 3,"
                + " \"pattern\": \"^a\"}, \"$defs\": {\"a\": {\"$dynamicAnchor\": \"a\", \"type\": \"string\"}}}", "Plain")
                .content();
        assertThat(plain).doesNotContain("DynamicScope").contains("validatorPropertyNames(JsonInput.of(name,"
                + " in.pointer()), out);");
    }
}
