package io.busgen.generator.emit.docs;

import io.busgen.generator.model.Catalog;

/**
 * Renders the Markdown page of a catalogue. Reads only the model (the {@link Catalog} and its schema layer); nothing
 * is particular to one message: every word of the page comes from the schemas and {@code catalog.json}.
 */
public final class DocsEmitter {

    private DocsEmitter() {}

    /** The Markdown page of a catalogue in a style; deterministic (same model, same bytes), ends with one newline. */
    public static String render(Catalog catalog, DocsStyle style) {
        String page = switch (style) {
            case CATALOG -> new CatalogPage(catalog).render();
            case INFRAHUB -> new InfrahubPage(catalog).render();
        };
        return Markdown.endWithOneNewline(page);
    }
}
