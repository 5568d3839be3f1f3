package io.busgen.cli;

import io.busgen.generator.source.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code --format json} prints: one JSON document on standard output, indented, ending with a line break. The
 * shapes are described in docs/cli.md; a key is always present, {@code null} when it has no value.
 */
final class JsonOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonOutput() {}

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Prints the document. */
    static void print(PrintWriter out, JsonNode document) {
        out.print(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        out.print('\n');
        out.flush();
    }

    /**
     * Adds the findings part shared by {@code lint} and {@code validate}: {@code "counts"} (by level) and
     * {@code "findings"} (each {@link LocatedFinding}).
     */
    static void putFindings(ObjectNode document, List<LocatedFinding> findings) {
        ObjectNode counts = document.putObject("counts");
        for (Problem.Level level : Problem.Level.values()) {
            counts.put(label(level), findings.stream().filter(f -> f.level() == level).count());
        }
        ArrayNode array = document.putArray("findings");
        for (LocatedFinding finding : findings) {
            finding.writeTo(array.addObject());
        }
    }

    /** {@code error}, {@code warning}, {@code information}. */
    static String label(Problem.Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
