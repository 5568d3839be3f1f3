package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.load.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java generated for the kitchen-sink catalogue ({@code src/test/resources/catalogs/kitchen/}, every shape busgen
 * turns into Java), the composed objects of {@code catalogs/composed/} ({@code allOf} of a shared base with own
 * fields, {@code unevaluatedProperties} and {@code unevaluatedItems}), the typed maps and collections of {@code
 * catalogs/collections/}, the discriminated unions of {@code catalogs/unions/} and the values held as JDK types of
 * {@code catalogs/java-types/}, compared with golden files that a person reviews like code: {@code
 * src/test/resources/golden/NAME/}. After an intended change to the emitters, regenerate them with {@code ./mvnw -pl
 * generator test -Dtest=GoldenJavaTest -Dbusgen.golden.update=true} and review the diff.
 */
class GoldenJavaTest {

    @ParameterizedTest
    @ValueSource(strings = {"kitchen", "composed", "collections", "unions", "java-types"})
    void theCatalogueGeneratesTheGoldenSources(String name) throws Exception {
        Path golden = Path.of("src", "test", "resources", "golden", name);
        Path catalogue = Path.of(GoldenJavaTest.class.getResource("/catalogs/" + name).toURI());
        List<GeneratedFile> generated = JavaEmitter.emit(CatalogLoader.load(catalogue, name).orThrow(), null);
        if (Boolean.getBoolean("busgen.golden.update")) {
            if (Files.exists(golden)) {
                try (Stream<Path> old = Files.walk(golden)) {
                    old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                }
            }
            GeneratedFiles.write(golden, generated);
        }
        List<String> goldenPaths;
        try (Stream<Path> files = Files.walk(golden)) {
            goldenPaths = files.filter(Files::isRegularFile)
                    .map(p -> golden.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(generated).extracting(GeneratedFile::path).containsExactlyElementsOf(goldenPaths);
        for (GeneratedFile file : generated) {
            assertThat(file.content()).as(file.path()).isEqualTo(Files.readString(golden.resolve(file.path())));
        }
    }
}
