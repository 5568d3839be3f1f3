package io.busgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One before/after pair of small catalogues per rule, in {@code src/test/resources/diff/rules/<case>/}: {@code base/}
 * and {@code head/} hold the schema files, {@code expected.txt} the exact findings, one per line as
 * {@code level RULE kind routing.key #/pointer: message}, written by hand. A case without its own
 * {@code catalog.json} uses {@code diff/rules/catalog.json}.
 */
class RuleCasesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCaseGivesExactlyItsExpectedFindings() throws IOException {
        return cases().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(c.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            List<String> actual = CatalogDiff.compare(load(c, "base"), load(c, "head")).stream()
                    .map(RuleCasesTest::line)
                    .toList();
            assertThat(actual).containsExactlyElementsOf(expected);
        }));
    }

    @Test
    void everyRuleHasACase() throws IOException {
        Set<Rule> covered = EnumSet.noneOf(Rule.class);
        for (Path c : cases().toList()) {
            for (String line : Files.readAllLines(c.resolve("expected.txt"), StandardCharsets.UTF_8)) {
                String[] words = line.split(" ");
                if (words.length > 1) {
                    Arrays.stream(Rule.values()).filter(r -> r.id().equals(words[1])).forEach(covered::add);
                }
            }
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).as("rules without a case").isEmpty();
    }

    @Test
    void findingsAreLocatedWhereTheChangeIsWritten() throws IOException {
        assertThat(locations("ref-sibling-keywords")).containsExactly("head/defs/code.json:1:1 HEAD");
        assertThat(locations("enum-value-removed"))
                .allSatisfy(l -> assertThat(l).startsWith("head/defs/channel.json:"));
        assertThat(locations("recursive-type-keyword")).containsExactly("head/defs/category.json:1:1 HEAD");
        assertThat(locations("field-removed-required"))
                .allSatisfy(l -> assertThat(l).startsWith("base/").endsWith(" BASE"));
        assertThat(locations("message-removed"))
                .allSatisfy(l -> assertThat(l).startsWith("base/messages/").endsWith(" BASE"));
        assertThat(locations("message-priority-changed").get(0)).matches("head/messages/[a-z.]+\\.json:\\d+:\\d+ HEAD");
    }

    private List<String> locations(String caseName) throws IOException {
        Path caseFolder = cases().filter(c -> c.getFileName().toString().equals(caseName)).findFirst().orElseThrow();
        return CatalogDiff.compare(load(caseFolder, "base"), load(caseFolder, "head")).stream()
                .map(f -> f.location().position() + " " + f.side())
                .toList();
    }

    static String line(Finding finding) {
        return finding.level().label() + " " + finding.key() + ": " + finding.message();
    }

    private io.busgen.generator.model.Catalog load(Path caseFolder, String side) throws IOException {
        Path copy = temp.resolve(caseFolder.getFileName().toString()).resolve(side);
        CatalogCopy.copyTree(caseFolder.resolve(side), copy);
        if (!Files.exists(copy.resolve("catalog.json"))) {
            Files.copy(caseFolder.getParent().resolve("catalog.json"), copy.resolve("catalog.json"));
        }
        LoadResult result = CatalogLoader.load(copy, side);
        assertThat(result.problems()).as("problems in %s/%s", caseFolder.getFileName(), side).isEmpty();
        return result.orThrow();
    }

    private static Stream<Path> cases() throws IOException {
        Path root;
        try {
            root = Path.of(Objects.requireNonNull(RuleCasesTest.class.getResource("/diff/rules/catalog.json"))
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).sorted().toList().stream();
        }
    }
}
