package io.busgen.generator.diff;

import io.busgen.generator.source.SourceLocation;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form for tools: the versions compared, the counts, every finding (its key as an accept file takes it, its rule,
 * both sides, its location and its acceptance, in the diff's stable order) and the stale entries of the accept file.
 * The shape is documented in {@code docs/compatibility-rules.md}, "The JSON report".
 */
final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonReport() {}

    static String render(DiffReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("base", report.base());
        root.put("head", report.head());
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((level, n) -> counts.put(level.label(), n));
        counts.put("accepted", report.acceptedCount());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("finding", finding.key().toString());
            node.put("rule", finding.rule().id());
            node.put("level", finding.level().label());
            node.put("producers", finding.producers().label());
            node.put("consumers", finding.consumers().label());
            node.put("kind", finding.kind() == null ? "catalog" : finding.kind().wireName());
            node.put("routingKey", finding.routingKey());
            node.put("pointer", finding.pointer());
            node.put("message", finding.message());
            if (finding.hint() != null) {
                node.put("hint", finding.hint());
            }
            SourceLocation location = finding.location();
            ObjectNode where = node.putObject("location");
            where.put("side", finding.side().name().toLowerCase(Locale.ROOT));
            where.put("file", location.file());
            where.put("line", location.line());
            where.put("column", location.column());
            where.put("schemaPointer", location.pointer());
            report.acceptance(finding).ifPresent(a -> node.put("accepted", a.reason()));
        }
        ArrayNode stale = root.putArray("staleAcceptances");
        for (AcceptedFinding acceptance : report.unusedAcceptances()) {
            ObjectNode node = stale.addObject();
            node.put("finding", acceptance.key().toString());
            node.put("file", acceptance.location().file());
            node.put("line", acceptance.location().line());
            node.put("column", acceptance.location().column());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
