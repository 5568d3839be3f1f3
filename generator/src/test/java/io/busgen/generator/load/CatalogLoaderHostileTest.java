package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogues from pull requests: links that lead out of the catalogue folder, malformed files whose text would end
 * up in messages. busgen reads only files inside the catalogue and quotes at most a short excerpt of any file.
 */
class CatalogLoaderHostileTest {

    private static final String SECRET = "ghp_Secret123";
    private static final String LEAVES = ":1:1: a symbolic link that leads outside the catalogue folder: busgen reads only"
            + " files inside the catalogue, so that a catalogue cannot make it read other files; put the file itself"
            + " in the catalogue";

    @TempDir
    Path dir;

    private Path catalogue;
    private Path outside;

    @BeforeEach
    void aCatalogueAndASecretBesideIt() throws Exception {
        catalogue = dir.resolve("catalog");
        CatalogProblemsTest.copy(CatalogProblemsTest.brokenRoot().resolve("valid/catalog"), catalogue);
        outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("token"), SECRET + "abcdefghijklmnopqrstuvwxyz0123456789\n");
        Files.writeString(outside.resolve("token.json"), "{\"" + SECRET + "\": 1}");
    }

    @Test
    void aLinkedSchemaFileOutsideIsNotReadAndItsContentIsNotQuoted() throws IOException {
        Files.createSymbolicLink(catalogue.resolve("defs/t.json"), outside.resolve("token"));

        List<String> problems = problems();

        assertThat(problems).containsExactly("shop/defs/t.json" + LEAVES);
        assertThat(String.join("\n", problems)).doesNotContain("ghp_");
    }

    @Test
    void aLinkedJsonFileOutsideIsNotReadEither() throws IOException {
        Files.createSymbolicLink(catalogue.resolve("messages/x.json"), outside.resolve("token.json"));

        assertThat(problems()).containsExactly("shop/messages/x.json" + LEAVES);
    }

    @Test
    void aLinkedCatalogFileOutsideIsNotRead() throws IOException {
        Files.delete(catalogue.resolve("catalog.json"));
        Files.createSymbolicLink(catalogue.resolve("catalog.json"), outside.resolve("token"));

        assertThat(problems()).containsExactly("shop/catalog.json" + LEAVES);
    }

    @Test
    void aLinkedFolderOutsideIsNotListed() throws IOException {
        Files.move(catalogue.resolve("defs/meta.json"), outside.resolve("meta.json"));
        Files.delete(catalogue.resolve("defs"));
        Files.createSymbolicLink(catalogue.resolve("defs"), outside);

        List<String> problems = problems();

        assertThat(problems).startsWith("shop/defs" + LEAVES);
        assertThat(String.join("\n", problems)).as("no name of a file out there").doesNotContain("token", "ghp_");
    }

    @Test
    void aLinkThatStaysInsideIsFine() throws IOException {
        Files.move(catalogue.resolve("defs/meta.json"), catalogue.resolve("defs/.real-meta.json"));
        Files.createSymbolicLink(catalogue.resolve("defs/meta.json"), Path.of(".real-meta.json"));

        assertThat(problems()).isEmpty();
    }

    @Test
    void aCatalogueNamedThroughALinkIsFine() throws IOException {
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, catalogue);

        assertThat(CatalogLoader.load(link, "shop").problems()).isEmpty();
    }

    @Test
    void aLinkToNothingIsALocatedLine() throws IOException {
        Files.createSymbolicLink(catalogue.resolve("defs/gone.json"), outside.resolve("gone.json"));

        assertThat(problems()).containsExactly("shop/defs/gone.json:1:1: a symbolic link to a file that does not exist:"
                + " put the schema file itself here, or remove the link");
    }

    @Test
    void aMalformedFileIsQuotedAtMostTwentyCharacters() throws IOException {
        Files.writeString(catalogue.resolve("defs/t.json"), "{\"a\": " + SECRET + "abcdefghijklmnopqrstuvwxyz}");

        List<String> problems = problems();

        assertThat(problems).containsExactly("shop/defs/t.json:1:7: malformed JSON: unexpected"
                + " '" + (SECRET + "abcdefghijklmnopqrstuvwxyz").substring(0, MessageText.EXCERPT_LIMIT) + "...':"
                + " expected a value (a string is written in double quotes)");
    }

    @Test
    void aMalformedTokenWithTerminalEscapesStaysOneHarmlessLine() throws IOException {
        Files.writeString(catalogue.resolve("defs/t.json"), "{\"a\": x\u001b[2Jy\u0007}");

        List<String> problems = problems();

        assertThat(problems).singleElement().asString().startsWith("shop/defs/t.json:1:7: malformed JSON:"
                + " unexpected 'x\\u001B'").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aFileNameWithALineBreakIsOneLine() throws IOException {
        Files.writeString(catalogue.resolve("defs/evil\nname.json"), "{");

        List<String> problems = problems();

        assertThat(problems).singleElement().asString().startsWith("shop/defs/evil\\nname.json:")
                .doesNotContain("\n");
    }

    @Test
    void theHashOfACatalogueIsTheHashOfItsFilesNotOfWhatLinksLeadTo() throws IOException {
        Files.createSymbolicLink(catalogue.resolve("defs/t.json"), outside.resolve("token"));
        String before = CatalogInputs.hash(catalogue, "v", List.of());
        Files.writeString(outside.resolve("token"), "changed", StandardCharsets.UTF_8);

        assertThat(CatalogInputs.hash(catalogue, "v", List.of())).as("not read through the link").isEqualTo(before);

        Files.delete(catalogue.resolve("defs/t.json"));
        Files.createSymbolicLink(catalogue.resolve("defs/t.json"), outside.resolve("token.json"));
        assertThat(CatalogInputs.hash(catalogue, "v", List.of())).as("the link changed").isNotEqualTo(before);
    }

    @Test
    void aCatalogueNamedThroughALinkHashesItsFiles() throws IOException {
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, catalogue);
        String before = CatalogInputs.hash(link, "v", List.of());

        Files.writeString(catalogue.resolve("defs/meta.json"), "{}");

        assertThat(CatalogInputs.hash(link, "v", List.of())).isNotEqualTo(before)
                .isEqualTo(CatalogInputs.hash(catalogue, "v", List.of()));
    }

    private List<String> problems() {
        return CatalogLoader.load(catalogue, "shop").problems().stream().map(Problem::format).toList();
    }
}
