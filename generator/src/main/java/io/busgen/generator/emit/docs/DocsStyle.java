package io.busgen.generator.emit.docs;

import java.util.Locale;
import java.util.Optional;

/** The styles of the Markdown page {@link DocsEmitter} renders. */
public enum DocsStyle {

    /**
     * The page a team reads on a code host: contents, per entry its routing key, kind, priority, request and response
     * links, a field table with real types and constraints and an example body; then the shared types.
     */
    CATALOG,

    /** Infrahub's published Docusaurus page ("Message bus events"), column for column. */
    INFRAHUB;

    /** The style's name on the command line: {@code catalog} or {@code infrahub}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style a command-line name stands for, if any. */
    public static Optional<DocsStyle> fromCliName(String name) {
        for (DocsStyle style : values()) {
            if (style.cliName().equals(name)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }
}
