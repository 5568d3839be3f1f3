package io.busgen.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.NamedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generation fuzzer's catalogues use the shapes it is meant to cover, so that its runs check them. */
class CatalogueGeneratorShapesTest {

    /**
     * Open enums, shared and nested, and discriminated unions, some nullable, in catalogues lint accepts (the default
     * seeds of {@link GeneratorFuzzTest}).
     */
    @Test
    void theDefaultSeedsMakeOpenEnumsAndUnionsThatLintAccepts(@TempDir Path work) throws Exception {
        CatalogueGenerator generator = new CatalogueGenerator();
        int open = 0;
        int shared = 0;
        int unions = 0;
        int nullableUnions = 0;
        for (long seed = 20261201; seed < 20261201 + 100; seed++) {
            FuzzCatalogue catalogue = generator.generate(seed);
            Path folder = work.resolve(Long.toString(seed));
            for (Map.Entry<String, Object> file : catalogue.files().entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, Json.pretty(file.getValue()));
            }
            LoadResult result = CatalogLoader.load(folder, "fuzz");
            if (result.catalogIfOk().isEmpty()) {
                continue;
            }
            for (NamedType type : result.catalogIfOk().get().types()) {
                if (type instanceof io.busgen.generator.model.ObjectType object) {
                    nullableUnions += (int) object.fields().stream().filter(f -> f.nullable()
                            && f.type().shape() instanceof io.busgen.generator.model.Shape.Named named
                            && named.form() == NamedType.Form.UNION).count();
                }
                unions += type instanceof io.busgen.generator.model.UnionType ? 1 : 0;
                if (type instanceof EnumType enumType && enumType.open()) {
                    open++;
                    shared += type.origin() == NamedType.Origin.SHARED ? 1 : 0;
                }
            }
        }
        assertThat(open).as("open enums in 100 catalogues").isGreaterThanOrEqualTo(10);
        assertThat(unions).as("discriminated unions in 100 catalogues").isGreaterThanOrEqualTo(5); // 8 since the JDK-type shapes joined the random stream
        assertThat(nullableUnions).as("nullable ones").isPositive();
        assertThat(shared).as("shared ones").isPositive().isLessThan(open);
    }
    /**
     * The default seeds make fields held as JDK types ({@code x-java-type}, {@code javaTypes}) in catalogues lint
     * accepts, every JDK type among them, so that the fuzzer's run checks them.
     */
    @Test
    void theDefaultSeedsMakeFieldsHeldAsJdkTypesThatLintAccepts(@TempDir Path work) throws Exception {
        CatalogueGenerator generator = new CatalogueGenerator();
        java.util.EnumMap<io.busgen.generator.model.ScalarJavaType, Integer> held =
                new java.util.EnumMap<>(io.busgen.generator.model.ScalarJavaType.class);
        int catalogueWide = 0;
        for (long seed = 20261201; seed < 20261201 + 100; seed++) {
            FuzzCatalogue catalogue = generator.generate(seed);
            Path folder = work.resolve(Long.toString(seed));
            for (Map.Entry<String, Object> file : catalogue.files().entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, Json.pretty(file.getValue()));
            }
            LoadResult result = CatalogLoader.load(folder, "fuzz");
            if (result.catalogIfOk().isEmpty()) {
                continue;
            }
            catalogueWide += result.catalogIfOk().get().info().javaTypes().isEmpty() ? 0 : 1;
            for (NamedType type : result.catalogIfOk().get().types()) {
                if (type instanceof io.busgen.generator.model.ObjectType object) {
                    for (io.busgen.generator.model.Field field : object.fields()) {
                        if (field.type().shape() instanceof io.busgen.generator.model.Shape.Scalar scalar
                                && scalar.javaType() != null) {
                            held.merge(scalar.javaType(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        assertThat(held.keySet()).as("JDK types of fields in 100 catalogues: " + held)
                .containsExactlyInAnyOrder(io.busgen.generator.model.ScalarJavaType.values());
        assertThat(catalogueWide).as("catalogues with javaTypes").isPositive();
    }
}
