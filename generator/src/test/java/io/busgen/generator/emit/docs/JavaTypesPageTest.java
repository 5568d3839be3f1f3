package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.CatalogLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the catalog page shows fields held as JDK types ({@code catalogs/java-types}): as the wire has them, a string
 * with its format and a number, never the Java type, which is no part of the contract a reader of the page needs.
 */
class JavaTypesPageTest {

    private static String page;

    @BeforeAll
    static void render() throws Exception {
        Path root = Path.of(JavaTypesPageTest.class.getResource("/catalogs/java-types").toURI());
        page = DocsEmitter.render(CatalogLoader.load(root, "java-types").orThrow(), DocsStyle.CATALOG);
    }

    @Test
    void mappedFieldsShowTheirWireTypeFormatAndDefault() {
        assertThat(page).contains("| `invoice_id` | string | yes | – | A UUID: catalog.json maps every uuid string. |"
                + " `format: uuid` |");
        assertThat(page).contains("| `due_on` | string \\| null | no | – |  | `format: date` |");
        assertThat(page).contains("| `total` | number | yes | – |  | `minimum: 0` |");
        assertThat(page).contains("| `quantity` | integer | no | `1` |  |  |");
        assertThat(page).contains("| `discount` | number | no | `0.00` |  |  |");
        assertThat(page).contains("| `refund_of` | string | no | `\"00000000-0000-4000-8000-00000000000A\"` |  |"
                + " `format: uuid` |");
        assertThat(page).contains("| `holidays` | array of (string \\| null) | no | – |  | items: `format: date` |");
        assertThat(page).contains("| `amounts` | map of string to number | no | – |  |  |");
        java.util.List<String> rows = page.lines().filter(line -> line.startsWith("| `")).toList();
        assertThat(rows).isNotEmpty().noneMatch(row -> row.contains("BigDecimal") || row.contains("BigInteger")
                || row.contains("LocalDate") || row.contains("x-java-type"));
    }
}
