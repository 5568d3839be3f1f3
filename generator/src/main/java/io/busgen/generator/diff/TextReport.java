package io.busgen.generator.diff;

import io.busgen.generator.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal form: per finding a compiler-style line, {@code file:line:column: level: KEY: message [producers: ...,
 * consumers: ...]} where {@code KEY} is the finding's key ({@code RULE message routing.key #/pointer}, as an accept
 * file takes it), then its hint and acceptance indented; a summary line last.
 */
public final class TextReport {

    private TextReport() {}

    static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.byLevel()) {
            lines(report, finding).forEach(line -> out.append(line).append('\n'));
        }
        unusedAcceptanceNotes(report).forEach(note -> out.append(note).append('\n'));
        out.append(report.summary()).append(" from ").append(report.base()).append(" to ").append(report.head())
                .append('\n');
        return out.toString();
    }

    /** A finding's line, then its hint and its acceptance (indented), as build logs show them too. */
    public static List<String> lines(DiffReport report, Finding finding) {
        List<String> lines = new ArrayList<>();
        lines.add(where(finding) + ": " + finding.level().label() + ": " + finding.key() + ": " + finding.message()
                + " [producers: " + finding.producers().label() + ", consumers: " + finding.consumers().label()
                + "]");
        if (finding.hint() != null) {
            lines.add("    hint: " + finding.hint());
        }
        report.acceptance(finding).ifPresent(a -> lines.add("    accepted: " + a.reason()));
        return lines;
    }

    /**
     * One warning line per stale accept-file entry (one that matches no finding of the diff), located in the accept
     * file: the change was reverted or reworded, and the entry would accept a later one with the same key unseen.
     */
    public static List<String> unusedAcceptanceNotes(DiffReport report) {
        return report.unusedAcceptances().stream()
                .map(unused -> unused.location().position() + ": warning: stale entry: no finding " + unused.key()
                        + " in this diff: remove the entry from the accept file")
                .toList();
    }

    /** {@code file:line:column}, marked {@code (base)} when it is in the old version. */
    static String where(Finding finding) {
        return where(finding, true);
    }

    /** {@code file:line[:column]}, marked {@code (base)} when it is in the old version. */
    static String where(Finding finding, boolean withColumn) {
        SourceLocation location = finding.location();
        String position = location.line() == 0 ? location.file()
                : location.file() + ":" + location.line() + (withColumn ? ":" + location.column() : "");
        return position + (finding.side() == Side.BASE ? " (base)" : "");
    }
}
