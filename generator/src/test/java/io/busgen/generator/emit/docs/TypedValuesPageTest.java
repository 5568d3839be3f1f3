package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.CatalogLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the catalog page shows the typed-values test catalogue: open enums. */
class TypedValuesPageTest {

    private static String page;

    @BeforeAll
    static void render() throws Exception {
        Path root = Path.of(TypedValuesPageTest.class.getResource("/catalogs/typed-values").toURI());
        page = DocsEmitter.render(CatalogLoader.load(root, "typed-values").orThrow(), DocsStyle.CATALOG);
    }

    @Test
    void anOpenEnumFieldListsItsKnownValuesAndSaysAnyOtherStringIsTaken() {
        assertThat(page).contains("| `method` | [PaymentMethod](#paymentmethod) (one of `\"card\"`,"
                + " `\"bank-transfer\"`, `\"unknown\"`, or any other string) | yes |");
        assertThat(page).contains("| `channel` | [ShopOrderPaid.Channel](#shoporderpaidchannel) (one of `\"web\"`,"
                + " `\"app\"`, or any other string) | no | `\"web\"` |  | `maxLength: 20` |");
    }

    @Test
    void anOpenEnumsSectionSaysItIsOpenAndDescribesEachKnownValue() {
        assertThat(page).contains("A string: any value, and these known ones (an open enum: a consumer takes values it"
                + " does not know):\n\n- `\"card\"` (Java `CARD`): A debit or credit card.\n"
                + "- `\"bank-transfer\"` (Java `BANK_TRANSFER`)\n"
                + "- `\"unknown\"` (Java `UNKNOWN_`): The shop could not tell.\n");
        assertThat(page).doesNotContain("`anyOf` (see the schema)");
    }
}
