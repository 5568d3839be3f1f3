package io.busgen.generator.diff;

import io.busgen.generator.emit.docs.Markdown;

/**
 * The pull-request comment: one summary line, then a table of the findings, the worst first, each named by its key as
 * an accept file takes it.
 */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        out.append("**busgen diff** ").append(Markdown.code(report.base())).append(" → ")
                .append(Markdown.code(report.head())).append(": ").append(report.summary()).append('\n');
        if (report.findings().isEmpty()) {
            return out.toString();
        }
        out.append('\n')
                .append("| Level | Finding | Change | Producers | Consumers | Where |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Finding finding : report.byLevel()) {
            StringBuilder change = new StringBuilder(Markdown.cell(finding.message()));
            if (finding.hint() != null) {
                change.append("<br>_").append(Markdown.cell(finding.hint())).append("_");
            }
            report.acceptance(finding).ifPresent(a -> change.append("<br>**accepted:** ")
                    .append(Markdown.cell(a.reason())));
            String level = report.acceptance(finding).isPresent() ? finding.level().label() + " (accepted)"
                    : "**" + finding.level().label() + "**";
            out.append("| ").append(level)
                    .append(" | ").append(Markdown.cell(Markdown.code(finding.key().toString())))
                    .append(" | ").append(change)
                    .append(" | ").append(finding.producers().label())
                    .append(" | ").append(finding.consumers().label())
                    .append(" | ").append(Markdown.cell(Markdown.code(TextReport.where(finding, false))))
                    .append(" |\n");
        }
        return out.toString();
    }
}
