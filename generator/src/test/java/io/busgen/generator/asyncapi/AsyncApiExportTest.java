package io.busgen.generator.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.busgen.generator.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every export is a valid AsyncAPI 3.0.0 document, by the official JSON Schema of @asyncapi/specs 6.11.1. */
class AsyncApiExportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema ASYNCAPI = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaLocation.of("classpath:asyncapi/spec/3.0.0.json"));

    static Stream<AsyncApiCatalogues.Named> catalogues() {
        return AsyncApiCatalogues.all().stream();
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void exportIsValidAsyncApi300(AsyncApiCatalogues.Named catalogue) throws Exception {
        AsyncApiExport.Result result = AsyncApiExport.export(catalogue.root(), catalogue.name());
        assertThat(result.problems()).isEmpty();
        JsonValue document = result.document();
        String json = DocumentFormat.JSON.write(document);
        List<Error> errors = ASYNCAPI.validate(MAPPER.readTree(json));
        assertThat(errors).as(json).isEmpty();
        // the official parser check (docs/asyncapi.md) reads these when Node.js is at hand
        Path out = Path.of("target", "asyncapi-exports");
        Files.createDirectories(out);
        Files.writeString(out.resolve(catalogue.name() + ".yaml"), DocumentFormat.YAML.write(document),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve(catalogue.name() + ".json"), json, StandardCharsets.UTF_8);
    }
}
