package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The infrahub style reproduces Infrahub's published "Message bus events" page. */
class InfrahubPageTest {

    private static Catalog catalog;
    private static String page;

    @BeforeAll
    static void render() {
        catalog = DocsTestSupport.infrahub();
        page = DocsEmitter.render(catalog, DocsStyle.INFRAHUB);
    }

    @Test
    void matchesThePublishedPageWordForWord() throws Exception {
        Path file = Path.of("target", "docs", "message-bus-events.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, page, StandardCharsets.UTF_8);

        Optional<Path> shared = DocsTestSupport.sharedFolder();
        assumeTrue(shared.isPresent(), "the reference folder ../shared is absent (set -Dbusgen.shared=...): the"
                + " published page cannot be compared; skipped");
        Path checker = shared.get().resolve("checks").resolve("seed-docs-match");
        assumeTrue(Files.isRegularFile(checker), "no checker at " + checker + ": skipped");
        assumeTrue(pythonAvailable(), "python3 is not on the PATH: the checker cannot run; skipped");

        Process process = new ProcessBuilder("python3", checker.toString(), file.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("checker output").startsWith("match");
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static boolean pythonAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void opensWithFrontMatterTitleIntroAndInfoNote() {
        assertThat(page).startsWith("""
                ---
                title: Message bus events
                ---

                # Message bus events

                This document provides detailed documentation for all events used in the Infrahub message bus system.

                :::info

                For more detailed explanations on how these events are used within Infrahub, see the [bus event \
                handling topic](../topics/event-handling.mdx).

                :::

                ## Messages events

                ### Check Generator

                #### Event check.generator.run

                **Description**: A check that runs a generator.

                **Priority**: 3

                | Key | Description | Type | Default Value |
                |-----|-------------|------|---------------|
                | **meta** | Meta properties for the message | N/A | None |
                """);
        assertThat(page).endsWith("there is an error | N/A | None |\n").doesNotEndWith("\n\n");
    }

    @Test
    void rowsFollowThePublishedColumns() {
        assertThat(page.lines().toList()).contains(
                // a nullable string is N/A, a reference to a shared type is N/A
                "| **generator_instance** | The id of the generator instance if it previously existed | N/A | None |",
                "| **context** | The Infrahub context | N/A | None |",
                // a free-form object shows its one JSON type
                "| **variables** | Input variables when running the generator | object | None |",
                // an enum reference with a default
                "| **check_type** | Can be used to restrict the pipeline to a specific type of job | N/A | all |",
                "| **source_branch_sync_with_git** | Indicates if the source branch should sync with git | boolean"
                        + " | None |",
                // responses: Python-style defaults, empty defaults are None, data expanded where it stands
                "| **passed** | N/A | boolean | True |",
                "| **routing_key** | N/A | string | git.file.get |",
                "| **data.content** | N/A | N/A | None |",
                "| **data.http_code** | N/A | N/A | None |",
                "| **data.response** | The response string | string | None |",
                "| **errors** | N/A | array | None |",
                "**Description**: Validate connectivity and credentials to remote repository",
                "### Request Proposed Change",
                "### Event Worker",
                "#### Event refresh.registry.rebased_branch",
                "## Responses events");
        // Groups and entries in routing-key order; responses have no description.
        assertThat(page.indexOf("### Event Branch")).isLessThan(page.indexOf("### Event Worker"));
        assertThat(page.indexOf("## Messages events")).isLessThan(page.indexOf("## Responses events"));
        String responses = page.substring(page.indexOf("## Responses events"));
        assertThat(responses).doesNotContain("**Description**").contains("**Priority**: 4", "**Priority**: 5");
        assertThat(page.lines().filter(l -> l.startsWith("#### Event ")).count())
                .isEqualTo(catalog.messages().size() + catalog.responses().size());
    }

    @Test
    void groupHeadingsAreTitleCasedRoutingKeyPrefixes() {
        assertThat(InfrahubPage.group("request.proposed_change.pipeline")).isEqualTo("Request Proposed Change");
        assertThat(InfrahubPage.group("event.worker.new_primary_api")).isEqualTo("Event Worker");
        assertThat(InfrahubPage.group("a1b.2tone_x.y")).isEqualTo("A1B 2Tone X");
    }

    @Test
    void defaultsArePrintedAsPythonPrintsThem() {
        assertThat(List.of("false", "null", "0", "0.0", "-0.0", "\"\"", "[]", "{}")).allSatisfy(json ->
                assertThat(PythonValues.defaultCell(json(json))).as(json).isEqualTo("None"));
        assertThat(PythonValues.defaultCell(null)).isEqualTo("None");
        assertThat(PythonValues.defaultCell(json("true"))).isEqualTo("True");
        assertThat(PythonValues.defaultCell(json("\"all\""))).isEqualTo("all");
        assertThat(PythonValues.defaultCell(json("3"))).isEqualTo("3");
        assertThat(PythonValues.defaultCell(json("0.5"))).isEqualTo("0.5");
        assertThat(PythonValues.defaultCell(json("1E2"))).isEqualTo("100.0");
        assertThat(PythonValues.defaultCell(json("1e16"))).isEqualTo("1e+16");
        assertThat(PythonValues.defaultCell(json("0.00001"))).isEqualTo("1e-05");
        assertThat(PythonValues.defaultCell(json("0.0001"))).isEqualTo("0.0001");
        assertThat(PythonValues.defaultCell(json("[\"a\", \"it's\", false, null]")))
                .isEqualTo("['a', \"it's\", False, None]");
        assertThat(PythonValues.defaultCell(json("{\"source\": \"web\", \"n\": 1.5}")))
                .isEqualTo("{'source': 'web', 'n': 1.5}");
    }

    @Test
    void escapesPipesInCells() {
        assertThat(Markdown.cell("a | b\nc")).isEqualTo("a \\| b c");
    }

    private static JsonValue json(String text) {
        Problems problems = new Problems();
        JsonValue value = LocatedJsonReader.read("test.json", text, problems).orElseThrow();
        assertThat(problems.isEmpty()).isTrue();
        return value;
    }
}
