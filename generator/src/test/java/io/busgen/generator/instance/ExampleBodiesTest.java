package io.busgen.generator.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.docs.DocsEmitter;
import io.busgen.generator.emit.docs.DocsStyle;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What example bodies hold: values made to meet patterns, formats and bounds, the first valid {@code examples}; and,
 * where no value can be made, no body, a page that says where, and a lint warning with the fix.
 */
class ExampleBodiesTest {

    private static Catalog exampleValues() throws Exception {
        Path root = Path.of(ExampleBodiesTest.class.getResource("/catalogs/example-values").toURI());
        return CatalogLoader.load(root, "example-values").orThrow();
    }

    private static String body(Catalog catalog, String routingKey) {
        ExampleBodies.Example example = new ExampleBodies(catalog).of(catalog.message(routingKey).orElseThrow());
        assertThat(example).isInstanceOf(ExampleBodies.Example.Body.class);
        return JsonValues.toJson(((ExampleBodies.Example.Body) example).value());
    }

    @Test
    void valuesAreMadeToMeetPatternsFormatsLengthsAndBounds() throws Exception {
        String body = body(exampleValues(), "order.coffee.placed");

        assertThat(body).contains("\"order_id\":\"AB-1234\"", "\"placed_at\":\"2024-01-01T00:00:00Z\"",
                "\"customer_email\":\"user@example.com\"", "\"size\":\"strin\"", "\"barista\":\"stringxxxx\"",
                "\"drink\":\"tea-123\"", "\"voucher\":\"ABCD-ABCD-ABCD\"", "\"quantity\":2", "\"price\":1",
                "\"discount\":-2", "\"counter\":\"counter 1\"", "\"note\":\"192.0.2.1\"");
    }

    @Test
    void thePropertysFirstValidExampleIsUsed() throws Exception {
        // "table": pattern ^[a-z]{3}$, examples ["TOO-LONG", "bar"].
        assertThat(body(exampleValues(), "order.coffee.placed")).contains("\"table\":\"bar\"");
    }

    @Test
    void theBodysFirstValidExampleIsTheBody() throws Exception {
        // The first example's date, 2024-02-30, is no date: it is skipped.
        assertThat(body(exampleValues(), "order.coffee.served"))
                .isEqualTo("{\"order_id\":\"CF-0042\",\"served_on\":\"2024-02-29\"}");
    }

    @Test
    void whereNoValueCanBeMadeLintWarnsWithTheFixAndThePageSaysWhere(@TempDir Path root) throws Exception {
        write(root, "");

        LoadResult result = CatalogLoader.load(root, "shop");

        assertThat(result.ok()).as("a warning, not an error").isTrue();
        assertThat(result.advice()).extracting(Problem::format).contains("shop/messages/shop.order.placed.json:8:13:"
                + " warning: #/properties/code: busgen finds no value that meets this schema, so the docs show no"
                + " example body for message shop.order.placed: add \"examples\" here with a valid value");
        String page = DocsEmitter.render(result.orThrow(), DocsStyle.CATALOG);
        assertThat(page).contains("No example body: busgen found no value that meets the schema at"
                + " `messages/shop.order.placed.json#/properties/code`; give it `examples`.\n")
                .doesNotContain("```json");
    }

    @Test
    void givenAnExampleTheWarningGoesAndTheBodyUsesIt(@TempDir Path root) throws Exception {
        write(root, ",\n      \"examples\": [\"no digit\", \"abcd1234\"]");

        LoadResult result = CatalogLoader.load(root, "shop");

        assertThat(result.advice()).extracting(Problem::format).noneMatch(line -> line.contains("warning"));
        assertThat(DocsEmitter.render(result.orThrow(), DocsStyle.CATALOG))
                .contains("```json\n{\n  \"code\": \"abcd1234\"\n}\n```");
    }

    /** A catalogue whose one field needs a digit by lookahead, which no sample is made for; {@code more} ends it. */
    private static void write(Path root, String more) throws Exception {
        Files.createDirectories(root.resolve("messages"));
        Files.writeString(root.resolve("catalog.json"), "{\"name\": \"shop\", \"title\": \"Shop\","
                + " \"javaPackage\": \"com.example.shop\"}");
        Files.writeString(root.resolve("messages/shop.order.placed.json"), """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "shop.order.placed",
                  "x-kind": "message",
                  "type": "object",
                  "required": ["code"],
                  "properties": {
                    "code": {
                      "type": "string",
                      "pattern": "^(?=.*[0-9])[a-z0-9]{8}$"%s
                    }
                  }
                }
                """.formatted(more));
    }
}
