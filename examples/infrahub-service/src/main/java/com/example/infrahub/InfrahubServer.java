package com.example.infrahub;

import io.busgen.infrahub.GitFileGet;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.rabbitmq.RabbitBus;
import io.busgen.rabbitmq.Subscription;
import io.busgen.rabbitmq.TopologyMismatchException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Serves {@code send.echo.request} and {@code git.file.get} on a RabbitMQ broker, as an Infrahub git agent does:
 * {@link EchoService} and {@link GitFileService} behind busgen-rabbitmq, which consumes the work queue, decodes and
 * validates each message, and publishes what {@link #answer} returns as the reply (or upstream's error reply when it
 * throws).
 *
 * <pre>
 * BUSGEN_NAMESPACE=demo java ... com.example.infrahub.InfrahubServer REPOSITORIES
 * </pre>
 *
 * <p>It consumes {@code <namespace>.rpcs}, which carries all of Infrahub's work: on the broker of a running Infrahub,
 * give it a namespace of its own, or it takes work meant for Infrahub's workers.
 */
public final class InfrahubServer {

    private final EchoService echo;
    private final GitFileService files;

    public InfrahubServer(EchoService echo, GitFileService files) {
        this.echo = echo;
        this.files = files;
    }

    /**
     * The response to a request of the work queue.
     *
     * @throws UnsupportedOperationException for a message this service does not serve
     */
    public Object answer(Object message, String routingKey) {
        if (message instanceof SendEchoRequest request) {
            return echo.answer(request);
        }
        if (message instanceof GitFileGet request) {
            return files.answer(request);
        }
        throw new UnsupportedOperationException("this service serves send.echo.request and git.file.get, not "
                + routingKey);
    }

    /** Starts consuming the bus's work queue; closing the subscription (or the bus) stops it gracefully. */
    public Subscription serve(RabbitBus bus) throws IOException {
        return bus.serve((message, envelope) -> answer(message, envelope.routingKey()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: InfrahubServer REPOSITORIES (a folder holding <repository_name>/<commit>/...);"
                    + " the broker is $" + BusSettings.URI_VARIABLE + ", the namespace $"
                    + BusSettings.NAMESPACE_VARIABLE);
            System.exit(2);
        }
        InfrahubServer server = new InfrahubServer(new EchoService(), new GitFileService(Path.of(args[0])));
        RabbitBus bus;
        try {
            bus = BusSettings.builder(BusSettings.uri(), BusSettings.namespace()).connect();
            server.serve(bus);
        } catch (IOException e) {
            System.err.println("InfrahubServer: cannot connect to the broker at $" + BusSettings.URI_VARIABLE + ": "
                    + e.getMessage());
            System.exit(1);
            return;
        } catch (TopologyMismatchException e) {
            System.err.println("InfrahubServer: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bus.close(); // finishes the messages in flight, then disconnects
            stopped.countDown();
        }));
        System.out.println("serving send.echo.request and git.file.get on " + bus.topology().workQueue()
                + " (Ctrl-C stops)");
        stopped.await();
    }
}
