package com.example.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.busgen.infrahub.GitFileGetResponse;
import io.busgen.infrahub.SendEchoRequestResponse;
import io.busgen.rabbitmq.RabbitBus;
import io.busgen.rabbitmq.Topology;
import io.busgen.runtime.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service and its client on a real RabbitMQ broker: {@code BUSGEN_AMQP_URI}, by default
 * {@code amqp://guest:guest@127.0.0.1:5672}. When none answers these tests skip, saying so, unless
 * {@code BUSGEN_REQUIRE_BROKER=true}, which makes them fail. They use a namespace of their own and delete it after.
 */
class OnTheBrokerTest {

    private static final String URI = BusSettings.uri();
    private static final String COMMIT = "5f2a9c1";

    @TempDir
    static Path repositories;

    /** Why the tests skip: no broker answers; null when one does. */
    private static String unavailable;
    private static String namespace;
    private static RabbitBus server;
    private static InfrahubClient client;

    @BeforeAll
    static void start() throws IOException {
        unavailable = probeBroker();
        if (unavailable != null) {
            if ("true".equals(System.getenv("BUSGEN_REQUIRE_BROKER"))) {
                fail("BUSGEN_REQUIRE_BROKER=true but " + unavailable);
            }
            return;
        }
        Path worktree = Files.createDirectories(repositories.resolve("infra").resolve(COMMIT));
        Files.writeString(worktree.resolve("README.md"), "# infra\n");
        namespace = "example-" + UUID.randomUUID().toString().substring(0, 8);
        server = BusSettings.builder(URI, namespace).shutdownTimeout(Duration.ofSeconds(5)).connect();
        new InfrahubServer(new EchoService(), new GitFileService(repositories)).serve(server);
        client = InfrahubClient.connect(BusSettings.builder(URI, namespace).shutdownTimeout(Duration.ofSeconds(5)),
                Duration.ofSeconds(10));
    }

    @BeforeEach
    void skipWithoutBroker() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    static void stop() throws IOException, TimeoutException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        if (namespace != null) {
            deleteNamespace();
        }
    }

    @Test
    void echo() throws Exception {
        Reply<SendEchoRequestResponse> reply = client.echo("ping");

        assertThat(reply.failed()).isFalse();
        assertThat(reply.response().data().response()).isEqualTo("Reply to: ping");
    }

    @Test
    void aRequestTheServiceCannotServeGetsUpstreamsErrorReply() throws Exception {
        Reply<SendEchoRequestResponse> reply = client.echo(" ");

        assertThat(reply.failed()).isTrue();
        assertThat(reply.error().routingKey()).isEqualTo("rpc_error");
        assertThat(reply.error().errors()).containsExactly("there is nothing to echo");
    }

    @Test
    void aFileOfARepositoryAtACommit() throws Exception {
        GitFileGetResponse found = client.file("r-1", "infra", COMMIT, "README.md").response();
        GitFileGetResponse missing = client.file("r-1", "infra", COMMIT, "NOTES.md").response();
        GitFileGetResponse outside = client.file("r-1", "infra", COMMIT, "../../secret").response();

        assertThat(found.data().content()).isEqualTo("# infra\n");
        // As upstream, a file that cannot be served is an answer (passed: true) with an error message and code.
        assertThat(missing.passed()).isTrue();
        assertThat(missing.data().content()).isNull();
        assertThat(missing.data().httpCode()).isEqualTo(404L);
        assertThat(missing.data().errorMessage()).isEqualTo("no such file: infra@" + COMMIT + ":NOTES.md");
        assertThat(outside.data().httpCode()).isEqualTo(400L);
        assertThat(outside.data().errorMessage())
                .isEqualTo("file \"../../secret\" is not a path inside the repository");
    }

    /** Null when a broker answers, else why the tests skip. */
    private static String probeBroker() {
        try {
            factory().newConnection("example-probe").close();
            return null;
        } catch (IOException | TimeoutException | RuntimeException e) {
            return "no RabbitMQ broker answers at " + URI + " (" + e + "); set " + BusSettings.URI_VARIABLE
                    + " to a broker's amqp:// URI, or start one (rabbitmq-server -detached)";
        }
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(URI);
        } catch (Exception e) {
            throw new IllegalStateException(BusSettings.URI_VARIABLE + "=" + URI + " is not an AMQP URI: "
                    + e.getMessage(), e);
        }
        factory.setConnectionTimeout(3000);
        return factory;
    }

    /** What the server declared: busgen never deletes anything itself. */
    private static void deleteNamespace() throws IOException, TimeoutException {
        Topology topology = Topology.infrahub(namespace);
        List<String> queues = new ArrayList<>(List.of(topology.workQueue()));
        topology.delays().keySet().forEach(delay -> queues.add(topology.delayQueue(delay)));
        try (Connection connection = factory().newConnection("example-cleanup")) {
            Channel channel = connection.createChannel();
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
            for (String exchange : List.of(topology.eventsExchange(), topology.deadLetterExchange(),
                    topology.delayedExchange())) {
                channel.exchangeDelete(exchange);
            }
        }
    }
}
