package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which catalogue a command reads without {@code --catalog}: the folder it runs in when that holds a catalogue (a
 * newcomer running {@code busgen lint} inside theirs must not get the bundled catalogue's clean bill), else the bundled
 * one, which the README's first command generates.
 */
class CatalogOptionTest {

    @Test
    void withoutCatalogAFolderThatHoldsACatalogueIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("catalog.json"), "{}", StandardCharsets.UTF_8);

        CatalogSource source = new CatalogOption().resolve(dir);

        assertThat(source.bundled()).isFalse();
        assertThat(source.root()).isEqualTo(dir);
    }

    @Test
    void withoutCatalogAnyOtherFolderGetsTheBundledCatalogue(@TempDir Path dir) {
        CatalogSource source = new CatalogOption().resolve(dir);

        assertThat(source.bundled()).isTrue();
        assertThat(source.displayRoot()).isEqualTo("bundled:infrahub");
    }
}
