package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.TypeAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of the typed-values catalogue ({@code src/test/resources/catalogs/typed-values/}: open enums), compared
 * with golden files a person reviews ({@code src/test/resources/golden/typed-values/}; regenerate with {@code
 * -Dbusgen.golden.update=true}), and how it behaves on the wire and in a {@code switch}.
 */
class TypedValuesJavaTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "typed-values");
    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");
    private static List<GeneratedFile> generated;
    private static ClassLoader classes;

    @BeforeAll
    static void compile() throws Exception {
        generated = JavaEmitter.emit(GeneratedJavaTest.load("typed-values"), null);
        InMemoryCompiler.Result result = InMemoryCompiler.compile(generated, System.getProperty("java.class.path"),
                STRICT);
        assertThat(result.diagnostics()).isEmpty();
        classes = result.classLoader(TypedValuesJavaTest.class.getClassLoader());
    }

    @Test
    void generatesTheGoldenSources() throws Exception {
        if (Boolean.getBoolean("busgen.golden.update")) {
            if (Files.exists(GOLDEN)) {
                try (Stream<Path> old = Files.walk(GOLDEN)) {
                    old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                }
            }
            GeneratedFiles.write(GOLDEN, generated);
        }
        List<String> goldenPaths;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            goldenPaths = files.filter(Files::isRegularFile)
                    .map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(generated).extracting(GeneratedFile::path).containsExactlyElementsOf(goldenPaths);
        for (GeneratedFile file : generated) {
            assertThat(file.content()).as(file.path()).isEqualTo(Files.readString(GOLDEN.resolve(file.path())));
        }
    }

    @Test
    void generatedJavadocIsDoclintClean(@TempDir Path dir) throws Exception {
        javax.tools.DocumentationTool javadoc = javax.tools.ToolProvider.getSystemDocumentationTool();
        assumeTrue(javadoc != null, "no javadoc tool in this runtime: skipped");
        List<String> arguments = new ArrayList<>(List.of("-Xdoclint:all", "-Werror", "-Xmaxwarns", "10000",
                "-quiet", "-d", dir.resolve("api").toString(), "-classpath", System.getProperty("java.class.path")));
        for (GeneratedFile file : generated) {
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

    @SuppressWarnings("unchecked")
    private static TypeAdapter<Object> adapter(String simpleName) throws ReflectiveOperationException {
        Class<?> type = Class.forName("com.example.typed." + simpleName, true, classes);
        return (TypeAdapter<Object>) type.getField("ADAPTER").get(null);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }

    @Test
    void anOpenEnumKeepsAValueItDoesNotKnowAndWritesItBackByteForByte() throws Exception {
        TypeAdapter<Object> paid = adapter("ShopOrderPaid");
        String body = "{\"method\":\"crypto\\u00e9\",\"previous_method\":\"iou\",\"channel\":\"kiosk\","
                + "\"fallback_methods\":[\"card\",\"voucher\"],\"region\":\"eu\"}";
        Object order = paid.fromJson(body);
        Object method = call(order, "method");
        assertThat(call(method, "wireValue")).isEqualTo("crypto\u00e9");
        assertThat(call(method, "known")).hasToString("UNKNOWN");
        assertThat(call(method, "isKnown")).isEqualTo(false);
        List<?> fallbacks = (List<?>) call(order, "fallbackMethods");
        assertThat(call(fallbacks.get(0), "known")).hasToString("CARD");
        assertThat(fallbacks.get(0)).isSameAs(
                Class.forName("com.example.typed.PaymentMethod", true, classes).getField("CARD").get(null));
        assertThat(paid.toJson(order)).isEqualTo("{\"method\":\"crypto\u00e9\",\"previous_method\":\"iou\","
                + "\"channel\":\"kiosk\",\"fallback_methods\":[\"card\",\"voucher\"],\"region\":\"eu\"}");
        assertThat(paid.fromJson(paid.toJson(order))).isEqualTo(order);
    }

    @Test
    void aValueTheSchemaListsIsItsConstantAndTheWireValueUnknownToTheSchemaIsNamedUnknownUnderscore()
            throws Exception {
        Class<?> type = Class.forName("com.example.typed.PaymentMethod", true, classes);
        Object unknown = type.getMethod("of", String.class).invoke(null, "unknown");
        assertThat(unknown).isSameAs(type.getField("UNKNOWN_").get(null));
        assertThat(call(unknown, "isKnown")).isEqualTo(true);
        Object other = type.getMethod("of", String.class).invoke(null, "cheque");
        assertThat(other).isEqualTo(type.getMethod("of", String.class).invoke(null, "cheque"))
                .hasSameHashCodeAs(type.getMethod("of", String.class).invoke(null, "cheque"))
                .isNotEqualTo(unknown).hasToString("cheque");
    }

    @Test
    void defaultsMayBeKnownValuesOrNot() throws Exception {
        Object order = adapter("ShopOrderPaid").fromJson("{\"method\":\"card\"}");
        assertThat(call(call(order, "channel"), "known")).hasToString("WEB");
        assertThat(call(call(order, "region"), "wireValue")).isEqualTo("mars");
        assertThat(call(call(order, "region"), "isKnown")).isEqualTo(false);
    }

    @Test
    void anOpenEnumTakesAnyStringButNothingElse() throws Exception {
        TypeAdapter<Object> paid = adapter("ShopOrderPaid");
        DecodeException number = catchThrowableOfType(DecodeException.class,
                () -> paid.fromJson("{\"method\":\"card\",\"fallback_methods\":[\"card\",7]}"));
        assertThat(number.reason()).isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(number.pointer()).isEqualTo("/fallback_methods/1");
        assertThat(number.getMessage()).isEqualTo("must be a string, not an integer");
        DecodeException missingNull = catchThrowableOfType(DecodeException.class,
                () -> paid.fromJson("{\"method\":null}"));
        assertThat(missingNull.pointer()).isEqualTo("/method");
        assertThat(((io.busgen.runtime.Validator) Class.forName("com.example.typed.ShopOrderPaid", true, classes)
                .getField("VALIDATOR").get(null)).validate(("{\"method\":\"anything at all\",\"channel\":"
                        + "\"a string longer than twenty\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .extracting(Object::toString).singleElement().asString().contains("/channel");
    }

    /** A switch expression over {@code known()} does not compile until it handles {@code UNKNOWN}. */
    @Test
    void aSwitchExpressionMustHandleTheUnknownValue() throws Exception {
        String without = """
                package com.example.user;
                import com.example.typed.PaymentMethod;
                final class Label {
                    static String of(PaymentMethod method) {
                        return switch (method.known()) {
                            case CARD -> "card";
                            case BANK_TRANSFER -> "bank";
                            case UNKNOWN_ -> "unknown to the shop";
                        };
                    }
                }
                """;
        List<GeneratedFile> incomplete = new ArrayList<>(generated);
        incomplete.add(new GeneratedFile("com/example/user/Label.java", without));
        InMemoryCompiler.Result failed = InMemoryCompiler.compile(incomplete, System.getProperty("java.class.path"),
                STRICT);
        assertThat(String.join("\n", failed.diagnostics())).contains("does not cover all possible input values");
        List<GeneratedFile> complete = new ArrayList<>(generated);
        complete.add(new GeneratedFile("com/example/user/Label.java", without.replace(
                "case UNKNOWN_ -> \"unknown to the shop\";",
                "case UNKNOWN_ -> \"unknown to the shop\";\n            case UNKNOWN -> method.wireValue();")));
        assertThat(InMemoryCompiler.compile(complete, System.getProperty("java.class.path"), STRICT).diagnostics())
                .isEmpty();
    }
}
