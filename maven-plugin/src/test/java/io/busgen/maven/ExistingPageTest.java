package io.busgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.docs.DocsEmitter;
import io.busgen.generator.emit.docs.DocsStyle;
import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * busgen:docs replaces a file only with a page of the catalogue the file documents: checked on the bundled
 * catalogue's real pages in both styles, and on pages of another catalogue and files busgen did not write.
 */
class ExistingPageTest {

    private static String infrahub;
    private static String infrahubUpstreamStyle;

    /** A page of another catalogue, as busgen writes it (the catalog style's opening). */
    private static final String COFFEE_PAGE = """
            # Coffee shop bus

            Orders and the drinks made for them.

            The catalogue `coffee` has 2 messages, 1 response and 3 shared types. Priorities run from 1 (lowest) to 5\
             (highest); a message without a priority of its own has 3. The generated Java is in the package\
             `com.example.coffee.bus`.
            """;

    @BeforeAll
    static void render() {
        Catalog catalog = CatalogLoader.load(BundledCatalogs.find(BundledCatalogs.DEFAULT).orElseThrow(),
                "bundled:infrahub").orThrow();
        infrahub = DocsEmitter.render(catalog, DocsStyle.CATALOG);
        infrahubUpstreamStyle = DocsEmitter.render(catalog, DocsStyle.INFRAHUB);
    }

    @Test
    void aStalePageOfTheSameCatalogueIsReplaced() {
        String stale = infrahub.replace("13 messages", "12 messages").replace("### `send.echo.request`\n", "");

        assertThat(stale).isNotEqualTo(infrahub);
        assertThat(ExistingPage.whyNotReplaceable(stale, infrahub)).isEmpty();
    }

    @Test
    void thePageInTheOtherStyleOfTheSameCatalogueIsReplaced() {
        assertThat(ExistingPage.whyNotReplaceable(infrahubUpstreamStyle, infrahub)).isEmpty();
        assertThat(ExistingPage.whyNotReplaceable(infrahub, infrahubUpstreamStyle)).isEmpty();
    }

    @Test
    void anotherCataloguesPageIsNotReplaced() {
        assertThat(ExistingPage.whyNotReplaceable(COFFEE_PAGE, infrahub))
                .hasValue("its title is \"Coffee shop bus\", the catalogue's is \"Message bus events\"");
        assertThat(ExistingPage.whyNotReplaceable(COFFEE_PAGE, infrahubUpstreamStyle))
                .hasValue("its title is \"Coffee shop bus\", the catalogue's is \"Message bus events\"");
        assertThat(ExistingPage.whyNotReplaceable(infrahub, COFFEE_PAGE))
                .hasValue("its title is \"Message bus events\", the catalogue's is \"Coffee shop bus\"");
    }

    @Test
    void aCatalogueWithTheSameTitleButAnotherNameIsAnotherCatalogue() {
        // A team that started from the Infrahub catalogue and kept its title: the names still tell them apart.
        String ours = COFFEE_PAGE.replace("# Coffee shop bus", "# Message bus events");

        assertThat(ExistingPage.whyNotReplaceable(ours, infrahub))
                .hasValue("it documents the catalogue `coffee`, not `infrahub`");
    }

    @Test
    void aFileBusgenDidNotWriteIsNotReplaced() {
        String notes = "Catalogue notes\n===============\n\nWe keep the schemas in src/main/busgen.\n";
        String otherTitle = "# Our message catalogue\n\nWritten by hand.\n";

        assertThat(ExistingPage.whyNotReplaceable(notes, infrahub))
                .hasValue("it has no \"# \" title, so busgen did not write it");
        assertThat(ExistingPage.whyNotReplaceable(otherTitle, infrahub))
                .hasValue("its title is \"Our message catalogue\", the catalogue's is \"Message bus events\"");
    }

    @Test
    void anEmptyFileIsReplaced() {
        assertThat(ExistingPage.whyNotReplaceable("", infrahub)).isEmpty();
        assertThat(ExistingPage.whyNotReplaceable("\n  \n", infrahub)).isEmpty();
    }
}
