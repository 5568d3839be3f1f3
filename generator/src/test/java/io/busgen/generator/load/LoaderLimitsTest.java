package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.source.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's resource limits, for the inputs too large to keep as broken catalogues: each is one located problem,
 * reached before the input costs more than the limit allows.
 */
class LoaderLimitsTest {

    private static Path valid(Path dir) throws Exception {
        CatalogProblemsTest.copy(CatalogProblemsTest.brokenRoot().resolve("valid/catalog"), dir);
        return dir;
    }

    private static String[] problems(Path catalogue) {
        return CatalogLoader.load(catalogue, "shop").problems().stream().map(Problem::format)
                .toArray(String[]::new);
    }

    @Test
    void aFileLargerThanOneMebibyteIsNotRead(@TempDir Path dir) throws Exception {
        Path catalogue = valid(dir);
        Files.writeString(catalogue.resolve("defs/big.json"), "{\"description\":\"" + "x".repeat(1 << 20) + "\"}");
        assertThat(problems(catalogue)).containsExactly("shop/defs/big.json:1:1: the file has 1048594 bytes, more"
                + " than the 1048576 busgen reads in one file: split it into files under defs/");
    }

    @Test
    void aFileOfMoreThanAHundredThousandValuesIsNotReadFurther(@TempDir Path dir) throws Exception {
        Path catalogue = valid(dir);
        StringBuilder examples = new StringBuilder("{\"examples\":[");
        for (int i = 0; i < 11; i++) {
            examples.append(i == 0 ? "" : ",").append("[").append("0,".repeat(9_999)).append("0]");
        }
        Files.writeString(catalogue.resolve("defs/many.json"), examples.append("]}").toString());
        assertThat(problems(catalogue)).singleElement().asString()
                .startsWith("shop/defs/many.json:1:")
                .endsWith(": the file holds more than " + LocatedJsonReader.MAX_VALUES + " JSON values, the most"
                        + " busgen reads in one file: split it into files under defs/");
    }

    @Test
    void longKeysNestedDeepAreRefusedBeforeTheirPointersFillMemory(@TempDir Path dir) throws Exception {
        // 40 levels of 900-character keys: every value below them needs a 36,000-character pointer.
        Path catalogue = valid(dir);
        String key = "k".repeat(900);
        String open = ("{\"" + key + "\":").repeat(40);
        String leaves = "[" + "0,".repeat(999) + "0]";
        Files.writeString(catalogue.resolve("defs/deep.json"), "{\"examples\":[" + open + leaves
                + "}".repeat(40) + "]}");
        assertThat(problems(catalogue)).singleElement().asString()
                .startsWith("shop/defs/deep.json:1:")
                .contains("characters of JSON pointers to locate them): shorten the keys or split the file");
    }

    @Test
    void aCatalogueOfMoreThanFiveThousandFilesIsNotReadFurther(@TempDir Path dir) throws Exception {
        Path catalogue = valid(dir);
        for (int i = 0; i < CatalogLoader.MAX_FILES; i++) {
            Files.writeString(catalogue.resolve(String.format("defs/d%04d.json", i)), "{}");
        }
        assertThat(problems(catalogue)).containsExactly("shop:1:1: the catalogue has 5003 files in messages/,"
                + " responses/ and defs/, more than the 5000 busgen reads: split it into several catalogues");
    }
}
