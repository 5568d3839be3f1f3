package io.busgen.generator.emit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.schema.StandaloneSchema;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Patterns that make backtracking engines take exponential or quadratic time, or overflow the stack, on bodies of
 * hostile strings, through generated validators: each gives its verdict (or the typed {@code pattern-budget}
 * violation) and never hangs. The time-out only guards against a hang; it is no performance assertion (JMH measures
 * that, see {@code RegexBenchmark}).
 */
class HostileRegexTest {

    /** Far above what any case needs on a loaded 2-core machine; only there so that a hang fails the build. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private static int classes;

    private static Arguments pattern(String pattern, String input, String expected) {
        return Arguments.of("{\"properties\": {\"s\": {\"pattern\": " + json(pattern) + "}}}",
                "{\"s\": \"" + input + "\"}", expected, "/" + pattern + "/ on " + describe(input));
    }

    private static Arguments key(String pattern, String key, String value, String expected) {
        return Arguments.of("{\"patternProperties\": {" + json(pattern) + ": {\"type\": \"integer\"}},"
                + " \"additionalProperties\": false}", "{\"" + key + "\": " + value + "}", expected,
                "key /" + pattern + "/ on " + describe(key));
    }

    static Stream<Arguments> hostile() {
        String mebi8 = "x".repeat(8 << 20); // DecodeOptions.DEFAULTS.maxStringLength()
        return Stream.of(
                // the reproductions: each ran for seconds to minutes, or overflowed the stack, on java.util.regex
                pattern("(x+x+)+y", "x".repeat(3000), "/s pattern"),
                pattern("^(a+)+$", "a".repeat(100_000) + "!", "/s pattern"),
                pattern("^(a+)+$", "a".repeat(100_000), ""),
                key("^(a|aa)+$", "a".repeat(5000), "1", ""),
                key("^(a|aa)+$", "a".repeat(5000), "\"one\"", "/" + "a".repeat(5000) + " type"),
                key("^(a|aa)+$", "a".repeat(5000) + "!", "1", "/" + "a".repeat(5000) + "! additionalProperties"),
                pattern("[a-z]+[0-9]", "a".repeat(32_000), "/s pattern"),
                pattern("\\\\s+$", " ".repeat(16_000) + "x", "/s pattern"),
                pattern("\\\\s+$", " ".repeat(16_000), ""),
                // the longest string decoding allows, on the linear-time engine
                pattern("(x+x+)+y", mebi8, "/s pattern"),
                // the same shapes with a lookahead run on java.util.regex: the budget stops them, typed
                pattern("^(?=a)(a+)+$", "a".repeat(100_000) + "!", "/s pattern-budget"),
                pattern("(?=x)(x+x+)+y", "x".repeat(3000), "/s pattern-budget"),
                key("^(?=a)(a|aa)+$", "a".repeat(100_000), "1", "/" + "a".repeat(100_000) + " pattern-budget"),
                // and a lookahead pattern that backtracks little passes within its budget
                pattern("^(?!x)[a-z]+$", "a".repeat(100_000), ""),
                pattern("^(?!x)[a-z]+$", "a".repeat(100_000) + "!", "/s pattern"),
                // a spent budget inside "not" still rejects the body rather than satisfy the "not" (the check
                // counts as a match, so the "not" fails too)
                Arguments.of("{\"not\": {\"pattern\": \"(?=x)(x+x+)+y\"}}", "\"" + "x".repeat(3000) + "\"",
                        " pattern-budget,  not", "not /(?=x)(x+x+)+y/ on 3000 x"),
                Arguments.of("{\"anyOf\": [{\"pattern\": \"(?=x)(x+x+)+y\"}, {\"type\": \"string\"}]}",
                        "\"" + "x".repeat(3000) + "\"", " pattern-budget", "anyOf /(?=x)(x+x+)+y/ on 3000 x"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource
    void hostile(String schema, String body, String expected, String name) throws Exception {
        Validator validator = compile(schema);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<Violation> violations = assertTimeoutPreemptively(HANG_GUARD, () -> validator.validate(bytes));
        List<String> found = new ArrayList<>();
        violations.forEach(v -> found.add(v.instanceLocation() + " " + v.keyword()));
        assertThat(String.join(", ", found)).isEqualTo(expected);
    }

    private static Validator compile(String schema) throws Exception {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("hostile.json", schema);
        assertThat(loaded.problems()).isEmpty();
        String name = "Hostile" + classes++;
        InMemoryCompiler.Result result = InMemoryCompiler.compile(List.of(ValidatorEmitter.emit(loaded.index(),
                        "hostile", name, List.of(new ValidatorEmitter.Entry("VALIDATOR", loaded.root(), "Test.",
                                false)), "Test.", false)),
                System.getProperty("java.class.path"), List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(result.diagnostics()).isEmpty();
        return (Validator) Class.forName("hostile." + name, true,
                result.classLoader(HostileRegexTest.class.getClassLoader())).getField("VALIDATOR").get(null);
    }

    private static String json(String pattern) {
        return "\"" + pattern + "\"";
    }

    private static String describe(String input) {
        return input.length() + " characters ending \"" + input.substring(Math.max(0, input.length() - 3)) + "\"";
    }
}
