package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example body on every catalogue's page validates against its entry's schema file for networknt, with
 * {@code format} asserted: the bodies are read out of the rendered Markdown, as a reader copies them, and the schema
 * is the file on disk, so neither side is the emitter's own idea of the schema.
 */
class ExampleBodiesValidTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources().allow(i -> "file".equals(i.getScheme()))));

    static Stream<String> catalogues() throws IOException, URISyntaxException {
        Path root = Path.of(ExampleBodiesValidTest.class.getResource("/catalogs").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            List<String> names = new ArrayList<>(folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString()).sorted().toList());
            names.add(0, "infrahub");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void everyExampleBodyOnThePageIsValidWithFormatsAsserted(String name, @TempDir Path copy) throws Exception {
        Path root = onDisk(name, copy);
        Catalog catalog = CatalogLoader.load(root, name).orThrow();
        String page = DocsEmitter.render(catalog, DocsStyle.CATALOG);

        Map<MessageType, String> examples = CatalogPageTest.examples(page, catalog);

        assertThat(examples.keySet()).as("an example body for every entry")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(catalog.messages().stream(),
                        catalog.responses().stream()).toList());
        List<String> failures = new ArrayList<>();
        examples.forEach((entry, body) -> {
            Schema schema = NETWORKNT.getSchema(SchemaLocation.of(root.resolve(entry.file()).toUri().toString()));
            List<Error> errors = schema.validate(JSON.readTree(body));
            if (!errors.isEmpty()) {
                failures.add(entry.kind().wireName() + " " + entry.routingKey() + ": " + errors + "\n" + body);
            }
        });
        assertThat(failures).isEmpty();
    }

    /** The catalogue as a folder networknt reads: the bundled one is copied out of the schemas jar in a full build. */
    private static Path onDisk(String name, Path copy) throws Exception {
        Path root = name.equals("infrahub") ? BundledCatalogs.find("infrahub").orElseThrow()
                : Path.of(ExampleBodiesValidTest.class.getResource("/catalogs/" + name).toURI());
        if (root.getFileSystem() == FileSystems.getDefault()) {
            return root;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(root.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
