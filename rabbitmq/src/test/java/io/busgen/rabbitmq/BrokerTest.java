package io.busgen.rabbitmq;

import io.busgen.infrahub.InfrahubCatalog;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test against the real broker, in its own namespace, which it deletes afterwards. */
abstract class BrokerTest {

    /** The bundled catalogue's topology with short delays, as a test catalogue sets them, in a fresh namespace. */
    Topology topology;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void namespace() {
        Broker.assumeAvailable();
        topology = Topology.of(InfrahubCatalog.INSTANCE).withNamespace(Broker.namespace())
                .withDelays(Map.of("short", 150L, "long", 60_000L));
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (topology != null) {
            Broker.deleteTopology(topology);
        }
    }

    RabbitBus.Builder builder() {
        return RabbitBus.builder(InfrahubCatalog.INSTANCE).uri(Broker.URI).topology(topology)
                .shutdownTimeout(Duration.ofSeconds(5)).recoveryInterval(Duration.ofMillis(200));
    }

    RabbitBus connect(RabbitBus.Builder builder) throws IOException {
        return closeLater(builder.connect());
    }

    <T extends AutoCloseable> T closeLater(T closeable) {
        open.add(closeable);
        return closeable;
    }
}
