package io.busgen.generator.diff;

import io.busgen.generator.source.SourceLocation;

/**
 * The terminal form: per finding a compiler-style line, {@code file:line:column: level: entry #pointer: message
 * [RULE, producers: ..., consumers: ...]}, then its hint and acceptance indented; a summary line last.
 */
final class TextReport {

    private TextReport() {}

    static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.byLevel()) {
            out.append(where(finding)).append(": ").append(finding.level().label()).append(": ")
                    .append(finding.entry()).append(' ').append(fragment(finding.pointer())).append(": ")
                    .append(finding.message())
                    .append(" [").append(finding.rule().id()).append(", producers: ")
                    .append(finding.producers().label()).append(", consumers: ").append(finding.consumers().label())
                    .append("]\n");
            if (finding.hint() != null) {
                out.append("    hint: ").append(finding.hint()).append('\n');
            }
            report.acceptance(finding).ifPresent(a -> out.append("    accepted: ").append(a.reason()).append('\n'));
        }
        for (AcceptedFinding unused : report.unusedAcceptances()) {
            out.append(unused.location().position()).append(": note: accepted finding ").append(unused.key())
                    .append(" no longer occurs: remove it from the accept file\n");
        }
        out.append(report.summary()).append(" from ").append(report.base()).append(" to ").append(report.head())
                .append('\n');
        return out.toString();
    }

    /** {@code file:line:column}, marked {@code (base)} when it is in the old version. */
    static String where(Finding finding) {
        SourceLocation location = finding.location();
        return location.position() + (finding.side() == Side.BASE ? " (base)" : "");
    }

    static String fragment(String pointer) {
        return "#" + pointer;
    }
}
