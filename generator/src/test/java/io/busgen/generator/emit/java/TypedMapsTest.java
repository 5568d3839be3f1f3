package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.TypeAdapter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typed maps and the one-element builder methods, on the Java generated for {@code catalogs/collections/}: bodies
 * round-trip byte for byte in wire order, maps are immutable, values are checked with their pointer, and adding to a
 * builder never changes a collection the caller handed over.
 */
class TypedMapsTest {

    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");
    private static ClassLoader loader;
    private static TypeAdapter<Object> adapter;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void compile() throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(
                JavaEmitter.emit(GeneratedJavaTest.load("collections"), null),
                System.getProperty("java.class.path"), STRICT);
        assertThat(result.diagnostics()).isEmpty();
        loader = result.classLoader(TypedMapsTest.class.getClassLoader());
        adapter = (TypeAdapter<Object>) type("InventoryStockUpdated").getField("ADAPTER").get(null);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName("com.example.collections." + name, true, loader);
    }

    private static Object call(Object target, String method, Object... arguments) throws Exception {
        for (Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                return candidate.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(method);
    }

    @Test
    void mapsKeepWireOrderAndReencodeByteForByte() {
        String body = "{\"warehouse\":\"w\",\"attributes\":{\"zeta\":\"z\",\"alpha\":\"a\",\"\":\"e\"},"
                + "\"stock\":{\"b\":null,\"a\":2},\"prices\":{\"x\":1.5},\"flags\":{\"on\":true},"
                + "\"locations\":{\"s2\":{\"aisle\":1,\"shelf\":\"B\"},\"s1\":{\"aisle\":3}},"
                + "\"colours\":{\"k\":\"blue\",\"j\":\"red\"},\"suppliers\":{\"acme\":{\"name\":\"Acme\",\"lead_days\":2}},"
                + "\"batches\":{\"b\":[\"1\",\"2\"],\"a\":[]},\"maybe_notes\":{\"y\":\"\",\"x\":\"a\\nb\"},\"limits\":{\"n\":7}}";
        assertThat(adapter.toJson(adapter.fromJson(body))).isEqualTo(body);
    }

    @Test
    void decodedMapsAreTypedImmutableAndInWireOrder() throws Exception {
        Object value = adapter.fromJson("{\"warehouse\":\"w\",\"colours\":{\"k\":\"blue\",\"j\":\"red\"},"
                + "\"locations\":{\"s\":{\"aisle\":1}},\"stock\":{\"b\":null,\"a\":2}}");
        Map<?, ?> colours = (Map<?, ?>) call(value, "colours");
        assertThat(List.copyOf(colours.keySet())).isEqualTo(List.of("k", "j"));
        assertThat(colours.get("k")).isInstanceOf(type("InventoryStockUpdated$Colour"));
        assertThat(((Map<?, ?>) call(value, "locations")).get("s"))
                .isInstanceOf(type("InventoryStockUpdated$Location"));
        Map<?, ?> stock = (Map<?, ?>) call(value, "stock");
        assertThat(stock.get("a")).isEqualTo(2L);
        assertThat(stock.containsKey("b")).isTrue();
        assertThat(stock.get("b")).isNull();
        assertThatThrownBy(() -> stock.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(call(value, "limits")).isEqualTo(Map.of("low", 1L, "high", 99L)); // the default
    }

    @Test
    void theSameNameTwiceTakesTheLastValueAtTheFirstPosition() {
        assertThat(adapter.toJson(adapter.fromJson(
                "{\"warehouse\":\"w\",\"attributes\":{\"a\":\"1\",\"b\":\"2\",\"a\":\"3\"}}")))
                .isEqualTo("{\"warehouse\":\"w\",\"attributes\":{\"a\":\"3\",\"b\":\"2\"},\"limits\":{\"low\":1,"
                        + "\"high\":99}}");
    }

    @Test
    void aValueOfTheWrongTypeIsLocated() {
        DecodeException wrong = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"warehouse\":\"w\",\"locations\":{\"s1\":{\"aisle\":1},\"s2\":{\"aisle\":\"one\"}}}"));
        assertThat(wrong.reason()).isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(wrong.pointer()).isEqualTo("/locations/s2/aisle");
        DecodeException colour = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"warehouse\":\"w\",\"colours\":{\"k\":\"pink\"}}"));
        assertThat(colour.pointer()).isEqualTo("/colours/k");
        DecodeException notNull = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"warehouse\":\"w\",\"attributes\":{\"k\":null}}"));
        assertThat(notNull.pointer()).isEqualTo("/attributes/k");
        DecodeException notAMap = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"warehouse\":\"w\",\"attributes\":[]}"));
        assertThat(notAMap.getMessage()).isEqualTo("must be an object, not an array");
    }

    @Test
    void buildersAddOneElementOrEntryWithoutTouchingTheCallersCollections() throws Exception {
        Object builder = type("InventoryStockUpdated").getMethod("builder").invoke(null);
        List<String> tags = new ArrayList<>(List.of("given"));
        call(builder, "warehouse", "w");
        call(builder, "tags", tags);
        call(builder, "addTag", "added");
        call(builder, "putAttribute", "b", "2");
        call(builder, "putAttribute", "a", "1");
        call(builder, "putAttribute", "b", "3");
        call(builder, "putStockValue", "x", null);
        Object lineItem = call(call(call(type("InventoryStockUpdated$LineItem").getMethod("builder").invoke(null),
                "sku", "s"), "quantity", 2L), "build");
        call(builder, "addLineItem", lineItem);
        Object built = call(builder, "build");
        assertThat(tags).containsExactly("given");
        assertThat(adapter.toJson(built)).isEqualTo("{\"warehouse\":\"w\",\"tags\":[\"given\",\"added\"],"
                + "\"attributes\":{\"b\":\"3\",\"a\":\"1\"},\"stock\":{\"x\":null},\"limits\":{\"low\":1,\"high\":99},"
                + "\"line_items\":[{\"sku\":\"s\",\"quantity\":2}]}");
        // Adding after build() changes neither the record built nor one built from it with toBuilder().
        call(builder, "addTag", "later");
        assertThat(call(built, "tags")).isEqualTo(List.of("given", "added"));
        Object again = call(call(call(built, "toBuilder"), "addTag", "third"), "build");
        assertThat(call(built, "tags")).isEqualTo(List.of("given", "added"));
        assertThat(call(again, "tags")).isEqualTo(List.of("given", "added", "third"));
    }

    @Test
    void itemTypesAreNamedAsAPersonWould() throws Exception {
        assertThat(type("InventoryStockUpdated$LineItem")).isNotNull();
        assertThat(type("InventoryStockUpdated$Category")).isNotNull();
        assertThat(type("InventoryStockUpdated$DataItem")).isNotNull();
        assertThat(type("InventoryStockUpdated$Location")).isNotNull();
    }
}
