package com.example.infrahub;

import io.busgen.infrahub.InfrahubCatalog;
import io.busgen.rabbitmq.RabbitBus;
import io.busgen.rabbitmq.Topology;

/**
 * Where the server and the client find the broker: {@code BUSGEN_AMQP_URI} (by default {@code
 * amqp://guest:guest@127.0.0.1:5672}) and {@code BUSGEN_NAMESPACE}, the prefix of Infrahub's exchanges and work queue
 * ({@code infrahub}, as Infrahub's {@code INFRAHUB_BROKER_NAMESPACE}).
 */
public final class BusSettings {

    /** The variable naming the broker. */
    public static final String URI_VARIABLE = "BUSGEN_AMQP_URI";

    /** The broker when the variable is not set. */
    public static final String DEFAULT_URI = "amqp://guest:guest@127.0.0.1:5672";

    /** The variable naming the namespace. */
    public static final String NAMESPACE_VARIABLE = "BUSGEN_NAMESPACE";

    private BusSettings() {}

    /** The broker's URI from the environment. */
    public static String uri() {
        return System.getenv().getOrDefault(URI_VARIABLE, DEFAULT_URI);
    }

    /** The namespace from the environment. */
    public static String namespace() {
        return System.getenv().getOrDefault(NAMESPACE_VARIABLE, "infrahub");
    }

    /** A bus on that broker, with Infrahub's topology in that namespace. */
    public static RabbitBus.Builder builder(String uri, String namespace) {
        return RabbitBus.builder(InfrahubCatalog.INSTANCE).uri(uri).topology(Topology.infrahub(namespace));
    }
}
