package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.UnionType;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which {@code oneOf}s become discriminated unions, and the one information line lint gives for each that does not:
 * it names the schema and the reason, and never stops a load.
 */
class DiscriminatedUnionsTest {

    @TempDir
    Path folder;

    private LoadResult load(String payment) throws IOException {
        Files.writeString(folder.resolve("catalog.json"), "{\"name\": \"shop\", \"title\": \"Shop\", \"defaultPriority\": 3,"
                + " \"maxPriority\": 5, \"javaPackage\": \"com.example.shop\"}", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("messages"));
        Files.writeString(folder.resolve("messages/shop.order.paid.json"), """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "x-routing-key": "shop.order.paid",
                  "x-kind": "message",
                  "type": "object",
                  "properties": {
                    "payment": %s
                  }
                }
                """.formatted(payment), StandardCharsets.UTF_8);
        return CatalogLoader.load(folder, "shop");
    }

    private static String alternative(String discriminator, String value) {
        return "{\"type\": \"object\", \"properties\": {\"" + discriminator + "\": {\"const\": \"" + value + "\"},"
                + " \"n\": {\"type\": \"integer\"}}, \"required\": [\"" + discriminator + "\"]}";
    }

    @Test
    void aOneOfOfObjectsThatFixOneRequiredPropertyIsAUnion() throws IOException {
        LoadResult result = load("{\"oneOf\": [" + alternative("kind", "a") + ", " + alternative("kind", "b") + "]}");
        assertThat(result.problems()).isEmpty();
        assertThat(result.advice()).isEmpty();
        Catalog catalog = result.orThrow();
        Shape shape = catalog.messages().get(0).body().field("payment").orElseThrow().type().shape();
        assertThat(shape).isInstanceOf(Shape.Named.class);
        assertThat(((Shape.Named) shape).form()).isEqualTo(NamedType.Form.UNION);
        UnionType union = catalog.unionType(((Shape.Named) shape).name());
        assertThat(union.discriminator()).isEqualTo("kind");
        assertThat(union.alternatives()).extracting(UnionType.Alternative::value).containsExactly("a", "b");
        assertThat(union.alternatives()).extracting(a -> a.type().relativeName())
                .containsExactly("ShopOrderPaid.Payment.A", "ShopOrderPaid.Payment.B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"oneOf\": [ALT_A]}|it has a single alternative",
        "{\"oneOf\": [ALT_A, {\"type\": \"string\"}]}|alternative 2 is not an object with properties",
        "{\"oneOf\": [ALT_A, {\"type\": \"object\", \"properties\": {\"kind\": {\"type\": \"string\"}}}]}"
                + "|alternative 2 fixes no required property with a string \"const\"",
        "{\"oneOf\": [ALT_A, ALT_A]}|alternatives 1 and 2 fix \"kind\" to the same value \"a\"",
        "{\"oneOf\": [ALT_A, ALT_TYPE]}|no property is required and fixed with a string \"const\" in every"
                + " alternative",
        "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}, \"oneOf\": [ALT_A, ALT_B]}"
                + "|the schema declares properties of its own beside it",
    })
    void anyOtherOneOfStaysAnyValueAndLintSaysWhy(String payment, String reason) throws IOException {
        LoadResult result = load(payment.replace("ALT_A", alternative("kind", "a"))
                .replace("ALT_B", alternative("kind", "b")).replace("ALT_TYPE", alternative("type", "b")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.advice()).extracting(Problem::format).containsExactly(
                "shop/messages/shop.order.paid.json:7:16: information: #/properties/payment: this oneOf is not a"
                        + " discriminated union (a sealed interface): " + reason + "; it is validated as written but gets no sealed interface");
        assertThat(result.ok()).isTrue();
    }

    @Test
    void aDefaultOfAUnionIsTheRecordItsDiscriminatorNames() throws IOException {
        LoadResult good = load("{\"oneOf\": [" + alternative("kind", "a") + ", " + alternative("kind", "b") + "],"
                + " \"default\": {\"kind\": \"b\", \"n\": 2}}");
        assertThat(good.problems()).isEmpty();
        LoadResult bad = load("{\"oneOf\": [" + alternative("kind", "a") + ", " + alternative("kind", "b") + "],"
                + " \"default\": {\"kind\": \"c\"}}");
        assertThat(bad.problems()).extracting(Problem::format).containsExactly("shop/messages/shop.order.paid.json:7:"
                + "255: #/properties/payment/default: default is {\"kind\":\"c\"}, whose \"kind\" names no alternative"
                + " of ShopOrderPaid.Payment (\"a\", \"b\"): change the default");
    }

    @Test
    void aUnionInAConditionalBranchIsNotWhereATypeIsDecided() throws IOException {
        LoadResult result = load("{\"type\": \"object\", \"not\": {\"oneOf\": [" + alternative("kind", "a") + ", "
                + alternative("kind", "b") + "]}}");
        assertThat(result.problems()).isEmpty();
        List<String> advice = result.advice().stream().map(Problem::format).toList();
        assertThat(advice).singleElement().asString().contains("#/properties/payment/not: this oneOf is not a"
                + " discriminated union (a sealed interface): it is not where a value's type is decided");
    }
}
