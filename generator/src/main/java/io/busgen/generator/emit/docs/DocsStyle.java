package io.busgen.generator.emit.docs;

import io.busgen.generator.EnumNames;
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
        return EnumNames.lowerCase(this);
    }

    /** The style a command-line name stands for, if any. */
    public static Optional<DocsStyle> fromCliName(String name) {
        return EnumNames.fromLowerCase(DocsStyle.class, name);
    }
}
