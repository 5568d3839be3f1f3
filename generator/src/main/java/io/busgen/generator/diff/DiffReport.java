package io.busgen.generator.diff;

import io.busgen.generator.source.MessageText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of a diff with what a team has accepted, as every report format and front end reads them.
 *
 * @param base how the old version is named (a folder, or {@code REF:PATH} for a git revision)
 * @param head how the new version is named
 * @param findings every finding, in the diff's stable order
 * @param accepted the entries of the accept file, if any
 */
public record DiffReport(String base, String head, List<Finding> findings, List<AcceptedFinding> accepted) {

    /** Worst level first, then the diff's order: what reviewers read first. */
    private static final Comparator<Finding> READING_ORDER =
            Comparator.comparing(Finding::level, Comparator.reverseOrder());

    public DiffReport {
        findings = List.copyOf(findings);
        accepted = List.copyOf(accepted);
    }

    /** The findings, the worst first. */
    public List<Finding> byLevel() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(READING_ORDER);
        return sorted;
    }

    /** The accept file's entry for a finding, when the team accepted it. */
    public Optional<AcceptedFinding> acceptance(Finding finding) {
        return accepted.stream().filter(a -> a.key().equals(finding.key())).findFirst();
    }

    /** Accept-file entries that match no finding: changes since reverted or reworded, to be removed from the file. */
    public List<AcceptedFinding> unusedAcceptances() {
        return accepted.stream()
                .filter(a -> findings.stream().noneMatch(f -> f.key().equals(a.key())))
                .toList();
    }

    /** The findings that are not accepted and reach {@code failOn}: what makes the run fail. */
    public List<Finding> failing(FailOn failOn) {
        return findings.stream().filter(f -> failOn.failsAt(f.level()) && acceptance(f).isEmpty()).toList();
    }

    /** How many findings there are of each level (accepted ones included), every level present. */
    public Map<Level, Integer> counts() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, 0);
        }
        findings.forEach(f -> counts.merge(f.level(), 1, Integer::sum));
        return counts;
    }

    public long acceptedCount() {
        return findings.stream().filter(f -> acceptance(f).isPresent()).count();
    }

    /** {@code 2 findings: 1 breaking, 0 warnings, 1 info (1 accepted)}, or {@code no differences}. */
    public String summary() {
        if (findings.isEmpty()) {
            return "no differences";
        }
        Map<Level, Integer> counts = counts();
        long acceptedCount = acceptedCount();
        return MessageText.count(findings.size(), "finding") + ": " + counts.get(Level.BREAKING) + " breaking, "
                + MessageText.count(counts.get(Level.WARNING), "warning") + ", " + counts.get(Level.INFO) + " info"
                + (acceptedCount > 0 ? " (" + acceptedCount + " accepted)" : "");
    }

}
