package io.busgen.generator.emit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
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
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official JSON Schema Test Suite, draft 2020-12 (copied into test resources with its {@code remotes/}), required
 * files and {@code optional/} alike: a validator is generated for the schema of every group, all are compiled in one
 * javac call in memory, and every case is run, on the instance as a tree and as a body read in one streaming pass,
 * which must give the same violations. In {@code optional/}, formats are asserted ({@code optional/format/} is there
 * for validators that assert them); in the required files they are annotations, as the specification has them. A
 * group is skipped only when its schema uses a feature busgen refuses, named in the report.
 *
 * <p>networknt json-schema-validator runs every case of the same groups in the same run, as the competitor the
 * report names beside busgen: draft 2020-12 by default, format assertions as for busgen, the suite's remote documents
 * served from {@code remotes/} under {@code http://localhost:1234/}, numbers read as exact decimals.
 *
 * <p>The report is written to {@code target/conformance.md} and must equal the committed {@code docs/conformance.md};
 * after an intended change, regenerate with {@code -Dbusgen.conformance.update=true} and review the diff.
 */
class ConformanceTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "json-schema-test-suite");
    private static final Path SUITE = ROOT.resolve("draft2020-12");
    private static final Path REMOTES = ROOT.resolve("remotes");
    private static final String REMOTE_BASE = "http://localhost:1234/";
    /** The suite's remote documents, as the suite asks: {@code remotes/} mounted at {@code http://localhost:1234/}. */
    private static final io.busgen.generator.schema.SchemaRegistry REGISTRY =
            io.busgen.generator.schema.SchemaRegistry.builder().folder(REMOTE_BASE, REMOTES).build();
    private static final Path COMMITTED = Path.of("..", "docs", "conformance.md");
    private static final String OPTIONAL = "optional/";
    private static final Pattern KEYWORD = Pattern.compile("keyword \"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One group of the suite: its schema, its cases, and why it is skipped, if it is. */
    private record Group(String file, int index, String description, JsonValue schema, List<JsonObject> cases,
            String className, String skipReason) {

        boolean optional() {
            return file.startsWith(OPTIONAL);
        }
    }

    /** Counts for one file of the suite. */
    private static final class Tally {
        int passed;
        int failed;
        int skipped;
        int networkntPassed;
        int networkntFailed;
        final TreeSet<String> skipReasons = new TreeSet<>();
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyCaseOfTheSuitePassesOrIsSkippedForARefusedFeature() throws Exception {
        List<Group> groups = new ArrayList<>();
        List<GeneratedFile> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.walk(SUITE)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
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
                StandaloneSchema.Loaded loaded = StandaloneSchema.load(name + " #" + i, JsonValues.toJson(schema),
                        REGISTRY);
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
            boolean assertFormats = group.optional();
            runNetworknt(group, assertFormats, tally);
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
                List<Violation> ofTree = validator.validate(JsonTree.parse(json), assertFormats);
                List<Violation> ofStream = validator.validate(json.getBytes(StandardCharsets.UTF_8),
                        DecodeOptions.DEFAULTS, assertFormats);
                boolean actual = ofTree.isEmpty();
                if (!ofStream.equals(ofTree)) {
                    tally.failed++;
                    tally.failures.add(caseName(group, testCase) + ": the stream gives " + ofStream + ", the tree "
                            + ofTree);
                } else if (actual == expected) {
                    tally.passed++;
                } else {
                    tally.failed++;
                    tally.failures.add(caseName(group, testCase) + ": expected " + (expected ? "valid" : "invalid"));
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

    private static String caseName(Group group, JsonObject testCase) {
        return group.file() + " #" + group.index() + " \"" + group.description() + "\" / \""
                + ((JsonValue.JsonString) testCase.members().get("description")).value() + "\"";
    }

    /**
     * Runs every case of a group on networknt, skipped groups included, counting a case it cannot load or run as
     * failed. A registry per group, so that no group sees another's {@code $id}s.
     */
    private static void runNetworknt(Group group, boolean assertFormats, Tally tally) {
        com.networknt.schema.Schema schema;
        try {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder
                            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(assertFormats).build())
                            .schemas(ConformanceTest::remote));
            schema = registry.getSchema(JSON.readTree(JsonValues.toJson(group.schema())));
        } catch (RuntimeException e) {
            tally.networkntFailed += group.cases().size();
            return;
        }
        for (JsonObject testCase : group.cases()) {
            boolean expected = ((JsonValue.JsonBoolean) testCase.members().get("valid")).value();
            boolean passed;
            try {
                JsonNode instance = JSON.readTree(JsonValues.toJson(testCase.members().get("data")));
                passed = schema.validate(instance).isEmpty() == expected;
            } catch (RuntimeException | StackOverflowError e) {
                passed = false;
            }
            if (passed) {
                tally.networkntPassed++;
            } else {
                tally.networkntFailed++;
            }
        }
    }

    /** The suite's remote documents, as networknt asks for them by IRI; {@code null} for any other IRI. */
    private static String remote(String iri) {
        if (!iri.startsWith(REMOTE_BASE)) {
            return null;
        }
        Path file = REMOTES.resolve(iri.substring(REMOTE_BASE.length()).replaceFirst("#.*", "")).normalize();
        if (!file.startsWith(REMOTES) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            } else if (message.contains("belongs to drafts before")) {
                refused.add("`" + message.substring(1, message.indexOf('"', 1)) + "` (a keyword of older drafts)");
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
        out.append("# Validator conformance: JSON Schema Test Suite, draft 2020-12\n\n")
                .append("Generated by `ConformanceTest` (generator module) from the official suite in")
                .append(" `generator/src/test/resources/json-schema-test-suite/` (see its SOURCE); a test fails when")
                .append(" this page is stale. A validator is generated for every group's schema, all are compiled in")
                .append(" one `javac` call, and every case is run. Groups whose schema uses a feature busgen refuses")
                .append(" are skipped, with the feature named. busgen reads the suite's remote documents through a")
                .append(" `SchemaRegistry` that maps `remotes/` at `http://localhost:1234/`, as the suite asks (it never")
                .append(" fetches a schema). networknt json-schema-validator 3.0.9 runs every case")
                .append(" in the same run (its defaults, draft 2020-12, the suite's remote documents served locally,")
                .append(" format assertions as for busgen); a case it cannot load or run counts as failed.\n\n")
                .append("## Required\n\n")
                .append("Formats are annotations here, as the specification has them.\n\n");
        table(out, tallies, false);
        out.append("\n## Optional\n\n")
                .append("The suite's `optional/` files, with formats asserted (`validate(instance, true)`; networknt's")
                .append(" `formatAssertionsEnabled`): `optional/format/` is there for validators that assert formats.")
                .append(" The formats and their RFCs are in [validators](validators.md#formats).\n\n");
        table(out, tallies, true);
        return out.toString();
    }

    private static void table(StringBuilder out, Map<String, Tally> tallies, boolean optional) {
        Tally total = new Tally();
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            if (entry.getKey().startsWith(OPTIONAL) != optional) {
                continue;
            }
            Tally t = entry.getValue();
            total.passed += t.passed;
            total.failed += t.failed;
            total.skipped += t.skipped;
            total.networkntPassed += t.networkntPassed;
            total.networkntFailed += t.networkntFailed;
            rows.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s |%n", entry.getKey(),
                    t.passed, t.failed, t.skipped, t.networkntPassed, t.networkntFailed,
                    t.passed + t.failed + t.skipped, String.join(", ", t.skipReasons)));
        }
        int cases = total.passed + total.failed + total.skipped;
        out.append(String.format(Locale.ROOT, "**busgen: %d passed, %d failed, %d skipped** of %d cases;"
                        + " **networknt: %d passed, %d failed**.%n%n", total.passed, total.failed, total.skipped,
                        cases, total.networkntPassed, total.networkntFailed))
                .append("| file | busgen passed | failed | skipped | networknt passed | failed | cases"
                        + " | busgen skipped because the schema uses |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---|\n")
                .append(rows);
    }
}
