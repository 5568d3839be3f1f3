package io.busgen.generator.emit.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.Reply;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reply rule of docs/runtime.md ("Replies"): every request (a message that has a response) gets the reply API,
 * whatever its catalogue; a message nobody answers gets none of it; the instance forms exist exactly when the request
 * keeps its {@code reply_to} in a field. Shown on a catalogue whose responses have no meta, where error replies have a
 * free-form {@code meta}; the bundled catalogue's side (a shared meta type) is tested byte for byte against upstream in
 * the infrahub module's {@code RepliesTest}.
 */
class ReplyApiTest {

    private static ClassLoader billing;

    @BeforeAll
    static void compileTheCatalogue() throws Exception {
        InMemoryCompiler.Result result = InMemoryCompiler.compile(
                JavaEmitter.emit(GeneratedJavaTest.load("requests-without-meta"), null),
                System.getProperty("java.class.path"), List.of("-Xlint:all", "-Werror", "--release", "17"));
        assertThat(result.diagnostics()).isEmpty();
        billing = result.classLoader(ReplyApiTest.class.getClassLoader());
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName("com.example.billing." + simpleName, true, billing);
    }

    @SuppressWarnings("unchecked")
    private static EntryAdapter<Object> adapter(String simpleName) throws ReflectiveOperationException {
        return (EntryAdapter<Object>) type(simpleName).getField("ADAPTER").get(null);
    }

    private static Object call(Class<?> type, String name, Object target, Object... arguments) throws Throwable {
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length
                        && Modifier.isStatic(m.getModifiers()) == (target == null))
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no " + name));
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> signatures(Class<?> type, String... names) {
        List<String> wanted = List.of(names);
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> wanted.contains(m.getName()))
                .map(m -> (Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getName() + "("
                        + String.join(", ", Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList())
                        + ")")
                .sorted().toList();
    }

