package io.busgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/compatibility-rules.md} documents every rule with the effects the code gives it, in the code's order. */
class CompatibilityRulesDocTest {

    /** The tests run in the generator module's folder. */
    private static final Path DOC = Path.of("../docs/compatibility-rules.md");

    private static final Pattern ROW =
            Pattern.compile("^\\| `([A-Z_]+)` \\| (\\w+) \\| (\\w+) \\| (\\w+) \\| (.+) \\|$", Pattern.MULTILINE);
    private static final Pattern SECTION = Pattern.compile("^### `([A-Z_]+)`$", Pattern.MULTILINE);

    @Test
    void theSummaryTableListsEveryRuleWithItsEffects() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher row = ROW.matcher(doc);
        StringBuilder documented = new StringBuilder();
        while (row.find()) {
            documented.append(row.group(1)).append(' ').append(row.group(2)).append(' ').append(row.group(3))
                    .append(' ').append(row.group(4)).append(" | ").append(row.group(5)).append('\n');
        }
        StringBuilder code = new StringBuilder();
        for (Rule rule : Rule.values()) {
            code.append(rule.id()).append(' ').append(rule.producers().label()).append(' ')
                    .append(rule.consumers().label()).append(' ').append(rule.level().label()).append(" | ")
                    .append(rule.summary()).append('\n');
        }
        assertThat(documented.toString()).isEqualTo(code.toString());
    }

    @Test
    void everyRuleHasASectionInTheCodesOrder() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher section = SECTION.matcher(doc);
        List<String> sections = section.results().map(m -> m.group(1)).toList();

        assertThat(sections).containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::id).toList());
    }
}
