package io.busgen.generator.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.load.BundledCatalogs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A channel's AMQP binding follows the catalogue's {@code broker}: the namespace names the exchange, and the work and
 * broadcast bindings decide which queues the channel names (docs/asyncapi.md).
 */
class AsyncApiBrokerTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String EXCHANGE = """
            "exchange": {"name": "acme.shop.events", "type": "topic", "durable": true, "autoDelete": false,
                         "vhost": "/"}""";
    private static final String WORK = """
            "x-busgen-work-queue": {"name": "acme.shop.rpcs", "durable": true, "exclusive": false,
                                    "autoDelete": false, "x-max-priority": 7}""";
    private static final String BROADCAST = """
            "x-busgen-broadcast-queue": {"name": "<role>-events-<identity>", "durable": false, "exclusive": true,
                                         "autoDelete": false}""";

    @Test
    void aWorkKeyNamesTheWorkQueueOfTheNamespace() {
        assertThat(binding("order.item.placed")).isEqualTo(expected(EXCHANGE, WORK));
    }

    @Test
    void aBroadcastKeyNamesEachProcesssBroadcastQueueAndNotTheWorkQueue() {
        assertThat(binding("price.cache.flushed")).isEqualTo(expected(EXCHANGE, BROADCAST));
    }

    @Test
    void aKeyBothBindingsMatchNamesBothQueues() {
        assertThat(binding("order.cache.flushed")).isEqualTo(expected(EXCHANGE, WORK, BROADCAST));
    }

    @Test
    void aKeyNoBindingMatchesNamesNoQueue() {
        assertThat(binding("audit.entry.written")).isEqualTo(expected(EXCHANGE));
    }

    @Test
    void theBundledCatalogueHasUpstreamsWorkAndBroadcastKeys() throws Exception {
        JsonNode channels = document("infrahub", BundledCatalogs.find("infrahub").orElseThrow()).get("channels");
        JsonNode refresh = channels.get("refresh.registry.branches").get("bindings").get("amqp");
        assertThat(refresh.get("exchange").get("name").asString()).isEqualTo("infrahub.events");
        assertThat(refresh.has("x-busgen-broadcast-queue")).isTrue();
        assertThat(refresh.has("x-busgen-work-queue")).isFalse();
        JsonNode work = channels.get("request.proposed_change.pipeline").get("bindings").get("amqp");
        assertThat(work.get("x-busgen-work-queue").get("name").asString()).isEqualTo("infrahub.rpcs");
        assertThat(work.get("x-busgen-work-queue").get("x-max-priority").asInt()).isEqualTo(5);
        assertThat(work.has("x-busgen-broadcast-queue")).isFalse();
    }

    private static JsonNode binding(String key) {
        AsyncApiCatalogues.Named catalogue = AsyncApiCatalogues.brokerTopology();
        return document(catalogue.name(), catalogue.root()).get("channels").get(key).get("bindings").get("amqp");
    }

    private static JsonNode document(String name, java.nio.file.Path root) {
        AsyncApiExport.Result result = AsyncApiExport.export(root, name);
        assertThat(result.problems()).isEmpty();
        return MAPPER.readTree(DocumentFormat.JSON.write(result.document()));
    }

    private static JsonNode expected(String... members) {
        return MAPPER.readTree("{\"is\": \"routingKey\", " + String.join(", ", members)
                + ", \"bindingVersion\": \"0.3.0\"}");
    }
}
