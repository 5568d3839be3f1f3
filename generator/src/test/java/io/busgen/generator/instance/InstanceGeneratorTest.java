package io.busgen.generator.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.schema.StandaloneSchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The instance generator's values are valid (networknt says so), varied, and the same for the same seed. */
class InstanceGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources().allow(i -> "file".equals(i.getScheme()))));

    private static Path catalogue(String name) throws Exception {
        Path root = name.equals("infrahub") ? BundledCatalogs.find("infrahub").orElseThrow()
                : Path.of(InstanceGeneratorTest.class.getResource("/catalogs/" + name).toURI());
        if (root.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
            return root;
        }
        // Inside the schemas jar (a full build): networknt loads only files, so copy the catalogue out.
        Path copy = java.nio.file.Files.createTempDirectory("busgen-instances");
        try (Stream<Path> files = java.nio.file.Files.walk(root)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(root.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(file, target);
                }
            }
        }
        copy.toFile().deleteOnExit();
        return copy;
    }

    static Stream<Arguments> catalogues() {
        return Stream.of(Arguments.of("kitchen"), Arguments.of("infrahub"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogues")
    void everyValueForEveryTypeOfACatalogueIsValidForNetworknt(String name) throws Exception {
        Path root = catalogue(name);
        Catalog catalog = CatalogLoader.load(root, name).orThrow();
        InstanceGenerator values = new InstanceGenerator(catalog.schemas(), 7, InstanceGenerator.Strings.ADVERSARIAL);
        int checked = 0;
        for (NamedType type : catalog.types()) {
            String location = catalog.schemas().locationOf(type.schema());
            Schema schema = NETWORKNT.getSchema(SchemaLocation.of(root.resolve(location.substring(0,
                    location.indexOf('#'))).toUri() + location.substring(location.indexOf('#'))));
            for (int i = 0; i < 20; i++) {
                Optional<JsonValue> value = values.valid(type.schema());
                assertThat(value).as("a value for %s", location).isPresent();
                String json = JsonValues.toJson(value.get());
                assertThat(schema.validate(JSON.readTree(json))).as("%s: %s", location, json).isEmpty();
                assertThat(values.isValid(value.get(), type.schema())).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static final SchemaRegistry NETWORKNT_ASSERTING_FORMATS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources().allow(i -> "file".equals(i.getScheme()))));

    static Stream<Arguments> documentedCatalogues() {
        return Stream.of(Arguments.of("kitchen"), Arguments.of("infrahub"), Arguments.of("example-values"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedCatalogues")
    void readableValuesAreValidForNetworkntWithFormatsAssertedAndTheSameEveryRun(String name) throws Exception {
        Path root = catalogue(name);
        Catalog catalog = CatalogLoader.load(root, name).orThrow();
        InstanceGenerator values = new InstanceGenerator(catalog.schemas(), 7, InstanceGenerator.Strings.READABLE);
        InstanceGenerator again = new InstanceGenerator(catalog.schemas(), 7, InstanceGenerator.Strings.READABLE);
        for (NamedType type : catalog.types()) {
            String location = catalog.schemas().locationOf(type.schema());
            Schema schema = NETWORKNT_ASSERTING_FORMATS.getSchema(SchemaLocation.of(root.resolve(location.substring(0,
                    location.indexOf('#'))).toUri() + location.substring(location.indexOf('#'))));
            for (int i = 0; i < 5; i++) {
                Optional<JsonValue> value = values.valid(type.schema());
                assertThat(value).as("a value for %s", location).isPresent();
                String json = JsonValues.toJson(value.get());
                assertThat(schema.validate(JSON.readTree(json))).as("%s: %s", location, json).isEmpty();
                assertThat(JsonValues.toJson(again.valid(type.schema()).orElseThrow())).isEqualTo(json);
            }
        }
    }

    @Test
    void readableStringsComeFromThePatternTheFormatOrTheFirstValidExample() {
        assertThat(readable("{\"type\": \"string\", \"pattern\": \"^[A-Z]{2}-[0-9]{4}$\"}"))
                .isEqualTo("\"AB-1234\"");
        assertThat(readable("{\"type\": \"string\", \"format\": \"email\"}")).isEqualTo("\"user@example.com\"");
        assertThat(readable("{\"type\": \"string\", \"pattern\": \"^[a-z]+$\", \"examples\": [\"B\", \"tea\"]}"))
                .isEqualTo("\"tea\"");
        assertThat(readable("{\"enum\": [\"first\", \"second\"]}")).isEqualTo("\"first\"");
        assertThat(readable("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\"},"
                + " \"b\": {\"type\": \"boolean\"}}, \"required\": [\"b\"]}")).matches("\\{\"b\":(true|false)}");
        assertThat(readable("{\"type\": \"array\", \"items\": {\"const\": 1}}")).isEqualTo("[1]");
    }

    private static String readable(String schemaJson) {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("test.json", schemaJson);
        assertThat(loaded.problems()).isEmpty();
        InstanceGenerator values = new InstanceGenerator(loaded.index(), 1, InstanceGenerator.Strings.READABLE);
        return JsonValues.toJson(values.valid(loaded.root()).orElseThrow());
    }

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() throws Exception {
        Catalog catalog = CatalogLoader.load(catalogue("kitchen"), "kitchen").orThrow();
        io.busgen.generator.schema.Schema body = catalog.messages().get(0).body().schema();
        assertThat(values(catalog, body, 1)).isEqualTo(values(catalog, body, 1)).isNotEqualTo(values(catalog, body, 2));
    }

    private static List<String> values(Catalog catalog, io.busgen.generator.schema.Schema schema, long seed) {
        InstanceGenerator values = new InstanceGenerator(catalog.schemas(), seed, InstanceGenerator.Strings.PLAIN);
        List<String> json = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            json.add(JsonValues.toJson(values.valid(schema).orElseThrow()));
        }
        return json;
    }

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("{\"type\": \"integer\", \"multipleOf\": 0.5, \"allOf\": [{\"multipleOf\": 0.75}],"
                        + " \"exclusiveMinimum\": 3, \"maximum\": 100}"),
                Arguments.of("{\"type\": \"number\", \"exclusiveMinimum\": 0, \"exclusiveMaximum\": 0.001}"),
                Arguments.of("{\"type\": \"string\", \"pattern\": \"^(foo|bar)-[0-9]+$\", \"minLength\": 5,"
                        + " \"examples\": [\"foo-1\", \"bar-22\", \"no\"]}"),
                Arguments.of("{\"type\": \"string\", \"format\": \"uuid\", \"maxLength\": 36}"),
                Arguments.of("{\"type\": \"array\", \"items\": {\"enum\": [1, 2, 3]}, \"uniqueItems\": true,"
                        + " \"minItems\": 3}"),
                Arguments.of("{\"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}], \"items\": {\"type\":"
                        + " \"integer\"}, \"contains\": {\"minimum\": 5}, \"minContains\": 2, \"maxContains\": 2}"),
                Arguments.of("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}, \"c\": {},"
                        + " \"b\": {\"const\": 1}}, \"dependentRequired\": {\"a\": [\"b\"]},"
                        + " \"dependentSchemas\": {\"b\": {\"required\": [\"c\"], \"properties\": {\"c\":"
                        + " {\"type\": \"boolean\"}}}}, \"additionalProperties\": false,"
                        + " \"minProperties\": 1}"),
                Arguments.of("{\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^[a-z]+$\", \"examples\":"
                        + " [\"ab\", \"key\"]}, \"patternProperties\": {\"^a\": {\"type\": \"integer\"}},"
                        + " \"additionalProperties\": {\"type\": \"string\"}, \"minProperties\": 2}"),
                Arguments.of("{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\", \"minimum\": 0}],"
                        + " \"not\": {\"const\": 3}}"),
                Arguments.of("{\"type\": \"integer\", \"if\": {\"minimum\": 10}, \"then\": {\"multipleOf\": 7},"
                        + " \"else\": {\"maximum\": 5}}"),
                Arguments.of("{\"$defs\": {\"node\": {\"type\": \"object\", \"properties\": {\"next\": {\"$ref\":"
                        + " \"#/$defs/node\"}, \"value\": {\"type\": \"integer\"}}, \"required\": [\"value\"]}},"
                        + " \"$ref\": \"#/$defs/node\"}"),
                Arguments.of("{\"anyOf\": [{\"type\": \"null\"}, {\"type\": \"array\", \"items\": {\"type\":"
                        + " [\"string\", \"null\"]}, \"maxItems\": 2}]}"),
                Arguments.of("{\"type\": \"object\", \"allOf\": [{\"properties\": {\"a\": {\"type\": \"integer\"}},"
                        + " \"required\": [\"a\"]}], \"anyOf\": [{\"properties\": {\"b\": {\"type\": \"string\"}}},"
                        + " {\"required\": [\"c\"]}], \"unevaluatedProperties\": {\"type\": \"boolean\"}}"),
                Arguments.of("{\"type\": \"array\", \"allOf\": [{\"prefixItems\": [{\"type\": \"string\"}]}],"
                        + " \"contains\": {\"type\": \"integer\"}, \"unevaluatedItems\": false}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void findsValidValuesForEachKeyword(String schemaJson) {
        StandaloneSchema.Loaded loaded = StandaloneSchema.load("test.json", schemaJson);
        assertThat(loaded.problems()).isEmpty();
        Schema networknt = NETWORKNT.getSchema(schemaJson);
        InstanceGenerator values = new InstanceGenerator(loaded.index(), 3, InstanceGenerator.Strings.ADVERSARIAL);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String json = JsonValues.toJson(values.valid(loaded.root()).orElseThrow());
            assertThat(networknt.validate(JSON.readTree(json))).as(json).isEmpty();
            seen.add(json);
        }
        assertThat(seen.stream().distinct().count()).as("different values: %s", seen).isGreaterThan(1);
    }

    @Test
    void findsNothingWhereNothingIsValid() {
        for (String schema : List.of("false", "{\"type\": \"integer\", \"minimum\": 2, \"maximum\": 1}",
                "{\"type\": \"string\", \"pattern\": \"^a$\", \"examples\": [\"b\"]}",
                "{\"allOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}")) {
            StandaloneSchema.Loaded loaded = StandaloneSchema.load("test.json", schema);
            InstanceGenerator values = new InstanceGenerator(loaded.index(), 1, InstanceGenerator.Strings.PLAIN);
            assertThat(values.valid(loaded.root())).as(schema).isEmpty();
        }
    }

    @Test
    void multiplesOfDecimalsMeetOnTheirLeastCommonMultiple() {
        assertThat(InstanceGenerator.leastCommonMultiple(List.of(new BigDecimal("0.5"), new BigDecimal("0.75"))))
                .isEqualByComparingTo("1.5");
        assertThat(InstanceGenerator.leastCommonMultiple(List.of(BigDecimal.ONE, new BigDecimal("0.01"),
                new BigDecimal("4")))).isEqualByComparingTo("4");
    }
}
