package io.busgen.generator.model;

import io.busgen.runtime.internal.TopicPatterns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the catalogue's messages travel on a RabbitMQ broker ({@code catalog.json}'s {@code broker}): the names and
 * arguments a transport declares, Infrahub's by default (docs/schema-dialect.md, docs/rabbitmq.md).
 *
 * @param namespace the prefix of every exchange and shared queue ({@code <ns>.events}, {@code <ns>.rpcs}); null for the
 *     catalogue's name
 * @param delays the delay queues by name ({@code <ns>.delay.<name>}), each with its time-to-live in milliseconds, in
 *     the order written
 * @param workBindings the topic patterns that bind the shared work queue to the events exchange and the dead-letter
 *     exchange
 * @param broadcastBindings the topic patterns that bind each process's exclusive events queue: the broadcasts
 */
public record BrokerTopology(
        @Nullable String namespace,
        Map<String, Long> delays,
        List<String> workBindings,
        List<String> broadcastBindings) {

    /** Upstream's delay queues. */
    public static final Map<String, Long> DEFAULT_DELAYS = defaultDelays();

    /** Upstream's work-queue bindings, including patterns that match no message of the 1.2 catalogue. */
    public static final List<String> DEFAULT_WORK_BINDINGS = List.of("check.*.*", "event.*.*", "finalize.*.*",
            "git.*.*", "refresh.webhook.*", "request.*.*", "send.*.*", "schema.*.*", "transform.*.*", "trigger.*.*");

    /** Upstream's broadcast bindings of the per-process events queues. */
    public static final List<String> DEFAULT_BROADCAST_BINDINGS = List.of("refresh.registry.*", "refresh.git.*");

    /** Infrahub's topology, with the catalogue's name as the namespace. */
    public static final BrokerTopology DEFAULT =
            new BrokerTopology(null, DEFAULT_DELAYS, DEFAULT_WORK_BINDINGS, DEFAULT_BROADCAST_BINDINGS);

    public BrokerTopology {
        delays = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(delays));
        workBindings = List.copyOf(workBindings);
        broadcastBindings = List.copyOf(broadcastBindings);
    }

    /**
     * The namespace a transport uses.
     *
     * @param catalogName the catalogue's name, the default
     * @return the namespace
     */
    public String namespaceOr(String catalogName) {
        return namespace == null ? catalogName : namespace;
    }

    /**
     * Whether the shared work queue receives messages with this routing key: it matches a work binding.
     *
     * @param routingKey the routing key
     * @return whether it is work
     */
    public boolean isWork(String routingKey) {
        return workBindings.stream().anyMatch(p -> topicMatches(p, routingKey));
    }

    /**
     * Whether a message with this routing key is a broadcast: it matches a broadcast binding.
     *
     * @param routingKey the routing key
     * @return whether it is a broadcast
     */
    public boolean isBroadcast(String routingKey) {
        return broadcastBindings.stream().anyMatch(p -> topicMatches(p, routingKey));
    }

    /**
     * Whether an AMQP topic pattern matches a routing key, as a topic exchange decides it: {@code *} is exactly one
     * word, {@code #} zero or more. One implementation with busgen-rabbitmq's
     * {@code Topology.topicMatches}: the runtime's {@link TopicPatterns}.
     *
     * @param pattern the binding pattern
     * @param routingKey the routing key
     * @return whether it matches
     */
    public static boolean topicMatches(String pattern, String routingKey) {
        return TopicPatterns.matches(pattern, routingKey);
    }

    private static Map<String, Long> defaultDelays() {
        Map<String, Long> delays = new LinkedHashMap<>();
        delays.put("five_seconds", 5000L);
        delays.put("ten_seconds", 10000L);
        delays.put("twenty_seconds", 20000L);
        return java.util.Collections.unmodifiableMap(delays);
    }
}
