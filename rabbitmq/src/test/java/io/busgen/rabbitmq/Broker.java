package io.busgen.rabbitmq;

import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * The broker the tests run against: {@code BUSGEN_AMQP_URI}, by default {@code amqp://guest:guest@127.0.0.1:5672}.
 * When none answers the tests skip, saying so, unless {@code BUSGEN_REQUIRE_BROKER=true} (set by {@code .ci/run}),
 * which makes them fail instead.
 */
final class Broker {

    static final String URI_VARIABLE = "BUSGEN_AMQP_URI";
    static final String URI = System.getenv().getOrDefault(URI_VARIABLE, "amqp://guest:guest@127.0.0.1:5672");
    private static volatile String unavailable;
    private static volatile boolean checked;

    private Broker() {}

    static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(URI);
        } catch (Exception e) {
            throw new IllegalStateException(URI_VARIABLE + "=" + URI + " is not an AMQP URI: " + e.getMessage(), e);
        }
        factory.setConnectionTimeout(3000);
        return factory;
    }

    /** Skips (or, with BUSGEN_REQUIRE_BROKER=true, fails) the test when no broker answers. */
    static void assumeAvailable() {
        if (!checked) {
            synchronized (Broker.class) {
                if (!checked) {
                    try {
                        factory().newConnection("busgen-probe").close();
                        unavailable = null;
                    } catch (IOException | TimeoutException | RuntimeException e) {
                        unavailable = "no RabbitMQ broker answers at " + URI + " (" + e + "); set " + URI_VARIABLE
                                + " to a broker's amqp:// URI, or start one (rabbitmq-server -detached)";
                    }
                    checked = true;
                }
            }
        }
        if (unavailable != null) {
            if ("true".equals(System.getenv("BUSGEN_REQUIRE_BROKER"))) {
                fail("BUSGEN_REQUIRE_BROKER=true but " + unavailable);
            }
            Assumptions.abort(unavailable);
        }
    }

    static String namespace() {
        return "busgen-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Connection connect() throws IOException, TimeoutException {
        return factory().newConnection("busgen-test");
    }

    /** Deletes what a test declared in its namespace: the library itself never deletes anything. */
    static void deleteTopology(Topology topology) {
        try (Connection c = connect()) {
            for (String queue : queues(topology)) {
                Channel ch = c.createChannel();
                ch.queueDelete(queue);
                ch.close();
            }
            for (String exchange : List.of(topology.eventsExchange(), topology.deadLetterExchange(),
                    topology.delayedExchange())) {
                Channel ch = c.createChannel();
                ch.exchangeDelete(exchange);
                ch.close();
            }
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("could not clean up " + topology.namespace() + ": " + e, e);
        }
    }

    private static List<String> queues(Topology topology) {
        List<String> queues = new java.util.ArrayList<>();
        queues.add(topology.workQueue());
        topology.delays().keySet().forEach(name -> queues.add(topology.delayQueue(name)));
        return queues;
    }

    /** How many messages wait in a queue. */
    static long depth(String queue) throws IOException, TimeoutException {
        try (Connection c = connect()) {
            Channel ch = c.createChannel();
            return ch.queueDeclarePassive(queue).getMessageCount();
        }
    }
}