    private static Envelope received(String routingKey, String body, String replyTo, String correlationId) {
        return Envelope.of(routingKey, 3, correlationId, replyTo, null, null,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyRequestGetsTheReplyApiAndAMessageNobodyAnswersGetsNone() throws Exception {
        assertThat(signatures(type("BillingInvoiceRequested"), "reply", "failureReply", "decodeReply")).containsExactly(
                "static decodeReply(Envelope)",
                "static failureReply(Envelope, Throwable)",
                "static reply(Envelope, BillingInvoiceRequestedResponse)");
        assertThat(signatures(type("BillingQuoteRequested"), "reply", "failureReply", "decodeReply")).containsExactly(
                "failureReply(Throwable)",
                "reply(BillingQuoteRequestedResponse)",
                "static decodeReply(Envelope)",
                "static failureReply(Envelope, Throwable)",
                "static reply(Envelope, BillingQuoteRequestedResponse)");
        assertThat(signatures(type("BillingInvoicePaid"), "reply", "failureReply", "decodeReply")).isEmpty();
        assertThat(type("BillingCatalog").getField("ERROR_REPLY").getGenericType().getTypeName())
                .isEqualTo("io.busgen.runtime.ErrorReplyAdapter<java.util.Map<java.lang.String, java.lang.Object>>");
    }

    @Test
    void aReplyGoesToTheRequestsReplyToQueueWithItsCorrelationIdAndDecodes() throws Throwable {
        Envelope request = received("billing.invoice.requested", "{\"invoice_id\":\"INV-7\"}", "amq.gen-42", "c-9");
        Object response = adapter("BillingInvoiceRequestedResponse").fromJson("{\"total\":1200}");

        Envelope reply = (Envelope) call(type("BillingInvoiceRequested"), "reply", null, request, response);

        assertThat(reply.routingKey()).isEqualTo("amq.gen-42");
        assertThat(reply.correlationId()).isEqualTo("c-9");
        assertThat(reply.bodyText()).isEqualTo("{\"total\":1200}");
        Reply<?> decoded = (Reply<?>) call(type("BillingInvoiceRequested"), "decodeReply", null, reply);
        assertThat(decoded.failed()).isFalse();
        assertThat(decoded.response()).isEqualTo(response);
    }

    @Test
    void aFailureReplyHasAFreeFormMetaAndCarriesTheRequest() throws Throwable {
        Envelope request = received("billing.invoice.requested", "{\"invoice_id\":\"INV-7\"}", "amq.gen-42", "c-9");

        Envelope reply = (Envelope) call(type("BillingInvoiceRequested"), "failureReply", null, request,
                new IllegalStateException("no such invoice"));

        assertThat(reply.routingKey()).isEqualTo("amq.gen-42");
        assertThat(reply.correlationId()).isEqualTo("c-9");
        assertThat(reply.bodyText()).isEqualTo("{\"meta\":{},\"passed\":false,\"routing_key\":\"rpc_error\","
                + "\"data\":{},\"errors\":[\"no such invoice\"],\"initial_message\":{\"invoice_id\":\"INV-7\"}}");
        Reply<?> decoded = (Reply<?>) call(type("BillingInvoiceRequested"), "decodeReply", null, reply);
        assertThat(decoded.failed()).isTrue();
        assertThat(decoded.error().errors()).containsExactly("no such invoice");
        assertThat(decoded.error().initialMessage()).isEqualTo(Map.of("invoice_id", "INV-7"));
    }

    @Test
    void aFailureReplyToABodyThatIsNotTheRequestCarriesTheBodyWhenItIsAnObject() throws Throwable {
        Class<?> requested = type("BillingInvoiceRequested");
        Envelope notTheRequest = received("billing.invoice.requested", "{\"invoice\":7}", "q", "c");
        Envelope notAnObject = received("billing.invoice.requested", "[1", "q", "c");

        assertThat(((Envelope) call(requested, "failureReply", null, notTheRequest, new RuntimeException("bad")))
                .bodyText()).endsWith("\"errors\":[\"bad\"],\"initial_message\":{\"invoice\":7}}");
        assertThat(((Envelope) call(requested, "failureReply", null, notAnObject, new RuntimeException()))
                .bodyText()).isEqualTo("{\"meta\":{},\"passed\":false,\"routing_key\":\"rpc_error\",\"data\":{},"
                        + "\"errors\":[\"java.lang.RuntimeException\"]}");
    }

    @Test
    void aRequestWithoutReplyToCannotBeAnswered() throws Exception {
        Envelope request = Envelope.of("billing.invoice.requested", 3, "c-9", null, null, null,
                "{\"invoice_id\":\"INV-7\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Object response = adapter("BillingInvoiceRequestedResponse").fromJson("{\"total\":1}");

        assertThatThrownBy(() -> call(type("BillingInvoiceRequested"), "reply", null, request, response))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("billing.invoice.requested request arrived without a reply_to property: there is nowhere"
                        + " to send the reply");
    }

    @Test
    void aRequestThatKeepsItsReplyToAnswersItselfAsTheEnvelopeWould() throws Throwable {
        Class<?> quote = type("BillingQuoteRequested");
        Envelope request = received("billing.quote.requested", "{\"items\":2,\"request_id\":\"r-1\"}", "amq.gen-7",
                "ignored: the body's correlation id wins");
        Object decoded = adapter("BillingQuoteRequested").fromEnvelope(request);
        Object response = adapter("BillingQuoteRequestedResponse").fromJson("{\"price\":40}");

        Envelope fromTheRecord = (Envelope) call(quote, "reply", decoded, response);

        assertThat(fromTheRecord.routingKey()).isEqualTo("amq.gen-7");
        assertThat(fromTheRecord.correlationId()).isEqualTo("r-1");
        assertThat(fromTheRecord.bodyText()).isEqualTo("{\"price\":40,\"request_id\":\"r-1\"}");
        Envelope failure = (Envelope) call(quote, "failureReply", decoded, new IllegalStateException("closed"));
        assertThat(failure.routingKey()).isEqualTo("amq.gen-7");
        assertThat(failure.correlationId()).isEqualTo("r-1");
        assertThat(failure.bodyText()).isEqualTo("{\"meta\":{},\"passed\":false,\"routing_key\":\"rpc_error\","
                + "\"data\":{},\"errors\":[\"closed\"],\"initial_message\":{\"items\":2,\"reply_queue\":\"amq.gen-7\","
                + "\"request_id\":\"r-1\"}}");
    }
}
