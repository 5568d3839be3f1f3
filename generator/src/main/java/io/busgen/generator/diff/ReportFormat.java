package io.busgen.generator.diff;

import io.busgen.generator.EnumNames;
import java.util.Optional;
import java.util.function.Function;

/** The forms a diff report takes: {@code --format} of {@code busgen diff}. */
public enum ReportFormat {
    /** For terminals and build logs: one {@code file:line:column: level: ...} line per finding, with its hint. */
    TEXT(TextReport::render),
    /** For a pull-request comment: one summary line, then a table. */
    MARKDOWN(MarkdownReport::render),
    /** For tools: every field of every finding, both sides included. */
    JSON(JsonReport::render),
    /** GitHub Actions workflow commands: one annotation per finding, on the changed line. */
    GITHUB(GithubAnnotations::render);

    private final Function<DiffReport, String> renderer;

    ReportFormat(Function<DiffReport, String> renderer) {
        this.renderer = renderer;
    }

    public String label() {
        return EnumNames.lowerCase(this);
    }

    public static Optional<ReportFormat> fromLabel(String label) {
        return EnumNames.fromLowerCase(ReportFormat.class, label);
    }

    /** The report's text, ending with a line break. */
    public String render(DiffReport report) {
        return renderer.apply(report);
    }
}
