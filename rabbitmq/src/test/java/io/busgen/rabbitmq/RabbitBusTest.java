package io.busgen.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.busgen.infrahub.GitFileGet;
import io.busgen.infrahub.InfrahubMessage;
import io.busgen.infrahub.Meta;
import io.busgen.infrahub.RefreshRegistryBranches;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.infrahub.SendEchoRequestResponse;
import io.busgen.runtime.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RabbitBusTest extends BrokerTest {

    private static SendEchoRequest echo(String text) {
        return SendEchoRequest.builder().message(text).build();
    }

    private static Handler echoHandler() {
        return Handler.of(InfrahubMessage.class, m -> {
            if (m instanceof SendEchoRequest e) {
                if (e.message().equals("fail")) {
                    throw new IllegalStateException("cannot echo \"fail\"");
                }
                return SendEchoRequestResponse.builder()
                        .data(SendEchoRequestResponse.Data.builder().response("Reply to: " + e.message()).build())
                        .build();
            }
            return null;
        });
    }

    private static void await(Runnable condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                condition.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    // ---- topology ----------------------------------------------------------------------------------------------

    @Test
    void startsWhereUpstreamsDeclarationsAlreadyExist() throws Exception {
        // What Infrahub's API server declares, with the raw client and Python's integer arguments.
        try (Connection c = Broker.connect()) {
            Channel ch = c.createChannel();
            ch.exchangeDeclare(topology.eventsExchange(), BuiltinExchangeType.TOPIC, true);
            ch.exchangeDeclare(topology.deadLetterExchange(), BuiltinExchangeType.TOPIC, true);
            ch.exchangeDeclare(topology.delayedExchange(), BuiltinExchangeType.HEADERS, true);
            ch.queueDeclare(topology.workQueue(), true, false, false, Map.of("x-max-priority", 5L));
            for (String pattern : topology.workBindings()) {
                ch.queueBind(topology.workQueue(), topology.eventsExchange(), pattern);
                ch.queueBind(topology.workQueue(), topology.deadLetterExchange(), pattern);
            }
            for (Map.Entry<String, Long> d : topology.delays().entrySet()) {
                ch.queueDeclare(topology.delayQueue(d.getKey()), true, false, false, Map.of(
                        "x-dead-letter-exchange", topology.deadLetterExchange(), "x-message-ttl", d.getValue(),
                        "x-max-priority", 5L));
                ch.queueBind(topology.delayQueue(d.getKey()), topology.delayedExchange(), "",
                        Map.of("x-match", "all", "delay", d.getValue()));
            }
        }
        RabbitBus bus = connect(builder());
        bus.serve(echoHandler());

        Reply<SendEchoRequestResponse> reply = bus.request(echo("hi"), SendEchoRequestResponse.ADAPTER,
                Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);

        assertThat(reply.response().data().response()).isEqualTo("Reply to: hi");
    }

    @Test
    void theBundledCatalogueDeclaresUpstreamsValues() {
        Topology bundled = Topology.of(io.busgen.infrahub.InfrahubCatalog.INSTANCE);

        assertThat(bundled.namespace()).isEqualTo("infrahub");
        assertThat(bundled.delays()).containsExactly(Map.entry("five_seconds", 5000L),
                Map.entry("ten_seconds", 10000L), Map.entry("twenty_seconds", 20000L));
        assertThat(bundled.workBindings()).containsExactly("check.*.*", "event.*.*", "finalize.*.*", "git.*.*",
                "refresh.webhook.*", "request.*.*", "send.*.*", "schema.*.*", "transform.*.*", "trigger.*.*");
        assertThat(bundled.broadcastBindings()).containsExactly("refresh.registry.*", "refresh.git.*");
        assertThat(bundled.workQueue()).isEqualTo("infrahub.rpcs");
        assertThat(bundled.delayQueue("five_seconds")).isEqualTo("infrahub.delay.five_seconds");
    }

    @Test
    void aQueueDeclaredWithOtherArgumentsIsAClearErrorAndIsLeftAlone() throws Exception {
        try (Connection c = Broker.connect()) {
            c.createChannel().queueDeclare(topology.workQueue(), true, false, false, Map.of("x-max-priority", 10));
        }

        assertThatThrownBy(() -> connect(builder()))
                .isInstanceOf(TopologyMismatchException.class)
                .hasMessage("queue '" + topology.workQueue() + "' exists on the broker with x-max-priority = 10, but"
                        + " busgen declares x-max-priority = 5: busgen never deletes or redeclares it with other"
                        + " arguments; make the catalogue's broker topology match, or delete the queue by hand when"
                        + " nothing uses it");
        try (Connection c = Broker.connect()) {
            assertThat(c.createChannel().queueDeclarePassive(topology.workQueue())).isNotNull();
        }
    }

    @Test
    void aMissingArgumentIsNamedToo() throws Exception {
        try (Connection c = Broker.connect()) {
            c.createChannel().queueDeclare(topology.workQueue(), true, false, false, null);
        }

        assertThatThrownBy(() -> connect(builder()))
                .isInstanceOf(TopologyMismatchException.class)
                .hasMessageStartingWith("queue '" + topology.workQueue() + "' exists on the broker with"
                        + " x-max-priority = (none), but busgen declares x-max-priority = 5");
    }

    // ---- RPC ---------------------------------------------------------------------------------------------------

    @Test
    void echoRoundTripErrorReplyAndTimeout() throws Exception {
        RabbitBus server = connect(builder());
        RabbitBus client = connect(builder());
        server.serve(echoHandler());

        Reply<SendEchoRequestResponse> ok = client.request(echo("ping"), SendEchoRequestResponse.ADAPTER,
                Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        Reply<SendEchoRequestResponse> failed = client.request(echo("fail"), SendEchoRequestResponse.ADAPTER,
                Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);

        assertThat(ok.failed()).isFalse();
        assertThat(ok.response().data().response()).isEqualTo("Reply to: ping");
        assertThat(failed.failed()).isTrue();
        assertThat(failed.error().routingKey()).isEqualTo("rpc_error");
        assertThat(failed.error().errors()).containsExactly("cannot echo \"fail\"");
        assertThat(failed.error().initialMessage()).containsEntry("message", "fail");
        await(() -> assertThat(server.counters().acked()).isEqualTo(2));
        assertThat(server.counters().replied()).isEqualTo(2);
        assertThat(server.counters().failed()).isEqualTo(1);
    }

    @Test
    void aRequestWithoutReplyTimesOutAndItsLateReplyIsDroppedAndCounted() throws Exception {
        RabbitBus client = connect(builder());

        CompletableFuture<Reply<SendEchoRequestResponse>> reply = client.request(echo("late"),
                SendEchoRequestResponse.ADAPTER, Duration.ofMillis(300));

        assertThatThrownBy(() -> reply.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TimeoutException.class).hasMessageContaining("no reply to send.echo.request");
        assertThat(client.counters().timedOut()).isEqualTo(1);

        connect(builder()).serve(echoHandler());
        await(() -> assertThat(client.counters().lateReplies()).isEqualTo(1));
    }

    @Test
    void twoHundredConcurrentRequestsEachGetTheirOwnAnswer() throws Exception {
        RabbitBus server = connect(builder());
        server.serve(echoHandler(), 4);
        RabbitBus client = connect(builder());
        List<CompletableFuture<Reply<SendEchoRequestResponse>>> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            replies.add(client.request(echo("m-" + i), SendEchoRequestResponse.ADAPTER, Duration.ofSeconds(20)));
        }
        for (int i = 0; i < 200; i++) {
            assertThat(replies.get(i).get(30, TimeUnit.SECONDS).response().data().response())
                    .isEqualTo("Reply to: m-" + i);
        }
        assertThat(client.counters().lateReplies()).isZero();
        await(() -> assertThat(server.counters().replied()).isEqualTo(200));
    }

    // ---- priority ----------------------------------------------------------------------------------------------

    @Test
    void aThousandMessagesComeOutByPriorityThenInOrder() throws Exception {
        RabbitBus producer = connect(builder());
        Random random = new Random(42);
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            sent.add(producer.publish(echo(Integer.toString(i)), 1 + random.nextInt(5)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(Broker.depth(topology.workQueue())).isEqualTo(1000);

        List<int[]> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(1000);
        connect(builder().prefetch(1)).serve((message, envelope) -> {
            seen.add(new int[] {envelope.priority(), Integer.parseInt(((SendEchoRequest) message).message())});
            all.countDown();
            return null;
        });

        assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < seen.size(); i++) {
            int[] before = seen.get(i - 1);
            int[] now = seen.get(i);
            assertThat(now[0]).as("priority at %d", i).isLessThanOrEqualTo(before[0]);
            if (now[0] == before[0]) {
                assertThat(now[1]).as("order within priority %d at %d", now[0], i).isGreaterThan(before[1]);
            }
        }
        assertThat(seen.get(0)[0]).isEqualTo(5);
        assertThat(seen.get(999)[0]).isEqualTo(1);
    }

    // ---- retry -------------------------------------------------------------------------------------------------

    @Test
    void aFailingHandlerSeesRetryCountNullOneTwoThenSucceeds() throws Exception {
        List<Long> retryCounts = new CopyOnWriteArrayList<>();
        RabbitBus bus = connect(builder());
        bus.serve(Handler.of(SendEchoRequest.class, m -> {
            retryCounts.add(m.meta().retryCount());
            if (retryCounts.size() < 3) {
                throw new IllegalStateException("not yet");
            }
            return null;
        }));

        bus.publish(echo("retry me")).get(5, TimeUnit.SECONDS);

        await(() -> assertThat(retryCounts).hasSize(3));
        Thread.sleep(300);
        assertThat(retryCounts).containsExactly(null, 1L, 2L);
        assertThat(bus.counters().retried()).isEqualTo(2);
        assertThat(bus.counters().failed()).isEqualTo(2);
    }

    @Test
    void aMessageIsGivenUpAfterTheMaximumNumberOfRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RabbitBus bus = connect(builder().maxRetries(2));
        bus.serve((message, envelope) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("always");
        });

        bus.publish(echo("doomed")).get(5, TimeUnit.SECONDS);

        await(() -> assertThat(bus.counters().givenUp()).isEqualTo(1));
        assertThat(calls).hasValue(3);
        assertThat(bus.counters().retried()).isEqualTo(2);
        assertThat(Broker.depth(topology.workQueue())).isZero();
    }

    @Test
    void publishDelayedWaitsInTheDelayQueue() throws Exception {
        RabbitBus bus = connect(builder());
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        bus.serve((message, envelope) -> {
            arrivals.add(System.nanoTime());
            return null;
        });
        long start = System.nanoTime();

        bus.publishDelayed(echo("later"), Duration.ofMillis(150)).get(5, TimeUnit.SECONDS);

        await(() -> assertThat(arrivals).hasSize(1));
        assertThat(TimeUnit.NANOSECONDS.toMillis(arrivals.get(0) - start)).isGreaterThanOrEqualTo(140);
        assertThatThrownBy(() -> bus.publishDelayed(echo("x"), Duration.ofSeconds(7)))
                .hasMessageContaining("no delay queue of 7000 ms");
    }

    // ---- publishing --------------------------------------------------------------------------------------------

    @Test
    void workThatNoQueueTakesFailsButAnUnheardBroadcastIsNormal() throws Exception {
        RabbitBus bus = connect(builder().topology(new Topology(topology.namespace(), topology.delays(),
                List.of("git.*.*"), topology.broadcastBindings())));

        CompletableFuture<Void> work = bus.publish(echo("nobody binds send.*.*"));
        CompletableFuture<Void> broadcast = bus.publish(RefreshRegistryBranches.builder().build());

        assertThatThrownBy(() -> work.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(PublishException.class)
                .hasMessageStartingWith("send.echo.request is unroutable: no queue is bound to it on "
                        + topology.eventsExchange());
        assertThat(((PublishException) catchCause(work)).reason()).isEqualTo(PublishException.Reason.UNROUTABLE);
        broadcast.get(5, TimeUnit.SECONDS);
        assertThat(bus.counters().returned()).isEqualTo(1);
        assertThat(bus.counters().confirmed()).isEqualTo(1);
    }

    @Test
    void withoutConfirmsAPublishCompletesOnceWrittenAndAReturnIsOnlyCounted() throws Exception {
        RabbitBus bus = connect(builder().publisherConfirms(false).topology(new Topology(topology.namespace(),
                topology.delays(), List.of("send.*.*"), topology.broadcastBindings())));
        bus.serve(echoHandler());

        // The reply is published without confirms too, and the request is acked once it was written.
        Reply<SendEchoRequestResponse> reply = bus.request(echo("hi"), SendEchoRequestResponse.ADAPTER,
                Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        CompletableFuture<Void> unroutable = bus.publish(GitFileGet.builder().commit("c").file("f").repositoryId("r")
                .repositoryName("n").repositoryKind("k").build());

        assertThat(reply.response().data().response()).isEqualTo("Reply to: hi");
        assertThat(unroutable).isCompleted();
        assertThat(unroutable.isCompletedExceptionally()).isFalse();
        await(() -> assertThat(bus.counters().returned()).isEqualTo(1));
        await(() -> assertThat(bus.counters().acked()).isEqualTo(1));
        assertThat(bus.counters().confirmed()).isZero();
        assertThat(bus.counters().published()).isEqualTo(3); // the request, its reply, the unroutable message
    }

    private static Throwable catchCause(CompletableFuture<?> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shortStringsTooLongAreAClearErrorBeforeAnythingIsSent() throws Exception {
        RabbitBus bus = connect(builder());
        String long300 = "c".repeat(300);

        Throwable correlation = catchCause(bus.publish(SendEchoRequest.builder().message("x")
                .meta(Meta.builder().correlationId(long300).build()).build()));
        Throwable replyTo = catchCause(bus.publish(SendEchoRequest.builder().message("x")
                .meta(Meta.builder().replyTo("é".repeat(128)).build()).build()));
        Throwable expiration = catchCause(bus.publish(SendEchoRequest.builder().message("x")
                .meta(Meta.builder().expiration(5_000_000L).build()).build()));

        assertThat(correlation).isInstanceOf(PublishException.class).hasMessage("send.echo.request: correlation_id"
                + " is 300 bytes (\"ccccccccccccccccccccccccccccccccccccc...\"), more than the 255 an AMQP short"
                + " string holds: shorten it");
        assertThat(replyTo).hasMessageContaining("reply_to is 256 bytes");
        assertThat(expiration).hasMessage("send.echo.request: expiration \"5000000000\" is not a whole number of"
                + " milliseconds from 0 to 4294967295 (RabbitMQ's limit): set meta.expiration to at most 4294967"
                + " seconds");
        assertThat(bus.counters().published()).isZero();
        assertThat(Broker.depth(topology.workQueue())).isZero();
        bus.publish(echo("still fine")).get(5, TimeUnit.SECONDS);
        assertThat(Broker.depth(topology.workQueue())).isEqualTo(1);
    }

    // ---- hostile deliveries ------------------------------------------------------------------------------------

    @Test
    void hostileDeliveriesAreRejectedAndCountedAndTheConsumerCarriesOn() throws Exception {
        List<Object> handled = new CopyOnWriteArrayList<>();
        RabbitBus bus = connect(builder());
        bus.serve((message, envelope) -> {
            handled.add(message);
            return null;
        });
        try (Connection c = Broker.connect()) {
            Channel ch = c.createChannel();
            AMQP.BasicProperties json = new AMQP.BasicProperties.Builder().contentType("application/json")
                    .contentEncoding("utf-8").build();
            String ex = topology.eventsExchange();
            ch.basicPublish(ex, "send.echo.request", json, "not json".getBytes(StandardCharsets.UTF_8));
            ch.basicPublish(ex, "send.echo.request", new AMQP.BasicProperties.Builder().contentType("text/plain")
                    .build(), "{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            ch.basicPublish(ex, "send.unknown.key", json, "{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8));
            ch.basicPublish(ex, "send.echo.request", json, "{\"message\":7}".getBytes(StandardCharsets.UTF_8));
            ch.basicPublish(ex, "send.echo.request", json, "{}".getBytes(StandardCharsets.UTF_8));
            ch.basicPublish(ex, "send.echo.request", json, new byte[] {(byte) 0xff, '{'});
            ch.basicPublish(ex, "send.echo.request", json, "{\"message\":\"fine\"}".getBytes(StandardCharsets.UTF_8));
        }

        await(() -> assertThat(handled).hasSize(1));
        await(() -> assertThat(bus.counters().rejected()).isEqualTo(6));
        assertThat(((SendEchoRequest) handled.get(0)).message()).isEqualTo("fine");
        assertThat(Broker.depth(topology.workQueue())).isZero();
        assertThat(bus.counters().delivered()).isEqualTo(7);
        assertThat(bus.counters().acked()).isEqualTo(1);
    }

    // ---- broadcasts and shutdown -------------------------------------------------------------------------------

    @Test
    void broadcastsReachEverySubscribedProcess() throws Exception {
        List<Object> first = new CopyOnWriteArrayList<>();
        List<Object> second = new CopyOnWriteArrayList<>();
        RabbitBus a = connect(builder());
        RabbitBus b = connect(builder());
        a.subscribe((m, e) -> first.add(m));
        b.subscribe((m, e) -> second.add(m));

        a.publish(RefreshRegistryBranches.builder().build()).get(5, TimeUnit.SECONDS);

        await(() -> assertThat(first).hasSize(1));
        await(() -> assertThat(second).hasSize(1));
        assertThat(first.get(0)).isInstanceOf(RefreshRegistryBranches.class);
        assertThat(a.callbackQueue()).isEqualTo("worker-callback-" + a.identity());
    }

    @Test
    void closingFinishesTheDeliveryInFlightThenStops() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        RabbitBus bus = connect(builder().prefetch(1));
        Subscription serving = bus.serve(Handler.of(SendEchoRequest.class, m -> {
            started.countDown();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.add(m.message());
            return null;
        }));
        bus.publish(echo("first")).get(5, TimeUnit.SECONDS);
        bus.publish(echo("second")).get(5, TimeUnit.SECONDS);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        serving.close();

        assertThat(finished).containsExactly("first");
        assertThat(bus.counters().acked()).isEqualTo(1);
        assertThat(Broker.depth(topology.workQueue())).isEqualTo(1);
    }
}
