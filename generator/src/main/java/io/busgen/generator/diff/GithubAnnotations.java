package io.busgen.generator.diff;

import io.busgen.generator.source.SourceLocation;

/**
 * GitHub Actions workflow commands, one per finding: {@code ::error} for breaking, {@code ::warning} for warnings,
 * {@code ::notice} for information and for accepted findings. A finding located in the new version is annotated on
 * its file and line; one located in the old version (something removed) has no line in the pull request's files, so
 * its annotation names the old location in its text and shows in the run's summary.
 */
final class GithubAnnotations {

    private GithubAnnotations() {}

    static String render(DiffReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.byLevel()) {
            boolean accepted = report.acceptance(finding).isPresent();
            String command = accepted ? "notice" : switch (finding.level()) {
                case BREAKING -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            StringBuilder text = new StringBuilder();
            text.append(finding.key()).append(": ").append(finding.message())
                    .append(" (producers: ").append(finding.producers().label())
                    .append(", consumers: ").append(finding.consumers().label()).append(')');
            if (finding.side() == Side.BASE) {
                text.append("\nin the base version at ").append(finding.location().position());
            }
            if (finding.hint() != null) {
                text.append('\n').append(finding.hint());
            }
            report.acceptance(finding).ifPresent(a -> text.append("\naccepted: ").append(a.reason()));
            out.append("::").append(command).append(' ');
            SourceLocation location = finding.location();
            if (finding.side() == Side.HEAD) {
                out.append("file=").append(property(location.file()));
                if (location.line() > 0) {
                    out.append(",line=").append(location.line()).append(",col=").append(location.column());
                }
                out.append(',');
            }
            out.append("title=").append(property(finding.level().label() + (accepted ? " (accepted)" : "") + ": "
                    + finding.rule().id()));
            out.append("::").append(data(text.toString())).append('\n');
        }
        return out.toString();
    }

    /** A command's message, escaped as the runner reads it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property's value, escaped as the runner reads it. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
