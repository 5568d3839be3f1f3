package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each folder under {@code broken/} is a catalogue with one fault; its {@code expected.txt} says what lint reports. */
class CatalogProblemsTest {

    static Path brokenRoot() throws URISyntaxException {
        return Path.of(CatalogProblemsTest.class.getResource("/broken").toURI());
    }

    static Stream<String> brokenCatalogues() throws IOException, URISyntaxException {
        try (Stream<Path> entries = Files.list(brokenRoot())) {
            return entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("valid"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogues")
    void reportsExactlyTheExpectedProblems(String name) throws Exception {
        Path catalogue = brokenRoot().resolve(name).resolve("catalog");
        List<String> expected = Files.readAllLines(
                brokenRoot().resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8);

        LoadResult result = CatalogLoader.load(catalogue, name);

        assertThat(result.ok()).as("a broken catalogue gives no model").isFalse();
        assertThat(result.problems()).extracting(Problem::format).containsExactlyElementsOf(expected);
    }

    @Test
    void theUnbrokenCatalogueLoads() throws Exception {
        LoadResult result = CatalogLoader.load(brokenRoot().resolve("valid/catalog"), "valid");

        assertThat(result.problems()).isEmpty();
        assertThat(result.orThrow().messages()).singleElement()
                .satisfies(m -> assertThat(m.routingKey()).isEqualTo("order.item.placed"));
    }

    @Test
    void aCatalogueFolderMayHoldDocumentation(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        copy(brokenRoot().resolve("valid/catalog"), dir);
        Files.writeString(dir.resolve("README.md"), "# Shop events\n");
        Files.writeString(dir.resolve("messages/NOTES.txt"), "not a schema\n");
        Files.writeString(dir.resolve("defs/types.adoc"), "= Types\n");
        Files.createDirectory(dir.resolve("defs/drafts.md"));

        // Documentation files are left alone; a folder is not documentation, whatever its name.
        assertThat(CatalogLoader.load(dir, "shop").problems()).extracting(Problem::format).containsExactly(
                "shop/defs/drafts.md:1:1: unexpected folder in defs/: it holds <name>.json schema files and"
                        + " documentation (.md, .markdown, .txt, .adoc, .rst) only; move it elsewhere");
    }

    @Test
    void everyProblemOfARunIsReportedTogetherInFileOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // Two broken catalogues' faults in one: a typo in one file, a bad priority and a missing ref in another.
        copy(brokenRoot().resolve("valid/catalog"), dir);
        String message = Files.readString(dir.resolve("messages/order.item.placed.json"));
        Files.writeString(dir.resolve("messages/order.item.placed.json"), message
                .replace("\"x-kind\": \"message\",", "\"x-kind\": \"message\",\n  \"x-priority\": 6,")
                .replace("../defs/meta.json", "../defs/missing.json"));
        String response = Files.readString(dir.resolve("responses/order.item.placed.json"));
        Files.writeString(dir.resolve("responses/order.item.placed.json"),
                response.replace("\"type\": \"boolean\"", "\"type\": \"boolean\",\n      \"minLenght\": 1"));

        LoadResult result = CatalogLoader.load(dir, "shop");

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "shop/messages/order.item.placed.json:5:17: #/x-priority: priority 6 is out of range: use 1 (lowest)"
                        + " to 5 (highest, the catalogue's \"maxPriority\")",
                "shop/messages/order.item.placed.json:10:15: #/properties/meta/$ref: reference \"../defs/missing.json\""
                        + " names a file that does not exist (defs/missing.json in the catalogue): create it or fix"
                        + " the path",
                "shop/responses/order.item.placed.json:13:20: #/properties/accepted/minLenght: unknown keyword"
                        + " \"minLenght\": did you mean \"minLength\"?");
    }

    @Test
    void aMissingDirectoryIsOneProblem(@org.junit.jupiter.api.io.TempDir Path dir) {
        LoadResult result = CatalogLoader.load(dir.resolve("nowhere"), "nowhere");

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "nowhere:1:1: catalogue directory not found: point to a folder that holds catalog.json, messages/,"
                        + " responses/ and defs/");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
