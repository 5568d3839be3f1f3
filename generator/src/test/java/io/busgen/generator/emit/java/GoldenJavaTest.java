package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.load.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java generated for the kitchen-sink catalogue ({@code src/test/resources/catalogs/kitchen/}, every shape busgen
 * turns into Java), compared with golden files that a person reviews like code: {@code
 * src/test/resources/golden/kitchen/}. After an intended change to the emitters, regenerate them with {@code ./mvnw -pl
 * generator test -Dtest=GoldenJavaTest -Dbusgen.golden.update=true} and review the diff.
 */
class GoldenJavaTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "kitchen");

    @Test
    void theKitchenCatalogueGeneratesTheGoldenSources() throws Exception {
        Path catalogue = Path.of(GoldenJavaTest.class.getResource("/catalogs/kitchen").toURI());
        List<GeneratedFile> generated = JavaEmitter.emit(CatalogLoader.load(catalogue, "kitchen").orThrow(), null);
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
}
