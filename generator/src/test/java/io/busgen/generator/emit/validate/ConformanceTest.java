package io.busgen.generator.emit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.StandaloneSchema;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The official JSON Schema Test Suite, draft 2020-12 (copied into test resources), with the optional files on
 * ECMA-262 regular expressions ({@value #OPTIONAL}): a validator is generated for the schema of every group, all are
 * compiled in one javac call in memory, and every case is run, on the instance as a tree and as a body read in one
 * streaming pass, which must give the same violations. A group is skipped only when its schema uses a feature busgen
 * refuses, named in the report.
 *
 * <p>The report is written to {@code target/conformance.md} and must equal the committed {@code docs/conformance.md};
 * after an intended change, regenerate with {@code -Dbusgen.conformance.update=true} and review the diff.
 */
class ConformanceTest {

    private static final Path SUITE = Path.of("src", "test", "resources", "json-schema-test-suite", "draft2020-12");
    private static final Path COMMITTED = Path.of("..", "docs", "conformance.md");
    /** The optional files run too: busgen's patterns follow ECMA-262, so it must pass them. */
    private static final String OPTIONAL = "optional/ecmascript-regex.json, optional/non-bmp-regex.json";
    private static final Pattern KEYWORD = Pattern.compile("keyword \"([^\"]+)\"");

    /** One group of the suite: its schema, its cases, and why it is skipped, if it is. */
    private record Group(String file, int index, String description, JsonValue schema, List<JsonObject> cases,
            String className, String skipReason) {}

    /** Counts for one file of the suite. */
    private static final class Tally {
        int passed;
        int failed;
        int skipped;
        final TreeSet<String> skipReasons = new TreeSet<>();
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyCaseOfTheSuitePassesOrIsSkippedForARefusedFeature() throws Exception {
        List<Group> groups = new ArrayList<>();
        List<GeneratedFile> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(SUITE)) {
            files = Stream.concat(listing.filter(p -> p.toString().endsWith(".json")),
                    Stream.of(OPTIONAL.split(", ")).map(SUITE::resolve)).sorted().toList();
        }
        for (Path file : files) {
            String name = SUITE.relativize(file).toString().replace('\\', '/');
            JsonArray array = (JsonArray) LocatedJsonReader.read(name, Files.readString(file, StandardCharsets.UTF_8),
                    new Problems()).orElseThrow();
            for (int i = 0; i < array.elements().size(); i++) {
                JsonObject group = (JsonObject) array.elements().get(i);
                JsonValue schema = group.members().get("schema");
                List<JsonObject> cases = ((JsonArray) group.members().get("tests")).elements().stream()
                        .map(JsonObject.class::cast).toList();
                String className = "Suite" + groups.size();
                String description = ((JsonValue.JsonString) group.members().get("description")).value();
                StandaloneSchema.Loaded loaded = StandaloneSchema.load(name + " #" + i, JsonValues.toJson(schema));
                String skip = loaded.ok() ? null : reasonOf(loaded.problems());
                if (skip == null) {
                    sources.add(ValidatorEmitter.emit(loaded.index(), "suite", className, List.of(
                            new ValidatorEmitter.Entry("VALIDATOR", loaded.root(), description, false)),
                            "Test suite group.", false));
                }
                groups.add(new Group(name, i, description, schema, cases, className, skip));
            }
        }
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, System.getProperty("java.class.path"),
                List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(compiled.diagnostics()).isEmpty();
        ClassLoader loader = compiled.classLoader(getClass().getClassLoader());

        Map<String, Tally> tallies = new TreeMap<>();
        for (Group group : groups) {
            Tally tally = tallies.computeIfAbsent(group.file(), f -> new Tally());
            if (group.skipReason() != null) {
                tally.skipped += group.cases().size();
                tally.skipReasons.addAll(List.of(group.skipReason().split(", ")));
                continue;
            }
            Validator validator = (Validator) Class.forName("suite." + group.className(), true, loader)
                    .getField("VALIDATOR").get(null);
            for (JsonObject testCase : group.cases()) {
                String json = JsonValues.toJson(testCase.members().get("data"));
                boolean expected = ((JsonValue.JsonBoolean) testCase.members().get("valid")).value();
                List<Violation> ofTree = validator.validate(JsonTree.parse(json));
                List<Violation> ofStream = validator.validate(json.getBytes(StandardCharsets.UTF_8));
                boolean actual = ofTree.isEmpty();
                if (!ofStream.equals(ofTree)) {
                    tally.failed++;
                    tally.failures.add(group.file() + " #" + group.index() + " \"" + group.description() + "\" / \""
                            + ((JsonValue.JsonString) testCase.members().get("description")).value() + "\": the"
                            + " stream gives " + ofStream + ", the tree " + ofTree);
                } else if (actual == expected) {
                    tally.passed++;
                } else {
                    tally.failed++;
                    tally.failures.add(group.file() + " #" + group.index() + " \"" + group.description() + "\" / \""
                            + ((JsonValue.JsonString) testCase.members().get("description")).value() + "\": expected "
                            + (expected ? "valid" : "invalid"));
                }
            }
        }
        String report = report(tallies);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "conformance.md"), report);
        if (Boolean.getBoolean("busgen.conformance.update")) {
            Files.writeString(COMMITTED, report);
        }
        List<String> failures = tallies.values().stream().flatMap(t -> t.failures.stream()).toList();
        assertThat(failures).as("failing cases").isEmpty();
        assertThat(Files.readString(COMMITTED)).as("docs/conformance.md is stale: regenerate it with"
                + " -Dbusgen.conformance.update=true").isEqualTo(report);
    }

    /** The refused feature a group's schema uses, named from the loader's problems. */
    private static String reasonOf(List<Problem> problems) {
        TreeSet<String> refused = new TreeSet<>();
        TreeSet<String> reasons = new TreeSet<>();
        for (Problem problem : problems) {
            String message = problem.message();
            Matcher keyword = KEYWORD.matcher(message);
            if (message.startsWith("remote reference")) {
                refused.add("remote `$ref` (busgen never fetches schemas)");
            } else if (message.startsWith("unsupported \"$schema\"")) {
                refused.add("`$schema` other than draft 2020-12");
            } else if (keyword.find()) {
                refused.add("`" + keyword.group(1) + "`" + (message.startsWith("unknown") ? " (unknown keyword)" : ""));
            } else {
                reasons.add(message);
            }
        }
        // A refused feature explains the group; what follows from it (a $ref to a $dynamicAnchor) need not be listed.
        return String.join(", ", refused.isEmpty() ? reasons : refused);
    }

    private static String report(Map<String, Tally> tallies) {
        StringBuilder out = new StringBuilder();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Tally tally : tallies.values()) {
            passed += tally.passed;
            failed += tally.failed;
            skipped += tally.skipped;
        }
        out.append("# Validator conformance: JSON Schema Test Suite, draft 2020-12\n\n")
                .append("Generated by `ConformanceTest` (generator module) from the official suite in")
                .append(" `generator/src/test/resources/json-schema-test-suite/` (see its SOURCE); a test fails when")
                .append(" this page is stale. A validator is generated for every group's schema, all are compiled in")
                .append(" one `javac` call, and every case is run. Groups whose schema uses a feature busgen refuses")
                .append(" are skipped, with the feature named. Of the optional files, those on ECMA-262 regular")
                .append(" expressions run too (busgen's `pattern` follows ECMA-262).\n\n")
                .append(String.format(java.util.Locale.ROOT, "**%d passed, %d failed, %d skipped** of %d cases.%n%n",
                        passed, failed, skipped, passed + failed + skipped))
                .append("| file | passed | failed | skipped | total | skipped because the schema uses |\n")
                .append("|---|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %s |%n", entry.getKey(),
                    t.passed, t.failed, t.skipped, t.passed + t.failed + t.skipped,
                    String.join(", ", t.skipReasons)));
        }
        return out.toString();
    }
}
