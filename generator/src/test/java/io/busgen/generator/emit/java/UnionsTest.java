package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.TypeAdapter;
import io.busgen.runtime.Validator;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Discriminated unions, on the Java generated for {@code catalogs/unions/}: each {@code oneOf} of objects that fix a
 * common property with a {@code const} is a sealed interface its records implement; bodies decode to the record their
 * discriminator names wherever it stands, and round-trip byte for byte in the records' wire order; a discriminator
 * that names no alternative, or none, is a located error, as is one beyond the look-ahead limit.
 */
class UnionsTest {

    private static final List<String> STRICT = List.of("-Xlint:all", "-Werror", "--release", "17");
    private static ClassLoader loader;
    private static TypeAdapter<Object> adapter;
    private static Validator validator;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void compile() throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(
                JavaEmitter.emit(GeneratedJavaTest.load("unions"), null),
                System.getProperty("java.class.path"), STRICT);
        assertThat(result.diagnostics()).isEmpty();
        loader = result.classLoader(UnionsTest.class.getClassLoader());
        adapter = (TypeAdapter<Object>) type("ShopOrderPaid").getField("ADAPTER").get(null);
        validator = (Validator) type("ShopOrderPaid").getField("VALIDATOR").get(null);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName("com.example.unions." + name, true, loader);
    }

    private static Object call(Object target, String method) throws Exception {
        Method accessor = target.getClass().getMethod(method);
        accessor.setAccessible(true);
        return accessor.invoke(target);
    }

    @Test
    void eachUnionIsASealedInterfaceItsRecordsImplement() throws Exception {
        Class<?> payment = type("Payment");
        assertThat(payment.isInterface()).isTrue();
        assertThat(payment.isSealed()).isTrue();
        assertThat(payment.getPermittedSubclasses()).containsExactly(type("Card"), type("Payment$Bank"),
                type("Payment$GiftVoucher"));
        assertThat(payment.getMethod("kind").getReturnType()).isEqualTo(String.class);
        // A record two unions share implements both.
        assertThat(type("Card").getInterfaces()).containsExactlyInAnyOrder(type("Instrument"), payment);
        assertThat(type("ShopOrderPaid$Line").getPermittedSubclasses()).containsExactly(
                type("ShopOrderPaid$Line$Product"), type("ShopOrderPaid$Line$Service"));
        assertThat(type("Figure").getPermittedSubclasses()).hasSize(2);
        // A oneOf that is not a union stays any value.
        assertThat(type("ShopOrderPaid").getMethod("note").getReturnType()).isEqualTo(Object.class);
    }

    /** Bodies whose discriminator comes first, last or in between, in every place a union stands. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"4242\",\"amount\":12.5}}",
        "{\"order_id\":\"o\",\"payment\":{\"amount_cents\":1200,\"kind\":\"bank\",\"iban\":\"DE00\"}}",
        "{\"order_id\":\"o\",\"payment\":{\"code\":\"XMAS\",\"kind\":\"gift-voucher\"}}",
        "{\"order_id\":\"o\",\"payment\":{\"code\":\"\u00e9t\u00e9 \\\"q\\\"\",\"kind\":\"gift-voucher\"}}",
        "{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1234\"},"
                + "\"refund_to\":{\"kind\":\"card\",\"number\":\"5678\",\"amount\":100.25}}",
        "{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1234\"},\"refund_to\":{\"kind\":\"cash\","
                + "\"till\":3},\"lines\":[{\"type\":\"product\",\"sku\":\"s\",\"quantity\":2},"
                + "{\"type\":\"service\",\"hours\":1.5}],\"figures\":{\"lid\":{\"type\":\"circle\",\"radius\":2.0},"
                + "\"side\":{\"side\":3.0,\"type\":\"square\",\"label\":\"s\"}},\"note\":7}",
    })
    void bodiesRoundTripByteForByte(String body) throws Exception {
        // The last field has a default (a union's record), which encoding writes.
        String complete = body.substring(0, body.length() - 1) + ",\"fallback\":{\"kind\":\"bank\",\"iban\":\"DE00\"}}";
        assertThat(adapter.toJson(adapter.fromJson(body))).isEqualTo(complete);
        assertThat(adapter.toJson(adapter.fromJson(complete))).isEqualTo(complete);
        assertThat(validator.validate(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void theDiscriminatorPicksTheRecordWhereverItStands() throws Exception {
        Object first = call(adapter.fromJson("{\"order_id\":\"o\",\"payment\":{\"kind\":\"bank\",\"iban\":\"X\","
                + "\"amount_cents\":5}}"), "payment");
        Object last = call(adapter.fromJson("{\"order_id\":\"o\",\"payment\":{\"iban\":\"X\",\"amount_cents\":5,"
                + "\"extra\":{\"kind\":\"card\",\"deep\":[1,2.5,{\"x\":\"y\"}]},\"kind\":\"bank\"}}"), "payment");
        assertThat(first).isInstanceOf(type("Payment$Bank")).isEqualTo(last);
        assertThat(call(first, "amountCents")).isEqualTo(5L);
        assertThat(call(first, "kind")).isEqualTo("bank");
    }

    @Test
    void anUnknownDiscriminatorIsALocatedError() {
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1\"},\"lines\":[{\"type\":\"gift\"}]}"));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/lines/0/type");
        assertThat(e.getMessage()).contains("must be one of [\"product\",\"service\"], not \"gift\"");
        // The validators, like networknt, see a oneOf that no alternative passes, at the value; decodeValidated
        // runs them first (decoding does not enforce oneOf), so it reports that.
        byte[] body = ("{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1234\"},"
                + "\"lines\":[{\"type\":\"gift\"}]}").getBytes(StandardCharsets.UTF_8);
        assertThat(validator.validate(body)).extracting(v -> v.instanceLocation() + " " + v.keyword())
                .containsExactly("/lines/0 oneOf");
        io.busgen.runtime.ValidationException invalid = catchThrowableOfType(
                io.busgen.runtime.ValidationException.class, () -> adapter.decodeValidated(body, validator));
        assertThat(invalid.violations()).extracting(v -> v.instanceLocation() + " " + v.keyword())
                .containsExactly("/lines/0 oneOf");
    }

    @Test
    void aMissingDiscriminatorIsALocatedError() {
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":{\"number\":\"1\"}}"));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.MISSING_PROPERTY);
        assertThat(e.pointer()).isEqualTo("/payment/kind");
    }

    @Test
    void errorsInMembersReadBeforeTheDiscriminatorKeepTheirPointer() {
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1\"},"
                        + "\"figures\":{\"a\":{\"radius\":\"big\",\"type\":\"circle\"}}}"));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/figures/a/radius");
        DecodeException nested = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":{\"iban\":[1,2,{\"deep\":true}],\"kind\":\"bank\"}}"));
        assertThat(nested.pointer()).isEqualTo("/payment/iban");
    }

    @Test
    void theLookAheadIsBoundedByItsOption() {
        String body = "{\"order_id\":\"o\",\"payment\":{\"amount_cents\":1,\"iban\":\"X\",\"kind\":\"bank\"}}";
        // {, amount_cents, 1, iban, "X", kind, "bank": seven tokens are held before the record reads them.
        assertThat(adapter.decode(body.getBytes(StandardCharsets.UTF_8),
                DecodeOptions.DEFAULTS.withMaxDiscriminatorLookahead(7))).isNotNull();
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> adapter.decode(
                body.getBytes(StandardCharsets.UTF_8), DecodeOptions.DEFAULTS.withMaxDiscriminatorLookahead(6)));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("DecodeOptions.maxDiscriminatorLookahead");
        assertThat(e.pointer()).isEqualTo("/payment/kind");
        // A discriminator written first needs no look-ahead at all.
        assertThat(adapter.decode(("{\"order_id\":\"o\",\"payment\":{\"kind\":\"bank\",\"amount_cents\":1,"
                + "\"iban\":\"X\"}}").getBytes(StandardCharsets.UTF_8),
                DecodeOptions.DEFAULTS.withMaxDiscriminatorLookahead(3))).isNotNull();
    }

    @Test
    void aUnionInsideMembersHeldBeforeADiscriminatorIsReadFromWhatWasHeld() throws Exception {
        String body = "{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1\"},\"lines\":["
                + "{\"type\":\"service\",\"hours\":1.0,\"figure\":{\"side\":2.0,\"type\":\"square\"}}]}";
        String shuffled = "{\"order_id\":\"o\",\"payment\":{\"number\":\"1\",\"kind\":\"card\"},\"lines\":["
                + "{\"figure\":{\"side\":2.0,\"type\":\"square\"},\"hours\":1.0,\"type\":\"service\"}]}";
        assertThat(adapter.fromJson(shuffled)).isEqualTo(adapter.fromJson(body));
        assertThat(adapter.toJson(adapter.fromJson(shuffled))).isEqualTo(body.substring(0, body.length() - 1)
                + ",\"fallback\":{\"kind\":\"bank\",\"iban\":\"DE00\"}}");
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":{\"number\":\"1\",\"kind\":\"card\"},\"lines\":[{\"x\":[],"
                        + "\"figure\":{\"side\":[true],\"type\":\"square\"},\"type\":\"service\"}]}"));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/lines/0/figure/side");
        DecodeException unknown = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":{\"number\":\"1\",\"kind\":\"card\"},\"lines\":[{"
                        + "\"figure\":{\"type\":\"hexagon\"},\"type\":\"service\"}]}"));
        assertThat(unknown.pointer()).isEqualTo("/lines/0/figure/type");
    }

    @Test
    void theLookAheadOptionIsCheckedAndDefaults() {
        assertThat(DecodeOptions.DEFAULTS.maxDiscriminatorLookahead()).isEqualTo(10_000);
        assertThat(new DecodeOptions(1000, 8, 100, 100, 100, 1000, false).maxDiscriminatorLookahead())
                .isEqualTo(10_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DecodeOptions.DEFAULTS.withMaxDiscriminatorLookahead(2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullableUnionTakesNull() throws Exception {
        Object value = adapter.fromJson("{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\",\"number\":\"1\"},"
                + "\"refund_to\":null}");
        assertThat(call(value, "refundTo")).isNull();
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> adapter.fromJson(
                "{\"order_id\":\"o\",\"payment\":null}"));
        assertThat(e.reason()).isEqualTo(DecodeException.Reason.NULL_VALUE);
        assertThat(e.pointer()).isEqualTo("/payment");
    }

    @Test
    void aUnionsDefaultIsTheRecordItsDiscriminatorNames() throws Exception {
        Object fallback = call(adapter.fromJson("{\"order_id\":\"o\",\"payment\":{\"kind\":\"card\","
                + "\"number\":\"1\"}}"), "fallback");
        assertThat(fallback).isInstanceOf(type("Payment$Bank"));
        assertThat(call(fallback, "iban")).isEqualTo("DE00");
    }

    @Test
    void valuesDumpAsTheirRecord() throws Exception {
        Object value = adapter.fromJson("{\"order_id\":\"o\",\"payment\":{\"code\":\"C\",\"kind\":\"gift-voucher\"}}");
        @SuppressWarnings("unchecked")
        Map<String, Object> dumped = (Map<String, Object>) adapter.dump(value);
        assertThat(dumped.get("payment")).isEqualTo(Map.of("code", "C", "kind", "gift-voucher"));
    }
}
