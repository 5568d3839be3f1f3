package io.busgen.generator.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.java.JavaEmitter;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents in the shapes found in the wild import into catalogues that lint clean and generate Java that compiles
 * with every warning an error; what they hold that a catalogue has no place for is reported, line by line.
 */
class AsyncApiImportFixturesTest {

    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = AsyncApiImportFixturesTest.class.getResourceAsStream("/asyncapi/import/" + name)) {
            return in.readAllBytes();
        }
    }

    static Catalog importAndLoad(String name, Path temp) throws IOException {
        AsyncApiImport.Result result = AsyncApiImport.read(name, fixture(name), AsyncApiImport.Options.DEFAULTS);
        assertThat(result.problems()).isEmpty();
        Path root = temp.resolve("catalogue");
        for (Map.Entry<String, String> file : result.files().entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        LoadResult loaded = CatalogLoader.load(root, "imported");
        assertThat(loaded.problems()).extracting(Problem::format).isEmpty();
        return loaded.orThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"streetlights-2.6.yaml", "inventory-2.6.json", "orders-3.0.yaml", "orders-3.0.json"})
    void importsLintCleanAndCompile(String name, @TempDir Path temp) throws IOException {
        Catalog catalog = importAndLoad(name, temp);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(JavaEmitter.emit(catalog, null),
                System.getProperty("java.class.path"), STRICT);
        assertThat(compiled.diagnostics()).isEmpty();
        assertThat(compiled.classes()).isNotEmpty();
    }

    @Test
    void requestReplyBecomesAMessageAndItsResponse(@TempDir Path temp) throws IOException {
        Catalog catalog = importAndLoad("orders-3.0.yaml", temp);
        assertThat(catalog.messages()).extracting(MessageType::routingKey)
                .containsExactly("orders.order.place", "orders.order.shipped");
        assertThat(catalog.responses()).extracting(MessageType::routingKey).containsExactly("orders.order.place");
        assertThat(catalog.message("orders.order.place").orElseThrow().priority()).isEqualTo(7);
        assertThat(catalog.info().maxPriority()).isEqualTo(7);
        assertThat(catalog.info().name()).isEqualTo("order_service");
    }

    @Test
    void draft07FormsBecome202012(@TempDir Path temp) throws IOException {
        AsyncApiImport.Result result = AsyncApiImport.read("s.yaml", fixture("streetlights-2.6.yaml"),
                AsyncApiImport.Options.DEFAULTS);
        String measured = result.files().get("messages/smartylighting.streetlights.measured.json");
        assertThat(measured).contains("\"dependentRequired\": {\n    \"lumens\": [\"sentAt\"]")
                .contains("\"$defs\": {\n    \"location\"").contains("\"$ref\": \"#/$defs/location\"")
                .contains("\"examples\": [800]").contains("\"x-priority\": 4");
        String dim = result.files().get("messages/smartylighting.streetlights.dim.json");
        assertThat(dim).contains("\"prefixItems\": [").contains("\"items\": false");
        assertThat(result.files()).containsKeys("defs/streetlightId.json", "defs/sentAt.json")
                .doesNotContainKeys("defs/lightMeasuredPayload.json", "defs/turnOnOffPayload.json");
        Catalog catalog = importAndLoad("streetlights-2.6.yaml", temp);
        assertThat(catalog.info().routingKeyPattern()).isEqualTo("^[a-z0-9_]+\\.[a-z0-9_]+\\.[a-z0-9_]+$");
    }

    @Test
    void draft04BoundsBecomeNumbers() throws IOException {
        AsyncApiImport.Result result = AsyncApiImport.read("i.json", fixture("inventory-2.6.json"),
                AsyncApiImport.Options.DEFAULTS);
        assertThat(result.files().get("messages/inventory.stock.audit.json"))
                .contains("\"count\": {\n      \"type\": \"integer\",\n      \"exclusiveMinimum\": 0\n    }");
    }

    @Test
    void whatHasNoPlaceIsReportedOneLineEach() throws IOException {
        AsyncApiImport.Result result = AsyncApiImport.read("streetlights.yaml", fixture("streetlights-2.6.yaml"),
                AsyncApiImport.Options.DEFAULTS);
        assertThat(result.notes()).extracting(Problem::format).contains(
                "streetlights.yaml:13:3: information: #/servers: the document's servers [production] have no place"
                        + " in a catalogue; not imported",
                "streetlights.yaml:38:11: information: #/channels/smartylighting.streetlights.measured/subscribe"
                        + "/bindings/mqtt: the mqtt operation binding has no place in a catalogue (busgen speaks"
                        + " AMQP); not imported",
                "streetlights.yaml:142:5: information: #/components/securitySchemes: components/securitySchemes"
                        + " have no place in a catalogue; not imported");
        assertThat(result.notes()).allSatisfy(n -> assertThat(n.format()).doesNotContain("\n"));
    }
}
