package io.busgen.generator.diff;

import io.busgen.runtime.internal.JsonStrings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accept file {@code busgen diff --write-accept} writes, so that accepting findings is copy and edit: the entries
 * of the accept file read for the diff that still match a finding, with their reasons, then one entry per finding
 * that fails the run (not accepted, at {@code --fail-on} or worse), in the report's reading order, with an empty
 * reason. The team writes each reason in; until then {@link AcceptFile} refuses the file, so that no finding is
 * accepted without one. Stale entries are left out.
 *
 * @param text the file's text, in the form {@link AcceptFile} reads, ending with a line break
 * @param entries how many entries it has
 * @param toFill how many of them have an empty reason
 */
public record AcceptFileDraft(String text, int entries, int toFill) {

    /** The draft for a diff's findings and the acceptances it was given. */
    public static AcceptFileDraft of(DiffReport report, FailOn failOn) {
        Map<FindingKey, String> reasons = new LinkedHashMap<>();
        List<AcceptedFinding> stale = report.unusedAcceptances();
        for (AcceptedFinding acceptance : report.accepted()) {
            if (!stale.contains(acceptance)) {
                reasons.putIfAbsent(acceptance.key(), acceptance.reason());
            }
        }
        int kept = reasons.size();
        List<Finding> failing = report.failing(failOn);
        for (Finding finding : report.byLevel()) {
            if (failing.contains(finding)) {
                reasons.putIfAbsent(finding.key(), "");
            }
        }
        StringBuilder out = new StringBuilder("{\n  \"accepted\": [");
        int i = 0;
        for (Map.Entry<FindingKey, String> entry : reasons.entrySet()) {
            out.append(i++ == 0 ? "\n" : ",\n")
                    .append("    {\n")
                    .append("      \"finding\": ").append(JsonStrings.quote(entry.getKey().toString())).append(",\n")
                    .append("      \"reason\": ").append(JsonStrings.quote(entry.getValue())).append('\n')
                    .append("    }");
        }
        out.append(reasons.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return new AcceptFileDraft(out.toString(), reasons.size(), reasons.size() - kept);
    }
}
