package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.fuzz.FixedCatalogues;
import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.TypeAdapter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated code compiles without a warning, and behaves: defaults, wire order, errors with pointers. */
class GeneratedJavaTest {

    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");
    private static ClassLoader kitchen;

    static Catalog load(String name) throws URISyntaxException {
        Path root = name.equals("infrahub") ? BundledCatalogs.find("infrahub").orElseThrow()
                : Path.of(GeneratedJavaTest.class.getResource("/catalogs/" + name).toURI());
        return CatalogLoader.load(root, name).orThrow();
    }

    @BeforeAll
    static void compileTheKitchenSink() throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(JavaEmitter.emit(load("kitchen"), null),
                System.getProperty("java.class.path"), STRICT);
        assertThat(result.diagnostics()).isEmpty();
        kitchen = result.classLoader(GeneratedJavaTest.class.getClassLoader());
    }

    @Test
    void theBundledCatalogueCompilesWithoutWarnings() throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(JavaEmitter.emit(load("infrahub"), null),
                System.getProperty("java.class.path"), STRICT);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.classes()).containsKeys("io.busgen.infrahub.CheckGeneratorRun",
                "io.busgen.infrahub.GitFileGetResponse$Data", "io.busgen.infrahub.InfrahubCatalog");
    }

    @Test
    void generatedCodeCompilesWithoutWarningsOnTheNewestJdkToo(@TempDir Path dir) throws Exception {
        Optional<Path> javac = newestJavac();
        assumeTrue(javac.isPresent(), "no second JDK (a Temurin 25 under /usr/lib/jvm, or -Dbusgen.jdk25): skipped");
        List<String> command = new ArrayList<>(List.of(javac.get().toString(), "-Xlint:all", "-Werror",
                "--release", "17", "-d", dir.resolve("classes").toString(), "-classpath",
                System.getProperty("java.class.path")));
        for (String catalogue : List.of("infrahub", "kitchen")) {
            for (GeneratedFile file : JavaEmitter.emit(load(catalogue), null)) {
                Path source = dir.resolve("src").resolve(file.path());
                Files.createDirectories(source.getParent());
                Files.writeString(source, file.content());
                command.add(source.toString());
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).isEmpty();
        assertThat(process.exitValue()).isZero();
    }

    private static Optional<Path> newestJavac() throws IOException {
        String configured = System.getProperty("busgen.jdk25");
        if (configured != null) {
            return Optional.of(Path.of(configured, "bin", "javac"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(jvms)) {
            return entries.filter(p -> p.getFileName().toString().contains("25"))
                    .map(p -> p.resolve("bin/javac"))
                    .filter(Files::isExecutable)
                    .sorted()
                    .findFirst();
        }
    }

    /**
     * Every type generated code imports is in {@link io.busgen.generator.model.JavaNameTable#REFERENCED_TYPES}, which
     * the naming rules read: a type added to an emitter without it would let a catalogue name hide it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"infrahub", "kitchen", "generated-names", "numbers", "collections", "unions"})
    void everyImportedTypeIsInTheNameTable(String catalogue) throws Exception {
        java.util.Set<String> imports = new java.util.TreeSet<>();
        for (GeneratedFile file : JavaEmitter.emit(load(catalogue), null)) {
            file.content().lines().filter(line -> line.startsWith("import "))
                    .forEach(line -> imports.add(line.substring("import ".length(), line.length() - 1)));
        }
        assertThat(imports).isNotEmpty();
        assertThat(io.busgen.generator.model.JavaNameTable.REFERENCED_TYPES).containsAll(imports);
    }

    /**
     * Generated code reads as written by hand: no line longer than 120 characters or ending in a space, no {@code } ;}
     * after a switch expression, and no JSON parsed when a class loads (defaults and validator constants are built
     * with code). For the bundled catalogue and every catalogue of the test resources.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogueFoldersAndTheBundledOne")
    void generatedCodeKeepsToTheHouseStyle(String catalogue) throws Exception {
        for (GeneratedFile file : JavaEmitter.emit(load(catalogue), null)) {
            List<String> lines = file.content().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = file.path() + ":" + (i + 1) + ": " + line;
                assertThat(line.length()).as(where).isLessThanOrEqualTo(120);
                assertThat(line).as(where).doesNotEndWith(" ");
                assertThat(line).as(where).doesNotMatch(".*\\}\\s+;.*")
                        .doesNotContain("fromJson(", "parseObject(", "PlainJson.parse(", "JsonTree.parse(");
            }
        }
    }

    /**
     * What generated code shows its users keeps to the runtime's API: no public or protected signature of a public
     * generated type names a Jackson type or one of {@code io.busgen.runtime.internal}, which only the adapters and
     * validators use inside.
     */
    @ParameterizedTest
    @ValueSource(strings = {"infrahub", "kitchen", "unions"})
    void generatedPublicSignaturesNameNoJacksonOrInternalType(String catalogue) throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(JavaEmitter.emit(load(catalogue), null),
                System.getProperty("java.class.path"), STRICT);
        ClassLoader loader = result.classLoader(GeneratedJavaTest.class.getClassLoader());
        List<String> signatures = new ArrayList<>();
        for (String name : result.classes().keySet()) {
            Class<?> type = Class.forName(name, false, loader);
            if (!shown(type)) {
                continue;
            }
            signatures.add(name + " extends " + type.getGenericSuperclass() + " implements "
                    + java.util.Arrays.toString(type.getGenericInterfaces()));
            Stream.of(type.getDeclaredMethods(), type.getDeclaredFields(), type.getDeclaredConstructors())
                    .flatMap(Stream::of)
                    .filter(member -> shown(member.getModifiers()))
                    .forEach(member -> signatures.add(member instanceof java.lang.reflect.Method method
                            ? method.toGenericString() : member instanceof java.lang.reflect.Field field
                            ? field.toGenericString() : ((java.lang.reflect.Constructor<?>) member).toGenericString()));
        }
        assertThat(signatures).hasSizeGreaterThan(100)
                .filteredOn(signature -> signature.contains("tools.jackson.")
                        || signature.contains("io.busgen.runtime.internal."))
                .isEmpty();
    }

    private static boolean shown(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(int modifiers) {
        return java.lang.reflect.Modifier.isPublic(modifiers) || java.lang.reflect.Modifier.isProtected(modifiers);
    }

    /** Generated Javadoc passes {@code javadoc -Xdoclint:all}, so builds that fail on Javadoc warnings pass. */
    @ParameterizedTest
    @ValueSource(strings = {"infrahub", "kitchen", "generated-names", "numbers", "collections", "unions"})
    void generatedJavadocIsDoclintClean(String catalogue, @TempDir Path dir) throws Exception {
        javax.tools.DocumentationTool javadoc = javax.tools.ToolProvider.getSystemDocumentationTool();
        assumeTrue(javadoc != null, "no javadoc tool in this runtime: skipped");
        List<String> arguments = new ArrayList<>(List.of("-Xdoclint:all", "-Werror", "-Xmaxwarns", "10000",
                "-quiet", "-d", dir.resolve("api").toString(), "-classpath", System.getProperty("java.class.path")));
        for (GeneratedFile file : JavaEmitter.emit(load(catalogue), null)) {
            Path source = dir.resolve("src").resolve(file.path());
            Files.createDirectories(source.getParent());
            Files.writeString(source, file.content());
            arguments.add(source.toString());
        }
        java.io.ByteArrayOutputStream messages = new java.io.ByteArrayOutputStream();
        int exit = javadoc.run(null, messages, messages, arguments.toArray(String[]::new));
        assertThat(messages.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("warning", "error");
        assertThat(exit).isZero();
    }

    static Stream<String> catalogueFoldersAndTheBundledOne() throws Exception {
        return Stream.concat(Stream.of("infrahub"), catalogueFolders());
    }

    /** Every catalogue folder of the test resources: the kitchen sink, and one per defect the fuzzer found. */
    static Stream<String> catalogueFolders() throws Exception {
        try (Stream<Path> folders = Files.list(Path.of(GeneratedJavaTest.class.getResource("/catalogs").toURI()))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /**
     * Each catalogue of {@code src/test/resources/catalogs/} compiles with {@code -Xlint:all -Werror}, and its examples
     * (the {@code examples} of each entry's schema) and seeded instances decode, encode and decode again to an equal
     * record, with the generated validator, {@code decodeValidated} and networknt agreeing on them (the fuzzer's
     * checks, {@link FixedCatalogues}).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogueFolders")
    void everyCatalogueCompilesWithoutWarningsAndRoundTripsItsExamples(String name, @TempDir Path work)
            throws Exception {
        Path folder = Path.of(GeneratedJavaTest.class.getResource("/catalogs/" + name).toURI());
        assertThat(FixedCatalogues.check(folder, work)).isEmpty();
    }

    @Test
    void theSameCatalogueGivesTheSameBytesEveryTime() throws Exception {
        assertThat(JavaEmitter.emit(load("kitchen"), null)).isEqualTo(JavaEmitter.emit(load("kitchen"), null));
    }

    @SuppressWarnings("unchecked")
    private static TypeAdapter<Object> adapter(String simpleName) throws ReflectiveOperationException {
        Class<?> type = Class.forName("com.example.kitchen." + simpleName, true, kitchen);
        return (TypeAdapter<Object>) type.getField("ADAPTER").get(null);
    }

    private static String reencode(String json) throws ReflectiveOperationException {
        TypeAdapter<Object> adapter = adapter("KitchenOrderPlaced");
        return adapter.toJson(adapter.fromJson(json));
    }

    @Test
    void appliesDefaultsAndWritesFieldsInSchemaOrder() throws Exception {
        assertThat(reencode("{\"note\": null, \"flag\": true, \"amount\": 2, \"class\": \"c\"}")).isEqualTo(
                "{\"meta\":{\"request_id\":\"\"},\"class\":\"c\",\"weird-name\":\"x*/y\",\"amount\":2.0,"
                        + "\"ratio\":0.5,\"count\":1,\"flag\":true,\"tags\":[\"a\",\"b\"],\"status\":\"in-progress\","
                        + "\"extra\":{\"source\":\"web\",\"n\":1.5},\"note\":null}");
    }

    @Test
    void readsEveryForm() throws Exception {
        String body = "{\"class\":\"c\",\"amount\":0.25,\"flag\":false,\"note\":\"n\",\"maybe_flag\":true,"
                + "\"ratio\":null,\"matrix\":[[1,2],[3]],\"maybe_items\":[\"x\",null],\"status\":\"1st\","
                + "\"colour\":\"\",\"colours\":[\"2tone\",\"dark-green\"],\"lines\":[{\"quantity\":2,\"sku\":\"a\"}],"
                + "\"address\":{\"street\":\"Rue\"},\"previous\":{\"street\":\"Old\",\"city\":\"Lyon\"},"
                + "\"extra\":{},\"anything\":{\"a\":[1,2.5,null,1E2]},\"choice\":\"fixed\","
                + "\"tree\":{\"label\":\"root\",\"children\":[{\"label\":\"leaf\"}]},\"unknown\":[1,{\"x\":2}]}";
        assertThat(reencode(body)).isEqualTo("{\"meta\":{\"request_id\":\"\"},\"class\":\"c\",\"weird-name\":"
                + "\"x*/y\",\"amount\":0.25,\"ratio\":null,\"count\":1,\"flag\":false,\"maybe_flag\":true,\"tags\":[\"a\",\"b\"],"
                + "\"matrix\":[[1,2],[3]],\"maybe_items\":[\"x\",null],\"status\":\"1st\",\"colour\":\"\","
                + "\"colours\":[\"2tone\",\"dark-green\"],\"lines\":[{\"sku\":\"a\",\"quantity\":2}],"
                + "\"address\":{\"street\":\"Rue\",\"city\":\"Paris\"},\"previous\":{\"street\":\"Old\","
                + "\"city\":\"Lyon\"},\"extra\":{},\"anything\":{\"a\":[1,2.5,null,100.0]},\"choice\":\"fixed\","
                + "\"tree\":{\"label\":\"root\",\"children\":[{\"label\":\"leaf\",\"children\":[]}]},\"note\":\"n\"}");
    }

    @Test
    void namesTheMissingPropertyAndTheBadValue() throws Exception {
        TypeAdapter<Object> adapter = adapter("KitchenOrderPlaced");
        DecodeException missing = catchThrowableOfType(DecodeException.class,
                () -> adapter.fromJson("{\"class\":\"c\",\"amount\":1,\"flag\":true}"));
        assertThat(missing.reason()).isEqualTo(DecodeException.Reason.MISSING_PROPERTY);
        assertThat(missing.pointer()).isEqualTo("/note");

        DecodeException badEnum = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"class\":\"c\",\"amount\":1,\"flag\":true,\"note\":null,\"lines\":[{\"sku\":\"a\",\"quantity\":1},"
                        + "{\"sku\":\"b\",\"quantity\":\"2\"}]}"));
        assertThat(badEnum.reason()).isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(badEnum.pointer()).isEqualTo("/lines/1/quantity");
        assertThat(badEnum.getMessage()).isEqualTo("must be an integer, not a string");

        DecodeException nested = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"class\":\"c\",\"amount\":1,\"flag\":true,\"note\":null,\"tree\":{\"label\":\"r\","
                        + "\"children\":[{}]}}"));
        assertThat(nested.pointer()).isEqualTo("/tree/children/0/label");

        DecodeException colour = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"class\":\"c\",\"amount\":1,\"flag\":true,\"note\":null,\"colour\":\"pink\"}"));
        assertThat(colour.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE);
        assertThat(colour.getMessage()).isEqualTo("must be one of [\"red\",\"dark-green\",\"Blue\",\"2tone\",\"\"],"
                + " not \"pink\"");
    }

    /**
     * Defaults are built with code (builders, {@code List.of}, {@code PlainJson.object}), not parsed from JSON when the
     * class loads: each equals what decoding the default's JSON gives, on the record and on the wire.
     */
    @Test
    void defaultsBuiltWithCodeEqualWhatDecodingTheDefaultGives() throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(JavaEmitter.emit(load("object-defaults"), null),
                System.getProperty("java.class.path"), STRICT);
        assertThat(result.diagnostics()).isEmpty();
        ClassLoader loader = result.classLoader(GeneratedJavaTest.class.getClassLoader());
        Class<?> message = Class.forName("com.example.defaults.OrderItemPlaced", true, loader);
        Object builder = message.getMethod("builder").invoke(null);
        Object built = builder.getClass().getMethod("build").invoke(builder);
        assertThat(Files.readString(Path.of(GeneratedJavaTest.class.getResource(
                "/catalogs/object-defaults/messages/order.item.placed.json").toURI())))
                .as("the defaults this test decodes are the schema's")
                .contains("\"default\": { \"request_id\": \"r-1\", \"correlation_id\": null, \"priority\": 9,"
                        + " \"retries\": null }")
                .contains("\"default\": { \"city\": \"Lyon\", \"size\": \"large\", \"rating\": 2.5, \"tags\": [\"a\","
                        + " \"b\"], \"near\": { \"name\": \"port\", \"distance\": 7 } }")
                .contains("\"default\": { \"n\": 1, \"x\": 1.5, \"big\": 123456789012345678901234567890, \"zero\": -0.0,"
                        + " \"list\": [null, true, \"s\", { \"k\": [] }], \"none\": null }")
                .contains("\"default\": [1, { \"a\": \"b\" }]");
        assertDecodesTo(loader, "Meta", "{\"request_id\": \"r-1\", \"correlation_id\": null, \"priority\": 9,"
                + " \"retries\": null}", message.getMethod("meta").invoke(built));
        assertDecodesTo(loader, "Place", "{\"city\": \"Lyon\", \"size\": \"large\", \"rating\": 2.5, \"tags\":"
                + " [\"a\", \"b\"], \"near\": {\"name\": \"port\", \"distance\": 7}}",
                message.getMethod("place").invoke(built));
        assertThat(message.getMethod("extra").invoke(built)).isEqualTo(io.busgen.runtime.PlainJson.parseObject(
                "{\"n\": 1, \"x\": 1.5, \"big\": 123456789012345678901234567890, \"zero\": -0.0, \"list\":"
                        + " [null, true, \"s\", {\"k\": []}], \"none\": null}"));
        assertThat(message.getMethod("anything").invoke(built))
                .isEqualTo(io.busgen.runtime.PlainJson.parse("[1, {\"a\": \"b\"}]"));
    }

    @SuppressWarnings("unchecked")
    private static void assertDecodesTo(ClassLoader loader, String type, String json, Object built)
            throws ReflectiveOperationException {
        TypeAdapter<Object> adapter = (TypeAdapter<Object>) Class.forName("com.example.defaults." + type, true,
                loader).getField("ADAPTER").get(null);
        Object decoded = adapter.fromJson(json);
        assertThat(built).as(type).isEqualTo(decoded);
        assertThat(adapter.toJson(built)).as(type + " on the wire").isEqualTo(adapter.toJson(decoded));
    }

    @Test
    void theBuilderNamesAMissingRequiredField() throws Exception {
        Class<?> type = Class.forName("com.example.kitchen.KitchenOrderPlaced", true, kitchen);
        Object builder = type.getMethod("builder").invoke(null);
        builder.getClass().getMethod("class_", String.class).invoke(builder, "c");
        Throwable thrown = catchThrowableOfType(java.lang.reflect.InvocationTargetException.class,
                () -> builder.getClass().getMethod("build").invoke(builder)).getCause();
        assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("amount is required");
    }
}
