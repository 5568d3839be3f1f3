package io.busgen.cli;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code busgen list}: one row per message and response of a catalogue, by routing key (a message before its
 * response), in aligned columns under a header.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "List a catalogue's messages and responses: routing key, kind, priority, number of fields, and the"
                    + " routing key of the response a message has or of the request a response answers (- when"
                    + " none).",
            "With --format json, one JSON document: {\"catalog\": FOLDER, \"name\": NAME, \"entries\":"
                    + " [{\"routingKey\", \"kind\", \"priority\", \"fields\", \"pairedWith\"}, ...]}, pairedWith null when"
                    + " there is none."},
        footer = {"", "Exits " + ExitCodes.OK + " with the list, " + ExitCodes.ERROR
                + " on a usage error or a catalogue with problems."})
final class ListCommand implements Callable<Integer> {

    static final List<String> HEADER = List.of("routing key", "kind", "priority", "fields", "paired with");

    /** The columns whose values are numbers, aligned to the right. */
    private static final List<Integer> NUMERIC = List.of(2, 3);

    @Mixin
    private CatalogOption catalogOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CatalogSource source = catalogOption.resolve();
        Catalog catalog = source.loadSound(spec.commandLine().getErr());
        List<MessageType> entries = new ArrayList<>(catalog.messages());
        entries.addAll(catalog.responses());
        entries.sort(Comparator.comparing(MessageType::routingKey).thenComparing(MessageType::kind));
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.json()) {
            JsonOutput.print(out, json(source, catalog, entries));
            return ExitCodes.OK;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MessageType entry : entries) {
            rows.add(List.of(
                    entry.routingKey(),
                    entry.kind().wireName(),
                    Integer.toString(entry.priority()),
                    Integer.toString(entry.body().fields().size()),
                    catalog.pairOf(entry).map(MessageType::routingKey).orElse("-")));
        }
        for (String line : table(rows)) {
            out.println(line);
        }
        return ExitCodes.OK;
    }

    /**
     * {@code {"catalog": FOLDER, "name": NAME, "entries": [{"routingKey", "kind", "priority", "fields", "pairedWith"},
     * ...]}}, in the table's order; {@code pairedWith} is {@code null} when the entry has no pair.
     */
    private static ObjectNode json(CatalogSource source, Catalog catalog, List<MessageType> entries) {
        ObjectNode document = JsonOutput.object();
        document.put("catalog", source.displayRoot());
        document.put("name", catalog.info().name());
        ArrayNode array = document.putArray("entries");
        for (MessageType entry : entries) {
            ObjectNode node = array.addObject();
            node.put("routingKey", entry.routingKey());
            node.put("kind", entry.kind().wireName());
            node.put("priority", entry.priority());
            node.put("fields", entry.body().fields().size());
            catalog.pairOf(entry).ifPresentOrElse(pair -> node.put("pairedWith", pair.routingKey()),
                    () -> node.putNull("pairedWith"));
        }
        return document;
    }

    /** The rows as lines, columns two spaces apart, numbers right-aligned, no trailing spaces. */
    static List<String> table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String padding = " ".repeat(widths[c] - cell.codePointCount(0, cell.length()));
                if (c > 0) {
                    line.append("  ");
                }
                line.append(NUMERIC.contains(c) ? padding + cell : cell + padding);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
