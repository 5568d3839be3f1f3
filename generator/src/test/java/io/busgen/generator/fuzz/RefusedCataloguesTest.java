package io.busgen.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.source.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogues of {@code src/test/resources/refused/}, one per defect the fuzzer found in how lint refuses: lint
 * must refuse each, and every problem must be one located line, as for any catalogue the fuzzer makes.
 */
class RefusedCataloguesTest {

    static Stream<String> folders() throws Exception {
        try (Stream<Path> folders = Files.list(Path.of(RefusedCataloguesTest.class.getResource("/refused").toURI()))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void lintRefusesWithLocatedOneLineProblems(String name) throws Exception {
        LoadResult result = CatalogLoader.load(Path.of(RefusedCataloguesTest.class.getResource("/refused/" + name)
                .toURI()), name);
        assertThat(result.ok()).as("lint refuses %s", name).isFalse();
        List<FuzzPipeline.Failure> failures = new ArrayList<>();
        for (Problem problem : result.problems()) {
            FuzzPipeline.checkLocated(problem, failures);
        }
        assertThat(failures).isEmpty();
    }
}
