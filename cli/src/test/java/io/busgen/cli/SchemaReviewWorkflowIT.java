package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The example pull-request workflow ({@code examples/ci/schema-review.yml}) works in a repository that is not
 * busgen's: its steps' scripts run here as GitHub Actions runs them ({@code bash -eo pipefail}, the workflow's and the
 * step's environment, {@code GITHUB_PATH} and {@code GITHUB_OUTPUT}), in a fresh git repository holding a catalogue
 * made by {@code busgen init}, with busgen installed by the workflow's own install step from the distribution archive
 * this build made ({@code mvn} answers as Maven would, handing over that archive for its coordinates). Only the step
 * that posts the pull-request comment, which needs GitHub, is left out.
 */
class SchemaReviewWorkflowIT {

    private static final Path WORKFLOW = Path.of("..", "examples", "ci", "schema-review.yml");
    private static final String VERSION = ProcessRun.property("busgen.version");
    private static final Path TAR_GZ = Path.of(ProcessRun.property("busgen.distTarGz"));
    private static final Path STANDALONE_JAR = Path.of(ProcessRun.property("busgen.standaloneJar"));

    /** The step that needs GitHub's API. */
    private static final String COMMENT_STEP = "Post the findings";

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

    @Test
    void aCompatibleChangeWithItsPageRegeneratedPassesEveryStep(@TempDir Path dir) throws Exception {
        Path repository = teamRepository(dir);
        editMessage(repository, "\"lines\": {", "\"note\": {\"type\": \"string\"},\n    \"lines\": {");
        regeneratePage(repository);
        commit(repository, "an optional note");

        List<StepRun> runs = runWorkflow(dir, repository);

        assertThat(runs).extracting(StepRun::name).containsExactly("Install busgen", "Lint the catalogue",
                "Check the docs page is fresh", "Compare with the base branch", "Fail on breaking changes");
        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode()).as("%s: %s%s", run.name(), run.out(),
                run.err()).isZero());
        assertThat(runs.get(0).out()).contains("busgen " + VERSION);
        assertThat(runs.get(1).out()).isEqualTo("shop: 1 message, 1 response, 3 types: no problems\n");
        assertThat(runs.get(2).out()).isEqualTo("docs/shop-events.md: up to date\n");
        assertThat(Files.readString(repository.resolve("diff.md"), StandardCharsets.UTF_8)).contains("note");
    }

    @Test
    void aBreakingChangeFailsTheLastStepAfterTheAnnotationsAndTheReport(@TempDir Path dir) throws Exception {
        Path repository = teamRepository(dir);
        editMessage(repository, "\"required\": [\"order_id\", \"lines\"]",
                "\"required\": [\"order_id\", \"lines\", \"note\"]");
        editMessage(repository, "\"lines\": {", "\"note\": {\"type\": \"string\"},\n    \"lines\": {");
        regeneratePage(repository);
        commit(repository, "a required note");

        List<StepRun> runs = runWorkflow(dir, repository);

        StepRun compare = runs.get(3);
        assertThat(compare.name()).isEqualTo("Compare with the base branch");
        assertThat(compare.exitCode()).isZero();
        assertThat(compare.out()).contains("::error file=schemas/shop/messages/order.stock.reserve.json,line=");
        assertThat(Files.readString(repository.resolve("diff.md"), StandardCharsets.UTF_8))
                .contains("FIELD_ADDED_REQUIRED");
        StepRun last = runs.get(runs.size() - 1);
        assertThat(last.name()).isEqualTo("Fail on breaking changes");
        assertThat(last.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(last.err()).contains("not accepted");
    }

    @Test
    void aStalePageFailsItsStep(@TempDir Path dir) throws Exception {
        Path repository = teamRepository(dir);
        editMessage(repository, "\"lines\": {", "\"note\": {\"type\": \"string\"},\n    \"lines\": {");
        commit(repository, "a note, page not regenerated");

        List<StepRun> runs = runWorkflow(dir, repository);

        StepRun last = runs.get(runs.size() - 1);
        assertThat(last.name()).isEqualTo("Check the docs page is fresh");
        assertThat(last.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(last.out()).startsWith("docs/shop-events.md: stale");
    }

    /** One step's run. */
    private record StepRun(String name, int exitCode, String out, String err) {}

    /**
     * Runs the workflow's steps that have a script, in order, stopping after the first that fails, as Actions does;
     * the repository is checked out at its {@code change} branch, the pull request's head, with {@code main} its base.
     */
    private static List<StepRun> runWorkflow(Path dir, Path repository) throws Exception {
        JsonNode workflow = YAMLMapper.builder().build().readTree(Files.readString(WORKFLOW, StandardCharsets.UTF_8));
        Path runner = Files.createDirectories(dir.resolve("runner"));
        Path temp = Files.createDirectories(runner.resolve("temp"));
        Path githubPath = Files.createFile(runner.resolve("github_path"));
        Path mavenBin = fakeMaven(runner);
        Map<String, String> outputs = new HashMap<>();
        Map<String, String> environment = new LinkedHashMap<>();
        workflow.get("env").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asString()));
        assertThat(environment.get("BUSGEN_VERSION")).as("a pinned version").matches("\\d+\\.\\d+\\.\\d+");
        // The version this build made, in place of the release the example pins.
        environment.put("BUSGEN_VERSION", VERSION);
        environment.put("RUNNER_TEMP", temp.toString());
        environment.put("GITHUB_PATH", githubPath.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));

        List<StepRun> runs = new ArrayList<>();
        for (JsonNode step : workflow.get("jobs").get("review").get("steps")) {
            if (!step.has("run")) {
                continue;
            }
            String name = step.get("name").asString();
            if (name.equals(COMMENT_STEP)) {
                assertThat(step.get("run").asString()).contains("gh api");
                continue;
            }
            Path githubOutput = Files.writeString(runner.resolve("github_output"), "", StandardCharsets.UTF_8);
            Map<String, String> stepEnvironment = new LinkedHashMap<>(environment);
            stepEnvironment.put("GITHUB_OUTPUT", githubOutput.toString());
            if (step.has("env")) {
                step.get("env").properties().forEach(e -> stepEnvironment.put(e.getKey(),
                        expand(e.getValue().asString(), outputs)));
            }
            List<String> path = new ArrayList<>(Files.readAllLines(githubPath, StandardCharsets.UTF_8));
            java.util.Collections.reverse(path);
            path.add(mavenBin.toString());
            path.add(System.getenv("PATH"));
            stepEnvironment.put("PATH", String.join(":", path));

            ProcessRun run = ProcessRun.of(repository, stepEnvironment, List.of("bash", "--noprofile", "--norc",
                    "-eo", "pipefail", "-c", step.get("run").asString()));
            runs.add(new StepRun(name, run.exitCode(), run.out(), run.err()));
            if (step.has("id")) {
                for (String line : Files.readAllLines(githubOutput, StandardCharsets.UTF_8)) {
                    int equals = line.indexOf('=');
                    outputs.put("steps." + step.get("id").asString() + ".outputs." + line.substring(0, equals),
                            line.substring(equals + 1));
                }
            }
            if (run.exitCode() != 0) {
                break;
            }
        }
        return runs;
    }

    /** A step's {@code ${{ ... }}} values as GitHub fills them in for a pull request into {@code main}. */
    private static String expand(String value, Map<String, String> outputs) {
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String expression = matcher.group(1);
            String replacement = expression.equals("github.base_ref") ? "main" : outputs.get(expression);
            assertThat(replacement).as("the workflow's ${{ %s }}", expression).isNotNull();
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(expanded).toString();
    }

    /**
     * A {@code mvn} that answers the install step's {@code dependency:copy} as Maven would for busgen's coordinates: it
     * checks the plugin is pinned and the coordinates are the archive's, and copies this build's archive there.
     */
    private static Path fakeMaven(Path runner) throws IOException {
        Path bin = Files.createDirectories(runner.resolve("maven-bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, """
                #!/usr/bin/env bash
                set -eu
                goal=no artifact=no out=no
                for arg in "$@"; do
                  case $arg in
                    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy) goal=yes ;;
                    -Dartifact=*) artifact=${arg#-Dartifact=} ;;
                    -DoutputDirectory=*) out=${arg#-DoutputDirectory=} ;;
                  esac
                done
                if [ "$goal" != yes ] || [ "$artifact" != "io.busgen:busgen-cli:%1$s:tar.gz:dist" ] || [ "$out" = no ]; then
                  echo "mvn: not the pinned dependency:copy of io.busgen:busgen-cli:%1$s:tar.gz:dist: $*" >&2
                  exit 1
                fi
                mkdir -p "$out"
                cp '%2$s' "$out/busgen-cli-%1$s-dist.tar.gz"
                """.formatted(VERSION, TAR_GZ), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(mvn, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /**
     * A team's repository: a catalogue written by {@code busgen init} in {@code schemas/shop} and its page in
     * {@code docs/shop-events.md}, committed on {@code main} (also as {@code origin/main}, as a checkout with full
     * history has it), and a {@code change} branch checked out for the pull request.
     */
    private static Path teamRepository(Path dir) throws Exception {
        Path repository = Files.createDirectories(dir.resolve("team"));
        git(repository, "init", "-q", "-b", "main");
        busgen(repository, "init", "schemas/shop");
        regeneratePage(repository);
        commit(repository, "the shop catalogue");
        git(repository, "update-ref", "refs/remotes/origin/main", "HEAD");
        git(repository, "checkout", "-q", "-b", "change");
        return repository;
    }

    private static void regeneratePage(Path repository) throws Exception {
        busgen(repository, "docs", "--catalog", "schemas/shop", "--out", "docs/shop-events.md");
    }

    /** Replaces {@code from} in the catalogue's message file with {@code to}. */
    private static void editMessage(Path repository, String from, String to) throws IOException {
        Path file = repository.resolve("schemas/shop/messages/order.stock.reserve.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void commit(Path repository, String message) throws Exception {
        git(repository, "add", "-A");
        git(repository, "-c", "user.name=team", "-c", "user.email=team@example.com", "commit", "-q", "-m", message);
    }

    private static void git(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.of(repository, Map.of("GIT_CONFIG_NOSYSTEM", "1"), command);
        assertThat(run.exitCode()).as("git %s: %s", String.join(" ", args), run.err()).isZero();
    }

    private static void busgen(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessRun.java(), "-jar", STANDALONE_JAR.toString()));
        command.addAll(List.of(args));
        ProcessRun run = ProcessRun.of(repository, Map.of(), command);
        assertThat(run.exitCode()).as("busgen %s: %s", String.join(" ", args), run.err()).isZero();
    }
}
