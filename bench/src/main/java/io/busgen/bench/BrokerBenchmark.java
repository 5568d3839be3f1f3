package io.busgen.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import io.busgen.infrahub.CheckGeneratorRun;
import io.busgen.infrahub.InfrahubCatalog;
import io.busgen.rabbitmq.Handler;
import io.busgen.rabbitmq.RabbitBus;
import io.busgen.rabbitmq.Topology;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round trips of the medium message ({@code check.generator.run}, 1.2 kB) through a RabbitMQ broker: publish,
 * consume, decode, ack. busgen-rabbitmq, decoding with validation ({@code busgenValidated}) and without
 * ({@code busgenDecoded}), against the official client ({@code amqp-client}) with Jackson 3 databind for the same
 * bodies and properties, without validation ({@code rawDatabind}).
 *
 * <p>The three run at the same time, one thread each (a JMH group), so that whatever else loads the machine and the
 * broker falls on all three alike; each score is the messages per second that client got through. Each has its own
 * connection with a publishing and a consuming channel and its own namespace, fresh for each trial and deleted
 * after: the same work queue ({@code <ns>.rpcs}, a classic queue with {@code x-max-priority} 5, reached through
 * {@code <ns>.events} as Infrahub routes it), the same prefetch ({@code prefetch}), the same confirm mode ({@code
 * publish}), {@code mandatory} publishes, one manual ack per message after it was decoded. One operation publishes
 * {@value #BATCH} messages, waits for their confirms (when confirmed), then until the consumer has decoded all of
 * them.
 *
 * <p>Needs a broker: {@code BUSGEN_AMQP_URI}, by default {@code amqp://guest:guest@127.0.0.1:5672}.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BrokerBenchmark.BATCH)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(5)
public class BrokerBenchmark {

    /** Messages per operation. */
    static final int BATCH = 100;

    private static final String URI_VARIABLE = "BUSGEN_AMQP_URI";
    private static final String URI = System.getenv().getOrDefault(URI_VARIABLE, "amqp://guest:guest@127.0.0.1:5672");

    /** {@code confirmed}: each publish waits for the broker's confirm; {@code unconfirmed}: none does. */
    @Param({"confirmed", "unconfirmed"})
    public String publish;

    /**
     * Unacked deliveries a consumer holds, the same on every side: 2 is busgen's default, as Infrahub's workers use;
     * 100 lets the consumer run ahead, so that the cost of each message shows more than the round trips of acks.
     */
    @Param({"2", "100"})
    public int prefetch;

    private CheckGeneratorRun message;
    private JsonMapper mapper;
    private BusgenSide decoded;
    private BusgenSide validated;
    private RawSide raw;
    private final List<Topology> namespaces = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws IOException, TimeoutException {
        boolean confirms = switch (publish) {
            case "confirmed" -> true;
            case "unconfirmed" -> false;
            default -> throw new IllegalArgumentException("publish is confirmed or unconfirmed, not " + publish);
        };
        message = Messages.medium();
        mapper = Databind.mapper();
        // Every side must send the same JSON value, or the comparison means nothing.
        JsonNode busgen = mapper.readTree(CheckGeneratorRun.ADAPTER.encode(message));
        JsonNode databind = mapper.readTree(mapper.writeValueAsBytes(message));
        if (!busgen.equals(databind)) {
            throw new IllegalStateException("databind writes another JSON value:\n" + databind + "\nbusgen:\n"
                    + busgen);
        }
        decoded = new BusgenSide(namespace(), false, confirms);
        validated = new BusgenSide(namespace(), true, confirms);
        raw = new RawSide(namespace(), confirms);
    }

    private Topology namespace() {
        Topology topology = Topology.of(InfrahubCatalog.INSTANCE)
                .withNamespace("busgen-bench-" + UUID.randomUUID().toString().substring(0, 8));
        namespaces.add(topology);
        return topology;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, TimeoutException {
        for (AutoCloseable side : new AutoCloseable[] {decoded, validated, raw}) {
            if (side != null) {
                try {
                    side.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + side + ": " + e, e);
                }
            }
        }
        try (Connection c = factory().newConnection("busgen-bench-cleanup")) {
            Channel ch = c.createChannel();
            for (Topology topology : namespaces) {
                ch.queueDelete(topology.workQueue());
                for (String delay : topology.delays().keySet()) {
                    ch.queueDelete(topology.delayQueue(delay));
                }
                for (String exchange : List.of(topology.eventsExchange(), topology.deadLetterExchange(),
                        topology.delayedExchange())) {
                    ch.exchangeDelete(exchange);
                }
            }
        }
        namespaces.clear();
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(URI);
        } catch (Exception e) {
            throw new IllegalStateException(URI_VARIABLE + "=" + URI + " is not an AMQP URI: " + e.getMessage(), e);
        }
        return factory;
    }

    @Benchmark
    @Group("roundTrips")
    @GroupThreads(1)
    public void busgenDecoded() throws Exception {
        decoded.roundTrips(message);
    }

    @Benchmark
    @Group("roundTrips")
    @GroupThreads(1)
    public void busgenValidated() throws Exception {
        validated.roundTrips(message);
    }

    @Benchmark
    @Group("roundTrips")
    @GroupThreads(1)
    public void rawDatabind() throws Exception {
        raw.roundTrips(message);
    }

    private static void await(Semaphore consumed) throws InterruptedException {
        if (!consumed.tryAcquire(BATCH, 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the consumer did not get " + BATCH + " messages in 60 s");
        }
    }

    /** busgen-rabbitmq: {@code publish} and {@code serve}, as an application uses them. */
    private final class BusgenSide implements AutoCloseable {
        private final RabbitBus bus;
        private final Semaphore consumed = new Semaphore(0);
        private final CompletableFuture<?>[] published = new CompletableFuture<?>[BATCH];
        /** Where the consumer leaves what it decoded, so that decoding cannot be left out. */
        private volatile Object last;

        BusgenSide(Topology topology, boolean validate, boolean confirms) throws IOException {
            bus = RabbitBus.builder(InfrahubCatalog.INSTANCE).uri(URI).topology(topology).prefetch(prefetch)
                    .validate(validate).publisherConfirms(confirms).shutdownTimeout(Duration.ofSeconds(5))
                    .connect();
            bus.serve(Handler.of(CheckGeneratorRun.class, m -> {
                last = m;
                consumed.release();
                return null;
            }));
        }

        void roundTrips(CheckGeneratorRun sent) throws Exception {
            for (int i = 0; i < BATCH; i++) {
                published[i] = bus.publish(sent);
            }
            CompletableFuture.allOf(published).get(60, TimeUnit.SECONDS);
            await(consumed);
        }

        @Override
        public void close() {
            bus.close();
        }
    }

    /** amqp-client and databind, as an application without busgen writes it. */
    private final class RawSide implements AutoCloseable {
        private final Connection connection;
        private final Channel publisher;
        private final Topology topology;
        private final boolean confirms;
        private final Semaphore consumed = new Semaphore(0);
        /** Where the consumer leaves what it decoded, so that decoding cannot be left out. */
        private volatile Object last;

        RawSide(Topology topology, boolean confirms) throws IOException, TimeoutException {
            this.topology = topology;
            this.confirms = confirms;
            connection = factory().newConnection("busgen-bench-raw");
            RabbitBus.declare(connection, topology, InfrahubCatalog.INSTANCE.maxPriority());
            publisher = connection.createChannel();
            if (confirms) {
                publisher.confirmSelect();
            }
            Channel consumer = connection.createChannel();
            consumer.basicQos(prefetch);
            consumer.basicConsume(topology.workQueue(), false, new DefaultConsumer(consumer) {
                @Override
                public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                        byte[] body) throws IOException {
                    last = mapper.readValue(body, CheckGeneratorRun.class);
                    consumed.release();
                    getChannel().basicAck(envelope.getDeliveryTag(), false);
                }
            });
        }

        void roundTrips(CheckGeneratorRun sent) throws Exception {
            for (int i = 0; i < BATCH; i++) {
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .contentType("application/json")
                        .contentEncoding("utf-8")
                        .priority(CheckGeneratorRun.PRIORITY)
                        .correlationId(sent.meta().correlationId())
                        .replyTo(sent.meta().replyTo())
                        .build();
                publisher.basicPublish(topology.eventsExchange(), CheckGeneratorRun.ROUTING_KEY, true, properties,
                        mapper.writeValueAsBytes(sent));
            }
            if (confirms) {
                publisher.waitForConfirmsOrDie(60_000);
            }
            await(consumed);
        }

        @Override
        public void close() throws IOException {
            connection.close();
        }
    }
}
