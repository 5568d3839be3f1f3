package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    /** A small valid catalogue, the same as the generator's {@code broken/valid}. */
    private static final Path SHOP = CliRun.resource("/catalogs/shop");

    @Test
    void theBundledCatalogueIsClean() {
        CliRun run = CliRun.of("lint");

        assertThat(run.out()).isEqualTo("infrahub: 13 messages, 2 responses, 33 types: no problems\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theBundledCatalogueCanBeNamedAsTheMavenPluginNamesIt() {
        CliRun named = CliRun.of("lint", "--catalog", "bundled:infrahub");
        CliRun unknown = CliRun.of("lint", "--catalog", "bundled:../infrahub");

        assertThat(named.out()).isEqualTo("infrahub: 13 messages, 2 responses, 33 types: no problems\n");
        assertThat(named.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(unknown.err()).isEqualTo("busgen: error: --catalog bundled:../infrahub: busgen bundles no catalogue"
                + " of that name; the bundled catalogue is bundled:infrahub\n");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aCleanCatalogueNamedWithCatalogGivesItsSummary() {
        CliRun run = CliRun.of("lint", "--catalog", SHOP.toString());

        assertThat(run.out()).matches("shop: 1 message, 1 response, \\d+ types: no problems\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void eachProblemIsALineOnStdoutWithACountOnStderr(@TempDir Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"requried\": true\n"),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", "--catalog", catalogue.toString());

        assertThat(run.out()).isEqualTo(catalogue + "/messages/order.item.placed.json:14:19:"
                + " #/properties/order_id/requried: unknown keyword \"requried\": did you mean \"required\"?\n");
        assertThat(run.err()).isEqualTo("1 problem in " + catalogue + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aPatternBacktrackingEnginesChokeOnIsAWarningThatDoesNotFailTheLint(@TempDir Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"pattern\": \"^(a|aa)+$\"\n"),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", "--catalog", catalogue.toString());

        assertThat(run.out()).matches(java.util.regex.Pattern.quote(catalogue
                + "/messages/order.item.placed.json:14:18: warning: #/properties/order_id/pattern: the pattern"
                + " \"^(a|aa)+$\" repeats \"(a|aa)+\", whose alternatives \"a\" and \"aa\" can start with the same"
                + " character, which backtracking regex engines can take exponential time on; rewrite it so that the"
                + " alternatives cannot start alike (e.g. (a|ab)+ as (ab?)+) or bound the repetition (e.g. {1,64})\n")
                + "shop: 1 message, 1 response, \\d+ types: no problems, 1 warning\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aPatternCheckedByBacktrackingIsInformation(@TempDir Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"pattern\": \"^(?!x)\\\\w+$\"\n"),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", "--catalog", catalogue.toString());

        assertThat(run.out()).matches(java.util.regex.Pattern.quote(catalogue
                + "/messages/order.item.placed.json:14:18: information: #/properties/order_id/pattern: the pattern"
                + " \"^(?!x)\\w+$\" is checked by backtracking, within a step budget, rather than in linear time,"
                + " because it has a lookaround: a string that spends the budget is rejected (pattern-budget); avoid"
                + " lookarounds and backreferences where you can\n")
                + "shop: 1 message, 1 response, \\d+ types: no problems, 1 information\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aFieldNoExampleValueCanBeMadeForIsAWarningWithTheFix(@TempDir Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"pattern\":"
                        + " \"^(?=.*[0-9])[a-z0-9]{8}$\"\n"),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", "--catalog", catalogue.toString());

        assertThat(run.out()).contains(catalogue + "/messages/order.item.placed.json:12:17: warning:"
                + " #/properties/order_id: busgen finds no value that meets this schema, so the docs show no example"
                + " body for message order.item.placed: add \"examples\" here with a valid value\n");
        assertThat(run.out()).endsWith("no problems, 1 warning, 1 information\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void warningsAreListedWithErrorsInOrderAndCountedOnStderr(@TempDir Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"pattern\": \"(x+x+)+y\"\n")
                .replace("\"minimum\": 1", "\"minimun\": 1"),
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", "--catalog", catalogue.toString());

        assertThat(run.out().lines()).hasSize(2).satisfiesExactly(
                warning -> assertThat(warning).startsWith(catalogue + "/messages/order.item.placed.json:14:18:"
                        + " warning: #/properties/order_id/pattern: the pattern \"(x+x+)+y\" nests the quantifier"
                        + " \"x+\" in the repeated \"(x+x+)+\""),
                error -> assertThat(error).startsWith(catalogue + "/messages/order.item.placed.json:18:"));
        assertThat(run.err()).isEqualTo("1 problem, 1 warning in " + catalogue + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void problemsAreCountedInThePlural(@TempDir Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Files.writeString(catalogue.resolve("defs/notes.yaml"), "not a schema", StandardCharsets.UTF_8);
        Files.writeString(catalogue.resolve("schema.xsd"), "not part of a catalogue", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", "--catalog", catalogue + "/");

        assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(catalogue + "/")
                .doesNotContain("//"));
        assertThat(run.err()).isEqualTo("2 problems in " + catalogue + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aMissingFolderIsOneErrorLine(@TempDir Path dir) {
        String missing = dir.resolve("no-such-catalogue").toString();

        CliRun run = CliRun.of("lint", "--catalog", missing);

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("busgen: error: --catalog " + missing + ": no such directory; point --catalog"
                + " at a catalogue folder (one holding catalog.json, messages/, responses/ and defs/)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aFileIsNotACatalogue() {
        String file = SHOP.resolve("catalog.json").toString();

        CliRun run = CliRun.of("lint", "--catalog", file);

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: --catalog " + file + ": not a directory;")
                .endsWith(", not at a file\n")
                .hasLineCount(1);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("lint", "--catalgo=x");

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: Unknown option: '--catalgo=x'\n")
                .contains("Possible solutions: --catalog")
                .endsWith("Run 'busgen lint --help' for usage.\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void catalogNeedsAValue() {
        CliRun run = CliRun.of("lint", "--catalog");

        assertThat(run.err()).startsWith("busgen: error: Missing required parameter for option '--catalog'");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    private static Path copyOfShop(Path dir) throws IOException {
        Path target = dir.resolve("shop");
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(SHOP)) {
            sources = walk.toList();
        }
        for (Path source : sources) {
            Path copy = target.resolve(SHOP.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(source, copy);
            }
        }
        return target;
    }
}
