package com.example.infrahub;

import io.busgen.infrahub.GitFileGet;
import io.busgen.infrahub.GitFileGetResponse;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.infrahub.SendEchoRequestResponse;
import io.busgen.rabbitmq.RabbitBus;
import io.busgen.runtime.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * Calls {@code send.echo.request} and {@code git.file.get} over a RabbitMQ broker and waits for the replies: from an
 * {@link InfrahubServer}, or from the git agents of a running Infrahub.
 *
 * <pre>
 * java ... com.example.infrahub.InfrahubClient echo TEXT
 * java ... com.example.infrahub.InfrahubClient file REPOSITORY_ID REPOSITORY_NAME COMMIT PATH
 * </pre>
 *
 * <p>It declares only its own reply queue: the exchanges and the work queue are the server's (or Infrahub's).
 */
public final class InfrahubClient implements AutoCloseable {

    /** The repository kind of a repository Infrahub imports from (the other is CoreReadOnlyRepository). */
    public static final String REPOSITORY_KIND = "CoreRepository";

    private final RabbitBus bus;
    private final Duration timeout;

    private InfrahubClient(RabbitBus bus, Duration timeout) {
        this.bus = bus;
        this.timeout = timeout;
    }

    /** Connects with {@code builder}, declaring nothing shared. */
    public static InfrahubClient connect(RabbitBus.Builder builder, Duration timeout) throws IOException {
        return new InfrahubClient(builder.role("api").declareSharedTopology(false).connect(), timeout);
    }

    /**
     * Asks for an echo.
     *
     * @throws ExecutionException with a {@link java.util.concurrent.TimeoutException} when no reply came in time
     */
    public Reply<SendEchoRequestResponse> echo(String text) throws ExecutionException, InterruptedException {
        return bus.request(SendEchoRequest.builder().message(text).build(), SendEchoRequestResponse.ADAPTER, timeout)
                .get();
    }

    /**
     * Asks for a file of a repository at a commit.
     *
     * @throws ExecutionException with a {@link java.util.concurrent.TimeoutException} when no reply came in time
     */
    public Reply<GitFileGetResponse> file(String repositoryId, String repositoryName, String commit, String path)
            throws ExecutionException, InterruptedException {
        GitFileGet request = GitFileGet.builder()
                .repositoryId(repositoryId)
                .repositoryName(repositoryName)
                .repositoryKind(REPOSITORY_KIND)
                .commit(commit)
                .file(path)
                .build();
        return bus.request(request, GitFileGetResponse.ADAPTER, timeout).get();
    }

    @Override
    public void close() {
        bus.close();
    }

    public static void main(String[] args) throws Exception {
        boolean echo = args.length == 2 && args[0].equals("echo");
        boolean file = args.length == 5 && args[0].equals("file");
        if (!echo && !file) {
            System.err.println("usage: InfrahubClient echo TEXT | file REPOSITORY_ID REPOSITORY_NAME COMMIT PATH;"
                    + " the broker is $" + BusSettings.URI_VARIABLE + ", the namespace $"
                    + BusSettings.NAMESPACE_VARIABLE);
            System.exit(2);
        }
        try (InfrahubClient client = connect(BusSettings.builder(BusSettings.uri(), BusSettings.namespace()),
                Duration.ofSeconds(30))) {
            // A reply is the response or upstream's error reply (rpc_error): fold handles both.
            String shown = echo
                    ? client.echo(args[1]).fold(ok -> ok.data().response(), failed -> "failed: " + failed.errors())
                    : client.file(args[1], args[2], args[3], args[4]).fold(
                            ok -> ok.data().content() != null ? ok.data().content()
                                    : "no file (" + ok.data().httpCode() + "): " + ok.data().errorMessage(),
                            failed -> "failed: " + failed.errors());
            System.out.println(shown);
        } catch (IOException e) {
            System.err.println("InfrahubClient: cannot connect to the broker at $" + BusSettings.URI_VARIABLE + ": "
                    + e.getMessage());
            System.exit(1);
        } catch (ExecutionException e) {
            System.err.println("InfrahubClient: " + e.getCause().getMessage());
            System.exit(1);
        }
    }
}
