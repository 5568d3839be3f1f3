package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.CatalogLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the catalog page shows the unions test catalogue: discriminated unions. */
class UnionsPageTest {

    private static String page;

    @BeforeAll
    static void render() throws Exception {
        Path root = Path.of(UnionsPageTest.class.getResource("/catalogs/unions").toURI());
        page = DocsEmitter.render(CatalogLoader.load(root, "unions").orThrow(), DocsStyle.CATALOG);
    }

    @Test
    void aUnionFieldListsEachRecordWithItsDiscriminatorValue() {
        assertThat(page).contains("| `payment` | [Payment](#payment) (one of [Card](#card) (`kind` = `\"card\"`),"
                + " [Payment.Bank](#paymentbank) (`kind` = `\"bank\"`), [Payment.GiftVoucher](#paymentgiftvoucher)"
                + " (`kind` = `\"gift-voucher\"`)) | yes |");
        assertThat(page).contains("| `refund_to` | [Instrument](#instrument) (one of [Card](#card) (`kind` ="
                + " `\"card\"`), [Instrument.Cash](#instrumentcash) (`kind` = `\"cash\"`)) \\| null | no |");
        assertThat(page).contains("| `figures` | map of string to [Figure](#figure) (one of");
    }

    @Test
    void aUnionsSectionListsItsAlternativesAndTheirRecordsFollow() {
        assertThat(page).contains("### Payment\n\nHow an order is paid.\n\nJava type: `com.example.unions.Payment`\n\n"
                + "One of these records, told apart by the `kind` member (a sealed interface):\n\n"
                + "- `\"card\"`: [Card](#card)\n- `\"bank\"`: [Payment.Bank](#paymentbank)\n"
                + "- `\"gift-voucher\"`: [Payment.GiftVoucher](#paymentgiftvoucher)\n\n#### Payment.Bank\n");
    }
}
