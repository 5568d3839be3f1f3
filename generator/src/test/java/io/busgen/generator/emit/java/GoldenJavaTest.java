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
 * The Java generated for a small catalogue, compared with golden files that a person reviews like code:
 * {@code src/test/resources/golden/shop/}. After an intended change to the emitter, regenerate them with
 * {@code ./mvnw -pl generator test -Dtest=GoldenJavaTest -Dbusgen.golden.update=true} and review the diff.
 */
class GoldenJavaTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "shop");

    @Test
    void theShopCatalogueGeneratesTheGoldenSources() throws Exception {
        Path catalogue = Path.of(GoldenJavaTest.class.getResource("/broken/valid/catalog").toURI());
        List<GeneratedFile> generated = JavaEmitter.emit(CatalogLoader.load(catalogue, "shop").orThrow(), null);
        if (Boolean.getBoolean("busgen.golden.update")) {
            try (Stream<Path> old = Files.walk(GOLDEN)) {
                old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
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
