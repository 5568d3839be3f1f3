package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.model.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages committed under {@code docs/} are what the emitter renders now from the bundled catalogue. Run with
 * {@code -Dbusgen.docs.update=true} to write them instead.
 */
class CommittedPagesTest {

    private static final String UPDATE = "busgen.docs.update";

    @ParameterizedTest(name = "docs/{0} ({1} style)")
    @CsvSource({"message-bus-events.md, INFRAHUB", "catalog.md, CATALOG"})
    void theCommittedPageIsCurrent(String name, DocsStyle style) throws IOException {
        Catalog catalog = DocsTestSupport.infrahub();
        String rendered = DocsEmitter.render(catalog, style);
        Path committed = Path.of("..", "docs", name);
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(committed, rendered, StandardCharsets.UTF_8);
            return;
        }
        String regenerate = "docs/" + name + " is not what the " + style.cliName() + " style renders from the bundled"
                + " catalogue now; regenerate it with: ./mvnw -B -o install -DskipTests -pl runtime,schemas,generator"
                + " && ./mvnw -B -o test -pl generator -Dtest=CommittedPagesTest -D" + UPDATE + "=true";
        assertThat(Files.isRegularFile(committed)).as(regenerate).isTrue();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(regenerate).isEqualTo(rendered);
    }
}
