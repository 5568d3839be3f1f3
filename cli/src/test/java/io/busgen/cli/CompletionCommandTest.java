package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code busgen completion}'s script offers, asked of bash as it asks when TAB is pressed: the function that the
 * script registers for {@code busgen} runs with {@code COMP_WORDS} and {@code COMP_CWORD} set, and the test reads
 * {@code COMPREPLY} (and whether the script fell back to file names, through a {@code compopt} that records its calls).
 */
class CompletionCommandTest {

    @TempDir
    static Path dir;

    private static Path script;

    /** A {@code busgen} on disk that runs this module's classes, for the script to ask {@code busgen list}. */
    private static Path busgen;

    @BeforeAll
    static void writeTheScript() throws Exception {
        assumeTrue(ProcessRun.of(dir, Map.of(), List.of("bash", "-c", "true")).exitCode() == 0,
                "no bash here: skipping");
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        script = Files.writeString(dir.resolve("busgen-completion.bash"), run.out(), StandardCharsets.UTF_8);
        busgen = Files.writeString(dir.resolve("busgen"), "#!/bin/sh\nexec '" + ProcessRun.java() + "' -cp '"
                + System.getProperty("java.class.path") + "' " + Main.class.getName() + " \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(busgen, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What bash offers for the words typed so far; the last word is the one being completed. */
    private record Offer(List<String> values, boolean fileNames) {}

    private static Offer complete(String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word.replace("'", "'\\''")).append("'");
        }
        String bash = """
                source '%s'
                compopt() { [ "$1" = "-o" ] && [ "$2" = "default" ] && files=yes; return 0; }
                files=no
                COMP_WORDS=(%s)
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                COMP_LINE="${COMP_WORDS[*]}"
                COMP_POINT=${#COMP_LINE}
                function=$(complete -p busgen | sed 's/.* -F \\([^ ]*\\) .*/\\1/')
                "$function" busgen "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                echo "files=$files function=$function"
                printf '%%s\\n' "${COMPREPLY[@]}"
                """.formatted(script, array);
        ProcessRun run = ProcessRun.of(dir, Map.of(), List.of("bash", "--noprofile", "--norc", "-c", bash));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).endsWith("function=_complete_busgen_more");
        List<String> values = new ArrayList<>(lines.subList(1, lines.size()).stream().filter(l -> !l.isEmpty())
                .toList());
        return new Offer(values, lines.get(0).startsWith("files=yes"));
    }

    @Test
    void offersTheCommandsIncludingInitAndSchema() throws Exception {
        assertThat(complete("busgen", "").values()).contains("init", "lint", "generate", "list", "validate", "diff",
                "schema", "completion");
        assertThat(complete("busgen", "sc").values()).containsExactly("schema");
    }

    @Test
    void offersTheValuesOfDiffsFormatAndFailOn() throws Exception {
        assertThat(complete("busgen", "diff", "--format", "").values())
                .containsExactly("text", "markdown", "json", "github");
        assertThat(complete("busgen", "diff", "--fail-on", "").values())
                .containsExactly("breaking", "warning", "never");
        assertThat(complete("busgen", "diff", "--fail-on", "w").values()).containsExactly("warning");
    }

    @Test
    void offersTextAndJsonForTheFormatOfListLintAndValidate() throws Exception {
        assertThat(complete("busgen", "list", "--format", "").values()).containsExactly("text", "json");
        assertThat(complete("busgen", "lint", "--format", "j").values()).containsExactly("json");
        assertThat(complete("busgen", "validate", "--format", "").values()).containsExactly("text", "json");
    }

    @Test
    void offersTheBundledCataloguesRoutingKeysWithoutRunningBusgen() throws Exception {
        Catalog bundled = CatalogLoader.load(BundledCatalogs.find(BundledCatalogs.DEFAULT).orElseThrow(), "b")
                .orThrow();
        List<String> keys = Stream.concat(bundled.messages().stream(), bundled.responses().stream())
                .map(MessageType::routingKey).distinct().sorted().toList();

        assertThat(complete("busgen", "validate", "--routing-key", "").values()).containsExactlyElementsOf(keys)
                .hasSize(13);
        assertThat(complete("busgen", "encode", "--routing-key", "git.f").values()).containsExactly("git.file.get");
    }

    @Test
    void offersTheRoutingKeysOfTheCatalogueThatCatalogNames() throws Exception {
        Path catalogue = CliRun.copyOfShop(Files.createDirectories(dir.resolve("own")));
        Files.copy(catalogue.resolve("messages/order.item.placed.json"),
                catalogue.resolve("messages/order.item.cancelled.json"));
        Path cancelled = catalogue.resolve("messages/order.item.cancelled.json");
        Files.writeString(cancelled, Files.readString(cancelled, StandardCharsets.UTF_8)
                .replace("\"order.item.placed\"", "\"order.item.cancelled\""), StandardCharsets.UTF_8);

        Offer offer = complete(busgen.toString(), "validate", "--catalog", catalogue.toString(), "--routing-key", "");
        Offer withEquals = complete(busgen.toString(), "validate", "--catalog", "=", catalogue.toString(),
                "--routing-key", "=", "order.item.c");

        assertThat(offer.values()).containsExactly("order.item.cancelled", "order.item.placed");
        assertThat(withEquals.values()).containsExactly("order.item.cancelled");
    }

    @Test
    void aCatalogueThatCannotBeListedOffersNothingAndPrintsNothing() throws Exception {
        Offer offer = complete(busgen.toString(), "validate", "--catalog", dir.resolve("missing").toString(),
                "--routing-key", "");

        assertThat(offer.values()).isEmpty();
    }

    @Test
    void fallsBackToFileNamesWherePathsGo() throws Exception {
        assertThat(complete("busgen", "lint", "--catalog", "").fileNames()).isTrue();
        assertThat(complete("busgen", "generate", "--out", "").fileNames()).isTrue();
        assertThat(complete("busgen", "validate", "--routing-key", "git.file.get", "bo").fileNames()).isTrue();
        assertThat(complete("busgen", "init", "").fileNames()).isTrue();
        assertThat(complete("busgen", "diff", "--format", "").fileNames()).isFalse();
        assertThat(complete("busgen", "lint", "--").fileNames()).isFalse();
    }

    @Test
    void theScriptIsPicocliThenBusgensAdditions() throws IOException {
        String text = Files.readString(script, StandardCharsets.UTF_8);

        assertThat(text).startsWith("#!/usr/bin/env bash").contains("function _complete_busgen()")
                .endsWith("complete -F _complete_busgen_more -o default busgen busgen.sh busgen.bash\n");
    }
}
