package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.model.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Same model, same bytes; every style renders every catalogue. */
class DocsDeterminismTest {

    @ParameterizedTest
    @EnumSource(DocsStyle.class)
    void renderingTwiceOrFromASecondLoadGivesTheSamePage(DocsStyle style) {
        Catalog catalog = DocsTestSupport.infrahub();
        String first = DocsEmitter.render(catalog, style);
        assertThat(DocsEmitter.render(catalog, style)).isEqualTo(first);
        assertThat(DocsEmitter.render(DocsTestSupport.infrahub(), style)).isEqualTo(first);
        assertThat(first).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r", "\t");
        assertThat(first.lines()).noneMatch(line -> line.endsWith(" ") && !line.isBlank());
    }

    @ParameterizedTest
    @EnumSource(DocsStyle.class)
    void theKitchenSinkRendersInEveryStyle(DocsStyle style) throws Exception {
        Catalog kitchen = DocsTestSupport.kitchen();
        String page = DocsEmitter.render(kitchen, style);
        assertThat(page).isEqualTo(DocsEmitter.render(kitchen, style)).contains("kitchen.order.placed",
                "kitchen.pantry.checked");
    }

    @Test
    void theKitchenSinkShowsEveryForm() throws Exception {
        String page = DocsEmitter.render(DocsTestSupport.kitchen(), DocsStyle.CATALOG);
        assertThat(page.lines().toList()).contains(
                "| `class` | string | yes | – | A Java keyword as a property name. |  |",
                "| `ratio` | number \\| null | no | `0.5` |  |  |",
                "| `amount` | number | yes | – |  | `minimum: 0` |",
                "| `matrix` | array of array of integer | no | – |  |  |",
                "| `maybe_items` | array of (string \\| null) | no | – |  |  |",
                "| `anything` | any JSON | no | – | Any JSON value at all. |  |",
                "| `choice` | string | no | – |  | `const: \"fixed\"` |",
                "| `shelves` | integer | no | – |  | `maximum: 12` |",
                "| `children` | array of [Tree](#tree) | no | `[]` |  |  |",
                "| `previous` | [KitchenOrderPlaced.Address](#kitchenorderplacedaddress) \\| null | no | `null` |  |  |",
                "| `expiration` | integer \\| null | no | `null` |  | also in the envelope's `expiration` (in"
                        + " milliseconds, as a decimal string); never in the body |",
                "- `\"\"` (Java `EMPTY`): No colour chosen yet.");
        assertThat(page).contains("| `status` | [KitchenOrderPlaced.Status](#kitchenorderplacedstatus) (one of"
                + " `\"in-progress\"`, `\"done\"`, `\"1st\"`) | no | `\"in-progress\"` |");
        assertThat(DocsEmitter.render(DocsTestSupport.kitchen(), DocsStyle.INFRAHUB).lines().toList()).contains(
                "| **weird-name** | N/A | string | x*/y |",
                "| **ratio** | N/A | N/A | 0.5 |",
                "| **tags** | N/A | array | ['a', 'b'] |",
                "| **extra** | N/A | object | {'source': 'web', 'n': 1.5} |",
                "| **data.order_number** | N/A | integer | None |");
    }
}
