package io.busgen.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Address;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import com.rabbitmq.client.impl.recovery.AutorecoveringChannel;
import io.busgen.runtime.BusCatalog;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ErrorReplyAdapter;
import io.busgen.runtime.Kind;
import io.busgen.runtime.Reply;
import io.busgen.runtime.ValidationException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sends and serves the messages of a generated catalogue over RabbitMQ, with Infrahub's topology, so that a busgen
 * service and Infrahub's own workers can share one broker (docs/rabbitmq.md).
 *
 * <pre>{@code
 * try (RabbitBus bus = RabbitBus.builder(InfrahubCatalog.INSTANCE).uri("amqp://guest:guest@127.0.0.1:5672").connect()) {
 *     bus.serve(Handler.of(InfrahubMessage.class, m -> m.accept(visitor)));
 *     Reply<SendEchoRequestResponse> reply = bus.request(echo, SendEchoRequestResponse.ADAPTER, Duration.ofSeconds(5))
 *             .get();
 * }
 * }</pre>
 *
 * <p>Every publish uses publisher confirms (unless {@linkplain Builder#publisherConfirms(boolean) turned off}): its
 * future completes when the broker has taken the message, and fails with a {@link PublishException} when it was
 * nacked, returned unroutable (work and requests are published {@code mandatory}; a broadcast nobody listens to is
 * normal), or its connection closed first. The AMQP {@code message_id} of each confirmed publish is set to match
 * returns to publishes (Infrahub ignores it). The connection recovers by itself, with its queues, bindings and
 * consumers. A bus is thread-safe.
 */
public final class RabbitBus implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RabbitBus.class.getName());
    private static final Pattern INEQUIVALENT = Pattern.compile(
            "inequivalent arg '([^']*)' for (queue|exchange) '([^']*)' in vhost '[^']*': received (.*) but current"
                    + " is (.*)");

    private final CatalogCodec codec;
    private final Topology topology;
    private final String identity;
    private final String role;
    private final int prefetch;
    private final int maxRetries;
    private final @Nullable String retryDelay;
    private final boolean validate;
    private final boolean confirms;
    private final Duration shutdownTimeout;
    private final Connection connection;
    private final String callbackQueue;
    private final Channel replyChannel;
    private final Publisher publisher;
    private final ScheduledExecutorService timer;
    private final ExecutorService completions;
    private final Map<String, PendingRequest<?>> requests = new ConcurrentHashMap<>();
    /** Whether each of the catalogue's routing keys is a broadcast, worked out once. */
    private final Map<String, Boolean> broadcasts = new HashMap<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Counters counters = new Counters();
    private volatile boolean closed;

    private RabbitBus(Builder b, Connection connection) throws IOException {
        this.codec = new CatalogCodec(b.catalog, b.errorReplies);
        this.topology = b.topology != null ? b.topology : Topology.of(b.catalog);
        this.identity = b.identity != null ? b.identity : UUID.randomUUID().toString().substring(0, 8);
        this.role = b.role;
        this.prefetch = b.prefetch;
        this.maxRetries = b.maxRetries;
        this.retryDelay = b.retryDelay != null ? b.retryDelay
                : topology.delays().entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse(null);
        if (retryDelay != null && !topology.delays().containsKey(retryDelay)) {
            throw new IllegalArgumentException("retry delay \"" + retryDelay + "\" is not a delay of the topology: use"
                    + " one of " + topology.delays().keySet());
        }
        this.validate = b.validate;
        this.confirms = b.publisherConfirms;
        for (EntryAdapter<?> entry : b.catalog.entries()) {
            broadcasts.put(entry.routingKey(), topology.isBroadcast(entry.routingKey()));
        }
        this.shutdownTimeout = b.shutdownTimeout;
        this.connection = connection;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("busgen-timer"));
        this.completions = Executors.newCachedThreadPool(daemon("busgen-completion"));
        if (b.declareSharedTopology) {
            declare(connection, topology, b.catalog.maxPriority());
        }
        this.callbackQueue = role + "-callback-" + identity;
        this.replyChannel = connection.createChannel();
        replyChannel.queueDeclare(callbackQueue, false, true, false, null);
        replyChannel.basicConsume(callbackQueue, true, new DefaultConsumer(replyChannel) {
            @Override
            public void handleDelivery(String consumerTag, com.rabbitmq.client.Envelope envelope,
                    AMQP.BasicProperties properties, byte[] body) {
                onReply(properties, body);
            }
        });
        this.publisher = new Publisher(connection.createChannel());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A builder of a bus for a generated catalogue.
     *
     * @param catalog the catalogue, such as {@code InfrahubCatalog.INSTANCE}
     * @return the builder
     */
    public static Builder builder(BusCatalog catalog) {
        return new Builder(catalog);
    }

    // ---- topology ----------------------------------------------------------------------------------------------

    /**
     * Declares the shared topology as Infrahub's API server does: the three exchanges, the work queue with its
     * bindings to the events and dead-letter exchanges, the delay queues with theirs. Declaring what already exists
     * with the same arguments changes nothing; nothing is ever deleted.
     *
     * @param connection an open connection
     * @param topology what to declare
     * @param maxPriority the work queue's {@code x-max-priority}
     * @throws TopologyMismatchException when the broker holds one of them declared otherwise
     * @throws IOException when the broker cannot be reached
     */
    public static void declare(Connection connection, Topology topology, int maxPriority) throws IOException {
        Channel channel = connection.createChannel();
        try {
            channel.exchangeDeclare(topology.eventsExchange(), BuiltinExchangeType.TOPIC, true);
            channel.exchangeDeclare(topology.deadLetterExchange(), BuiltinExchangeType.TOPIC, true);
            channel.exchangeDeclare(topology.delayedExchange(), BuiltinExchangeType.HEADERS, true);
            channel.queueDeclare(topology.workQueue(), true, false, false, Map.of("x-max-priority", maxPriority));
            for (String pattern : topology.workBindings()) {
                channel.queueBind(topology.workQueue(), topology.eventsExchange(), pattern);
                channel.queueBind(topology.workQueue(), topology.deadLetterExchange(), pattern);
            }
            for (Map.Entry<String, Long> delay : topology.delays().entrySet()) {
                String queue = topology.delayQueue(delay.getKey());
                int millis = Math.toIntExact(delay.getValue());
                channel.queueDeclare(queue, true, false, false, Map.of("x-dead-letter-exchange",
                        topology.deadLetterExchange(), "x-message-ttl", millis, "x-max-priority", maxPriority));
                channel.queueBind(queue, topology.delayedExchange(), "", Map.of("x-match", "all", "delay", millis));
            }
        } catch (IOException e) {
            throw mismatch(e).orElseThrow(() -> e);
        } finally {
            if (channel.isOpen()) {
                try {
                    channel.close();
                } catch (IOException | TimeoutException | AlreadyClosedException e) {
                    LOG.log(Level.DEBUG, "closing the declaring channel: " + e);
                }
            }
        }
    }

    private static Optional<TopologyMismatchException> mismatch(IOException e) {
        if (!(e.getCause() instanceof ShutdownSignalException signal)
                || !(signal.getReason() instanceof AMQP.Channel.Close close) || close.getReplyCode() != 406) {
            return Optional.empty();
        }
        Matcher m = INEQUIVALENT.matcher(close.getReplyText());
        if (!m.find()) {
            return Optional.of(new TopologyMismatchException("?", null, "the broker refused a declaration of the"
                    + " topology: " + close.getReplyText() + "; busgen never deletes or redeclares: delete or fix it"
                    + " by hand, or use another namespace", e));
        }
        String object = m.group(2) + " '" + m.group(3) + "'";
        String argument = m.group(1);
        return Optional.of(new TopologyMismatchException(object, argument, object + " exists on the broker with "
                + argument + " = " + value(m.group(5)) + ", but busgen declares " + argument + " = "
                + value(m.group(4)) + ": busgen never deletes or redeclares it with other arguments; make the"
                + " catalogue's broker topology match, or delete the " + m.group(2) + " by hand when nothing uses it",
                e));
    }

    private static String value(String brokerText) {
        Matcher m = Pattern.compile("the value '(.*)' of type '.*'").matcher(brokerText);
        if (m.matches()) {
            return m.group(1);
        }
        return brokerText.equals("none") ? "(none)" : brokerText.replace("'", "");
    }

    // ---- publishing --------------------------------------------------------------------------------------------

    /**
     * Publishes a message to {@code <namespace>.events} with its routing key and catalogue priority.
     *
     * @param message an instance of a generated message class of the catalogue
     * @return completes when the broker has taken the message; fails with a {@link PublishException}
     * @throws IllegalArgumentException when the object is not a message of the catalogue
     */
    public CompletableFuture<Void> publish(Object message) {
        return publish(codec.messageAdapter(message).toEnvelope(message));
    }

    /**
     * Publishes a message with an explicit priority for this send.
     *
     * @param message an instance of a generated message class of the catalogue
     * @param priority from 1 to the catalogue's highest priority
     * @return completes when the broker has taken the message; fails with a {@link PublishException}
     * @throws IllegalArgumentException when the object is not a message of the catalogue, or the priority is out of
     *     range
     */
    public CompletableFuture<Void> publish(Object message, int priority) {
        return publish(codec.messageAdapter(message).toEnvelope(message, priority));
    }

    /**
     * Publishes an envelope to {@code <namespace>.events}: {@code mandatory} unless its routing key is a broadcast.
     *
     * @param envelope the envelope
     * @return completes when the broker has taken the message; fails with a {@link PublishException}
     */
    public CompletableFuture<Void> publish(Envelope envelope) {
        Boolean broadcast = broadcasts.get(envelope.routingKey());
        if (broadcast == null) {
            broadcast = topology.isBroadcast(envelope.routingKey());
        }
        return publisher.publish(topology.eventsExchange(), envelope, !broadcast, null);
    }

    /**
     * Publishes a message through {@code <namespace>.delayed}: it waits in the delay queue of that delay, then
     * reaches the work queue through {@code <namespace>.dlx}.
     *
     * @param message an instance of a generated message class of the catalogue
     * @param delay one of the topology's delays
     * @return completes when the broker has taken the message; fails with a {@link PublishException}
     * @throws IllegalArgumentException when the delay is not one of the topology's
     */
    public CompletableFuture<Void> publishDelayed(Object message, Duration delay) {
        long millis = delay.toMillis();
        if (!topology.delays().containsValue(millis)) {
            throw new IllegalArgumentException("no delay queue of " + millis + " ms: the topology declares "
                    + topology.delays());
        }
        return publishDelayed(codec.messageAdapter(message).toEnvelope(message), millis);
    }

    private CompletableFuture<Void> publishDelayed(Envelope envelope, long millis) {
        return publisher.publish(topology.delayedExchange(), envelope, true,
                Map.of("delay", (int) millis));
    }

    /**
     * Sends a request and waits for its reply: a fresh correlation id, {@code reply_to} this process's callback
     * queue. An {@code rpc_error} reply is a {@linkplain Reply#failed() failed} reply.
     *
     * @param <R> the response type
     * @param request an instance of a generated message class of the catalogue
     * @param responseType the adapter of the response expected, such as {@code SendEchoRequestResponse.ADAPTER}
     * @param timeout how long to wait for the reply; a reply after it is dropped and counted
     * @return the reply; fails with a {@link TimeoutException} after the time-out, a {@link PublishException} when
     *     the request was not taken, a {@link DecodeException} when the reply does not decode
     */
    public <R> CompletableFuture<Reply<R>> request(Object request, EntryAdapter<R> responseType, Duration timeout) {
        return request(request, responseType, timeout, codec);
    }

    private <T, R> CompletableFuture<Reply<R>> request(T request, EntryAdapter<R> responseType, Duration timeout,
            CatalogCodec c) {
        EntryAdapter<T> adapter = c.messageAdapter(request);
        String correlationId = UUID.randomUUID().toString();
        T addressed = CatalogCodec.mapping(adapter).withEnvelopeFields(request,
                new io.busgen.runtime.internal.EnvelopeFields(null, null, null, correlationId, callbackQueue));
        Envelope envelope = adapter.toEnvelope(addressed);
        PendingRequest<R> pending = new PendingRequest<>(responseType);
        requests.put(correlationId, pending);
        pending.timeout = timer.schedule(() -> {
            if (requests.remove(correlationId) != null) {
                counters.timedOut.increment();
                pending.future.completeExceptionally(new TimeoutException("no reply to " + adapter.routingKey()
                        + " (correlation id " + correlationId + ") within " + timeout.toMillis() + " ms"));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        publisher.publish(topology.eventsExchange(), envelope, true, null).whenComplete((ok, failure) -> {
            if (failure != null && requests.remove(correlationId) != null) {
                pending.timeout.cancel(false);
                pending.future.completeExceptionally(failure);
            }
        });
        return pending.future;
    }

    private void onReply(AMQP.BasicProperties properties, byte[] body) {
        String correlationId = properties.getCorrelationId();
        PendingRequest<?> pending = correlationId == null ? null : requests.remove(correlationId);
        if (pending == null) {
            counters.lateReplies.increment();
            LOG.log(Level.DEBUG, "dropped a reply for no waiting request (correlation id " + correlationId + ")");
            return;
        }
        pending.timeout.cancel(false);
        completions.execute(() -> pending.complete(this, AmqpValues.envelope(callbackQueue, properties, body)));
    }

    private static final class PendingRequest<R> {
        final EntryAdapter<R> responseType;
        final CompletableFuture<Reply<R>> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;

        PendingRequest(EntryAdapter<R> responseType) {
            this.responseType = responseType;
        }

        void complete(RabbitBus bus, Envelope envelope) {
            try {
                future.complete(bus.codec.decodeReply(envelope, responseType));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }
    }

    // ---- consuming ---------------------------------------------------------------------------------------------

    /**
     * Consumes the work queue {@code <namespace>.rpcs} with manual acks and the prefetch: each message is decoded
     * (validated, unless turned off), handled, and acked. A request with a reply-to gets the handler's response as
     * its reply, or an {@code rpc_error} reply when the handler threw; another message whose handler threw is
     * re-published after the retry delay with {@code retry_count} + 1, up to the maximum, then given up with a log
     * line. A delivery that does not decode or validate is rejected without requeue and counted.
     *
     * @param handler handles each message
     * @return the consumer; closing it stops taking deliveries and waits for those in flight
     * @throws IOException when the broker cannot be reached
     */
    public Subscription serve(Handler handler) throws IOException {
        return serve(handler, 1);
    }

    /**
     * {@link #serve(Handler)} with several competing consumers in this process, each on its own channel with the
     * prefetch, so that up to {@code consumers} messages are handled at once.
     *
     * @param handler handles each message, from several threads at once when {@code consumers} is above 1
     * @param consumers how many consumers
     * @return the consumers; closing it stops them all
     * @throws IOException when the broker cannot be reached
     */
    public Subscription serve(Handler handler, int consumers) throws IOException {
        checkOpen();
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            Channel channel = connection.createChannel();
            channel.basicQos(prefetch);
            channels.add(channel);
        }
        Subscription subscription = new Subscription(this, shutdownTimeout, channels);
        for (Channel channel : channels) {
            subscription.consume(channel, topology.workQueue(), false,
                    (tag, envelope, body) -> onWork(subscription, channel, tag, envelope, body, handler));
        }
        subscriptions.add(subscription);
        return subscription;
    }

    /**
     * Consumes the broadcasts of the topology's broadcast bindings on this process's exclusive events queue.
     *
     * @param handler handles each broadcast; what it returns is ignored
     * @return the consumer
     * @throws IOException when the broker cannot be reached
     */
    public Subscription subscribe(Handler handler) throws IOException {
        return subscribe(topology.broadcastBindings(), handler);
    }

    /**
     * Consumes the messages of {@code patterns} on this process's exclusive events queue {@code
     * <role>-events-<identity>}, bound to {@code <namespace>.events}, without acks (as upstream).
     *
     * @param patterns the topic patterns to bind
     * @param handler handles each message; what it returns is ignored, a failure is logged and counted
     * @return the consumer
     * @throws IOException when the broker cannot be reached
     */
    public Subscription subscribe(List<String> patterns, Handler handler) throws IOException {
        checkOpen();
        Channel channel = connection.createChannel();
        String queue = role + "-events-" + identity;
        channel.queueDeclare(queue, false, true, false, null);
        for (String pattern : patterns) {
            channel.queueBind(queue, topology.eventsExchange(), pattern);
        }
        Subscription subscription = new Subscription(this, shutdownTimeout, List.of(channel));
        subscription.consume(channel, queue, true, (tag, envelope, body) -> {
            Object message;
            try {
                message = codec.decodeMessage(envelope, body, validate);
            } catch (DecodeException | ValidationException | IllegalArgumentException e) {
                counters.rejected.increment();
                LOG.log(Level.WARNING, "dropped a broadcast that does not decode (" + envelope.routingKey() + "): "
                        + e.getMessage());
                return;
            }
            try {
                handler.handle(message, envelope);
            } catch (Exception e) {
                counters.failed.increment();
                LOG.log(Level.WARNING, "handling broadcast " + envelope.routingKey() + " failed: " + e);
            }
        });
        subscriptions.add(subscription);
        return subscription;
    }

    private void onWork(Subscription subscription, Channel channel, long tag, Envelope envelope, byte[] body,
            Handler handler) {
        Object message;
        try {
            message = codec.decodeMessage(envelope, body, validate);
        } catch (DecodeException | ValidationException | IllegalArgumentException e) {
            counters.rejected.increment();
            LOG.log(Level.WARNING, "rejected a delivery that does not decode (" + envelope.routingKey() + "): "
                    + e.getMessage());
            subscription.reject(channel, tag);
            return;
        }
        Object response;
        try {
            response = handler.handle(message, envelope);
        } catch (Exception failure) {
            counters.failed.increment();
            onFailure(subscription, channel, tag, message, envelope, failure);
            return;
        }
        if (envelope.replyTo() != null && response != null) {
            Envelope reply;
            try {
                reply = codec.reply(message, envelope, response);
            } catch (RuntimeException e) {
                counters.failed.increment();
                onFailure(subscription, channel, tag, message, envelope, e);
                return;
            }
            sendThenAck(subscription, channel, tag, publishReply(reply), "the reply");
            return;
        }
        subscription.ack(channel, tag);
    }

    private void onFailure(Subscription subscription, Channel channel, long tag, Object message, Envelope envelope,
            Throwable failure) {
        if (envelope.replyTo() != null) {
            Optional<Envelope> reply = codec.failureReply(message, envelope, failure);
            if (reply.isPresent()) {
                sendThenAck(subscription, channel, tag, publishReply(reply.get()), "the error reply");
                return;
            }
        }
        Long count = CatalogCodec.retryCount(message, codec.messageAdapter(message));
        long next = count == null ? 1 : count + 1;
        Optional<Envelope> retry = retryDelay == null || next > maxRetries ? Optional.empty()
                : codec.withRetryCount(message, next);
        if (retry.isEmpty()) {
            counters.givenUp.increment();
            LOG.log(Level.ERROR, "gave up on " + envelope.routingKey() + " after " + (count == null ? 0 : count)
                    + " retries" + (retryDelay == null ? " (the topology has no delay to retry with)" : "")
                    + ": " + failure);
            subscription.ack(channel, tag);
            return;
        }
        Envelope retried = retry.get();
        Map<String, @Nullable Object> headers = retried.headers();
        if (headers != null) {
            Map<String, @Nullable Object> kept = new HashMap<>(headers);
            kept.keySet().removeIf(k -> k.equals("x-death") || k.startsWith("x-first-death")
                    || k.startsWith("x-last-death") || k.equals("delay"));
            retried = new Envelope(retried.routingKey(), retried.priority(), retried.contentType(),
                    retried.contentEncoding(), retried.correlationId(), retried.replyTo(), kept.isEmpty() ? null : kept,
                    retried.expiration(), retried.body());
        }
        LOG.log(Level.INFO, "retrying " + envelope.routingKey() + " (retry " + next + " of " + maxRetries + ") in "
                + topology.delays().get(retryDelay) + " ms: " + failure);
        CompletableFuture<Void> sent = publishDelayed(retried, topology.delays().get(retryDelay));
        sent.thenRun(counters.retried::increment);
        sendThenAck(subscription, channel, tag, sent, "the retry");
    }

    private CompletableFuture<Void> publishReply(Envelope reply) {
        CompletableFuture<Void> sent = publisher.publish("", reply, false, null);
        sent.thenRun(counters.replied::increment);
        return sent;
    }

    /** Acks once what handling sent is confirmed; requeues the delivery when it was not. */
    private void sendThenAck(Subscription subscription, Channel channel, long tag, CompletableFuture<Void> sent,
            String what) {
        try {
            sent.get(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS);
            subscription.ack(channel, tag);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.log(Level.WARNING, "sending " + what + " failed, the delivery goes back to the queue: " + cause);
            subscription.requeue(channel, tag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            subscription.requeue(channel, tag);
        }
    }

    // ---- state -------------------------------------------------------------------------------------------------

    /**
     * The counters so far.
     *
     * @return a snapshot
     */
    public BusCounters counters() {
        return counters.snapshot();
    }

    /**
     * The topology this bus declared and uses.
     *
     * @return the topology
     */
    public Topology topology() {
        return topology;
    }

    /**
     * This process's identity, which names its own queues.
     *
     * @return the identity
     */
    public String identity() {
        return identity;
    }

    /**
     * This process's callback queue, where replies to its requests arrive.
     *
     * @return {@code <role>-callback-<identity>}
     */
    public String callbackQueue() {
        return callbackQueue;
    }

    /**
     * The connection, for what this class does not cover.
     *
     * @return the connection (it recovers by itself)
     */
    public Connection connection() {
        return connection;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the bus is closed");
        }
    }

    /**
     * Shuts down gracefully: stops every consumer taking deliveries, waits for the ones in flight (up to the
     * shutdown time-out), waits for outstanding confirms, fails the requests still waiting, then closes the
     * connection.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Subscription subscription : subscriptions) {
            subscription.close();
        }
        publisher.awaitConfirms(shutdownTimeout);
        for (String id : List.copyOf(requests.keySet())) {
            PendingRequest<?> pending = requests.remove(id);
            if (pending != null) {
                pending.timeout.cancel(false);
                pending.future.completeExceptionally(new PublishException(PublishException.Reason.CLOSED,
                        "the bus closed before the reply arrived"));
            }
        }
        publisher.close();
        try {
            connection.close((int) Math.min(Integer.MAX_VALUE, shutdownTimeout.toMillis()));
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.DEBUG, "closing the connection: " + e);
        }
        timer.shutdownNow();
        completions.shutdown();
    }

    void removed(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    void delivered() {
        counters.delivered.increment();
    }

    void acked() {
        counters.acked.increment();
    }

    void rejected(String why) {
        counters.rejected.increment();
        LOG.log(Level.WARNING, "rejected a delivery: " + why);
    }

    boolean closing() {
        return closed;
    }

    // ---- the publisher -----------------------------------------------------------------------------------------

    /** One channel in confirm mode; each publish's future completes with its confirm. */
    private final class Publisher {
        private final Object lock = new Object();
        private final ConcurrentNavigableMap<Long, Pending> outstanding = new ConcurrentSkipListMap<>();
        private final Map<String, Pending> byMessageId = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();
        private final String idPrefix = "busgen-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        private volatile Channel channel;
        /**
         * Whether the client is recovering the connection: from the start of a recovery to its end, the publishing
         * channel's delegate may be a new channel whose confirm mode is not restored yet. A publish there would read a
         * sequence number that the broker does not count, and every later publish would be filed one number off its
         * confirm: a future would complete for another publish's confirm, and the last one would never complete.
         */
        private volatile boolean recovering;
        /** How many recoveries have started, so that a publish can tell that one began while it was being filed. */
        private final AtomicLong recoveries = new AtomicLong();

        Publisher(Channel channel) throws IOException {
            this.channel = channel;
            prepare(channel);
            if (connection instanceof Recoverable recoverable) {
                recoverable.addRecoveryListener(new RecoveryListener() {
                    @Override
                    public void handleRecoveryStarted(Recoverable started) {
                        recoveries.incrementAndGet();
                        recovering = true;
                    }

                    @Override
                    public void handleRecovery(Recoverable recovered) {
                        recovering = false;
                    }
                });
            }
        }

        private void prepare(Channel ch) throws IOException {
            if (!confirms) {
                ch.addReturnListener(returned -> {
                    counters.returned.increment();
                    LOG.log(Level.WARNING, returned.getRoutingKey() + " came back unroutable from " + (returned
                            .getExchange().isEmpty() ? "the default exchange" : returned.getExchange()) + " ("
                            + returned.getReplyText() + "): publisher confirms are off, so its future had completed");
                });
                return;
            }
            ch.confirmSelect();
            // A channel replaced after a channel-level error may still deliver a late event: only the current
            // channel's confirms and shutdown speak for the outstanding publishes.
            ch.addConfirmListener((tag, multiple) -> {
                if (ch == channel) {
                    settle(tag, multiple, null);
                }
            }, (tag, multiple) -> {
                if (ch == channel) {
                    settle(tag, multiple, PublishException.Reason.NACKED);
                }
            });
            ch.addReturnListener(returned -> {
                Pending pending = byMessageId.get(String.valueOf(returned.getProperties().getMessageId()));
                if (pending != null) {
                    pending.returned = returned.getReplyText();
                }
            });
            ch.addShutdownListener(cause -> {
                if (ch == channel) {
                    failAll(cause);
                }
            });
        }

        /**
         * The channel a publish goes to, replaced when the broker closed it with a channel-level error (the
         * client's automatic recovery brings back channels lost with their connection, not those).
         */
        private Channel usableChannel() throws IOException {
            if (!channel.isOpen() && connection.isOpen() && !closed && !lostWithConnection(channel)) {
                channel = connection.createChannel();
                prepare(channel);
            }
            return channel;
        }

        private static boolean lostWithConnection(Channel ch) {
            ShutdownSignalException cause = ch.getCloseReason();
            return cause != null && cause.isHardError();
        }

        /**
         * The physical channel behind {@code ch}: the publish sequence number and the publish itself must be asked
         * of the same one. An auto-recovering channel swaps its delegate when it recovers, and a sequence number read
         * from the lost channel but used for a publish on the recovered one (which counts from 1 again) would file
         * the publish under the wrong confirm, or under another publish's number, leaving its future unsettled.
         */
        private static Channel physical(Channel ch) {
            return ch instanceof AutorecoveringChannel recovering ? recovering.getDelegate() : ch;
        }

        /** Without confirms: the future completes once the client has taken the message for the socket. */
        private CompletableFuture<Void> publishUnconfirmed(String exchange, Envelope envelope, boolean mandatory,
                AMQP.BasicProperties properties) {
            synchronized (lock) {
                try {
                    usableChannel().basicPublish(exchange, envelope.routingKey(), mandatory, properties,
                            envelope.body());
                    counters.published.increment();
                } catch (IOException | AlreadyClosedException e) {
                    counters.lost.increment();
                    return CompletableFuture.failedFuture(new PublishException(
                            PublishException.Reason.CONNECTION_LOST, "could not publish " + envelope.routingKey()
                                    + ": the connection is down (" + e.getMessage() + ")", e));
                }
            }
            return CompletableFuture.completedFuture(null);
        }

        CompletableFuture<Void> publish(String exchange, Envelope envelope, boolean mandatory,
                @Nullable Map<String, Object> extraHeaders) {
            String problem = AmqpValues.problem(envelope, envelope.routingKey());
            if (problem != null) {
                return CompletableFuture.failedFuture(new PublishException(PublishException.Reason.INVALID_ENVELOPE,
                        problem));
            }
            if (!confirms) {
                return publishUnconfirmed(exchange, envelope, mandatory,
                        AmqpValues.properties(envelope, extraHeaders, null));
            }
            String messageId = idPrefix + ids.incrementAndGet();
            AMQP.BasicProperties properties = AmqpValues.properties(envelope, extraHeaders, messageId);
            byte[] body = envelope.body();
            Pending pending = new Pending(messageId, envelope.routingKey(), exchange);
            synchronized (lock) {
                try {
                    long recoveriesBefore = recoveries.get();
                    if (recovering) {
                        return notPublished(pending, envelope.routingKey(), "the client is recovering it", null);
                    }
                    Channel target = physical(usableChannel());
                    long seq = target.getNextPublishSeqNo();
                    if (recovering || recoveries.get() != recoveriesBefore) {
                        return notPublished(pending, envelope.routingKey(), "the client began recovering it", null);
                    }
                    outstanding.put(seq, pending);
                    byMessageId.put(messageId, pending);
                    target.basicPublish(exchange, envelope.routingKey(), mandatory, properties, body);
                    counters.published.increment();
                } catch (IOException | AlreadyClosedException e) {
                    byMessageId.remove(messageId);
                    outstanding.values().remove(pending);
                    return notPublished(pending, envelope.routingKey(), e.getMessage(), e);
                }
            }
            return pending.future;
        }

        /**
         * Fails a publish that was not sent: the connection is down, or being recovered. A publish the channel's
         * shutdown failed already is left as it is.
         */
        private CompletableFuture<Void> notPublished(Pending pending, String routingKey, @Nullable String why,
                @Nullable Exception cause) {
            if (!pending.settle()) {
                return pending.future;
            }
            counters.lost.increment();
            String message = "could not publish " + routingKey + ": the connection is down (" + why + ")";
            pending.fail(cause == null ? new PublishException(PublishException.Reason.CONNECTION_LOST, message)
                    : new PublishException(PublishException.Reason.CONNECTION_LOST, message, cause));
            return pending.future;
        }

        private void settle(long tag, boolean multiple, PublishException.@Nullable Reason failure) {
            List<Pending> settled = new ArrayList<>();
            List<CompletableFuture<Void>> confirmed = new ArrayList<>();
            if (multiple) {
                ConcurrentNavigableMap<Long, Pending> head = outstanding.headMap(tag, true);
                settled.addAll(head.values());
                head.clear();
            } else {
                Pending pending = outstanding.remove(tag);
                if (pending != null) {
                    settled.add(pending);
                }
            }
            for (Pending pending : settled) {
                byMessageId.remove(pending.messageId);
                if (!pending.settle()) {
                    continue;
                }
                if (failure != null) {
                    counters.nacked.increment();
                    pending.fail(new PublishException(failure, "the broker nacked " + pending.routingKey
                            + ": it did not take the message"));
                } else if (pending.returned != null) {
                    counters.returned.increment();
                    pending.fail(new PublishException(PublishException.Reason.UNROUTABLE, pending.routingKey
                            + " is unroutable: no queue is bound to it on " + (pending.exchange.isEmpty()
                                    ? "the default exchange" : pending.exchange) + " (" + pending.returned + "); check"
                            + " the topology's bindings, or that the reply queue still exists"));
                } else {
                    counters.confirmed.increment();
                    confirmed.add(pending.future);
                }
            }
            // Off the connection's thread, where a callback that waits on the broker would block it; one task for
            // every publish this confirm settles.
            if (!confirmed.isEmpty()) {
                completions.execute(() -> confirmed.forEach(future -> future.complete(null)));
            }
        }

        private void failAll(ShutdownSignalException cause) {
            List<Pending> lost = new ArrayList<>(outstanding.values());
            outstanding.clear();
            byMessageId.clear();
            for (Pending pending : lost) {
                if (!pending.settle()) {
                    continue;
                }
                counters.lost.increment();
                pending.fail(new PublishException(closed ? PublishException.Reason.CLOSED
                        : PublishException.Reason.CONNECTION_LOST, (cause.isHardError() ? "the connection"
                                : "the publishing channel") + " closed before the broker confirmed " + pending.routingKey
                        + " (" + cause.getMessage() + "): it may or may not have arrived", cause));
            }
        }

        void awaitConfirms(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!outstanding.isEmpty() && System.nanoTime() < deadline && channel.isOpen()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void close() {
            synchronized (lock) {
                try {
                    if (channel.isOpen()) {
                        channel.close();
                    }
                } catch (IOException | TimeoutException | AlreadyClosedException e) {
                    LOG.log(Level.DEBUG, "closing the publishing channel: " + e);
                }
            }
        }

        private final class Pending {
            final String messageId;
            final String routingKey;
            final String exchange;
            final CompletableFuture<Void> future = new CompletableFuture<>();
            volatile @Nullable String returned;
            private final java.util.concurrent.atomic.AtomicBoolean settled =
                    new java.util.concurrent.atomic.AtomicBoolean();

            Pending(String messageId, String routingKey, String exchange) {
                this.messageId = messageId;
                this.routingKey = routingKey;
                this.exchange = exchange;
            }

            /** Whether this call settles it: each publish is counted and completed once. */
            boolean settle() {
                return settled.compareAndSet(false, true);
            }

            void fail(PublishException e) {
                completions.execute(() -> future.completeExceptionally(e));
            }
        }
    }

    private static final class Counters {
        final LongAdder published = new LongAdder();
        final LongAdder confirmed = new LongAdder();
        final LongAdder returned = new LongAdder();
        final LongAdder nacked = new LongAdder();
        final LongAdder lost = new LongAdder();
        final LongAdder delivered = new LongAdder();
        final LongAdder acked = new LongAdder();
        final LongAdder rejected = new LongAdder();
        final LongAdder retried = new LongAdder();
        final LongAdder givenUp = new LongAdder();
        final LongAdder replied = new LongAdder();
        final LongAdder failed = new LongAdder();
        final LongAdder timedOut = new LongAdder();
        final LongAdder lateReplies = new LongAdder();

        BusCounters snapshot() {
            return new BusCounters(published.sum(), confirmed.sum(), returned.sum(), nacked.sum(), lost.sum(),
                    delivered.sum(), acked.sum(), rejected.sum(), retried.sum(), givenUp.sum(), replied.sum(),
                    failed.sum(), timedOut.sum(), lateReplies.sum());
        }
    }

    // ---- the builder -------------------------------------------------------------------------------------------

    /** Configures and connects a {@link RabbitBus}. */
    public static final class Builder {
        private final BusCatalog catalog;
        private @Nullable ConnectionFactory factory;
        private @Nullable String uri;
        private @Nullable List<Address> addresses;
        private @Nullable Topology topology;
        private @Nullable String identity;
        private String role = "worker";
        private int prefetch = 2;
        private int maxRetries = 10;
        private @Nullable String retryDelay;
        private boolean validate = true;
        private boolean publisherConfirms = true;
        private boolean declareSharedTopology = true;
        private Duration shutdownTimeout = Duration.ofSeconds(30);
        private long recoveryIntervalMillis = 5000;
        private @Nullable ErrorReplyAdapter<?> errorReplies;

        private Builder(BusCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        /**
         * The broker's URI, such as {@code amqp://guest:guest@127.0.0.1:5672} (no trailing slash: with one, the
         * virtual host is {@code ""}, which the broker refuses); {@code amqps://} for TLS.
         *
         * @param amqpUri the URI
         * @return this builder
         */
        public Builder uri(String amqpUri) {
            this.uri = Objects.requireNonNull(amqpUri, "uri");
            return this;
        }

        /**
         * A connection factory set up by the caller (credentials, TLS, virtual host, ...); busgen turns on automatic
         * connection and topology recovery on it.
         *
         * @param connectionFactory the factory
         * @return this builder
         */
        public Builder connectionFactory(ConnectionFactory connectionFactory) {
            this.factory = Objects.requireNonNull(connectionFactory, "connectionFactory");
            return this;
        }

        /**
         * The nodes of a cluster, tried in turn when connecting and recovering, such as {@code
         * Address.parseAddresses("rabbit1:5672,rabbit2:5672")}.
         *
         * @param nodes the addresses
         * @return this builder
         */
        public Builder addresses(List<Address> nodes) {
            this.addresses = List.copyOf(nodes);
            return this;
        }

        /**
         * The topology; by default the catalogue's ({@link Topology#of(BusCatalog)}).
         *
         * @param brokerTopology the topology
         * @return this builder
         */
        public Builder topology(Topology brokerTopology) {
            this.topology = Objects.requireNonNull(brokerTopology, "topology");
            return this;
        }

        /**
         * This process's identity (Infrahub's worker id), which names its own queues; random by default.
         *
         * @param processIdentity the identity
         * @return this builder
         */
        public Builder identity(String processIdentity) {
            this.identity = Objects.requireNonNull(processIdentity, "identity");
            return this;
        }

        /**
         * The role naming this process's own queues: {@code worker} (the default) or {@code api}.
         *
         * @param processRole the role
         * @return this builder
         */
        public Builder role(String processRole) {
            this.role = Objects.requireNonNull(processRole, "role");
            return this;
        }

        /**
         * How many unacked work deliveries a consumer holds: small, so that priority takes effect (2, as upstream).
         *
         * @param count at least 1
         * @return this builder
         */
        public Builder prefetch(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("prefetch must be at least 1");
            }
            this.prefetch = count;
            return this;
        }

        /**
         * How many times a failed work message is retried before it is given up (10, as upstream).
         *
         * @param retries at least 0
         * @return this builder
         */
        public Builder maxRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("maxRetries must be at least 0");
            }
            this.maxRetries = retries;
            return this;
        }

        /**
         * The delay a failed message waits before its retry, by name; the topology's shortest by default.
         *
         * @param delayName a delay of the topology, such as {@code five_seconds}
         * @return this builder
         */
        public Builder retryDelay(String delayName) {
            this.retryDelay = Objects.requireNonNull(delayName, "retryDelay");
            return this;
        }

        /**
         * Whether consumed messages are validated against their schema (on by default); off, they are only decoded.
         *
         * @param on whether to validate
         * @return this builder
         */
        public Builder validate(boolean on) {
            this.validate = on;
            return this;
        }

        /**
         * Whether publishes wait for the broker's publisher confirms (on by default). Off, a publish's future
         * completes as soon as the client has taken the message for the socket: a message the broker nacks, or
         * returns unroutable, or that a dropped connection loses, is not reported to the publisher (a return is
         * logged and counted); a reply or retry is acked as soon as it was written. For throughput where losing
         * a message is acceptable, such as broadcasts.
         *
         * @param on whether to use publisher confirms
         * @return this builder
         */
        public Builder publisherConfirms(boolean on) {
            this.publisherConfirms = on;
            return this;
        }

        /**
         * Whether to declare the shared topology (exchanges, work queue, delay queues), as Infrahub's API server
         * does (the default), or only this process's own queues, as a git worker does.
         *
         * @param on whether to declare it
         * @return this builder
         */
        public Builder declareSharedTopology(boolean on) {
            this.declareSharedTopology = on;
            return this;
        }

        /**
         * How long {@link RabbitBus#close()} waits for deliveries in flight and confirms (30 s by default).
         *
         * @param timeout the time-out
         * @return this builder
         */
        public Builder shutdownTimeout(Duration timeout) {
            this.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * How long the connection waits between recovery attempts (5 s by default).
         *
         * @param interval the interval
         * @return this builder
         */
        public Builder recoveryInterval(Duration interval) {
            this.recoveryIntervalMillis = interval.toMillis();
            return this;
        }

        /**
         * The catalogue's error reply codec, when its generated class has no {@code ERROR_REPLY}.
         *
         * @param adapter the codec
         * @return this builder
         */
        public Builder errorReplies(ErrorReplyAdapter<?> adapter) {
            this.errorReplies = Objects.requireNonNull(adapter, "errorReplies");
            return this;
        }

        /**
         * Connects, declares the topology and this process's callback queue.
         *
         * @return the bus
         * @throws IOException when no broker answers
         * @throws TopologyMismatchException when the broker holds part of the topology declared otherwise
         * @throws IllegalArgumentException when the URI is not an AMQP URI
         */
        public RabbitBus connect() throws IOException {
            ConnectionFactory cf = factory != null ? factory : new ConnectionFactory();
            if (uri != null) {
                try {
                    cf.setUri(uri);
                } catch (java.net.URISyntaxException | java.security.GeneralSecurityException e) {
                    throw new IllegalArgumentException("\"" + uri + "\" is not an AMQP URI: write"
                            + " amqp://user:password@host:5672 (" + e.getMessage() + ")", e);
                }
            }
            cf.setAutomaticRecoveryEnabled(true);
            cf.setTopologyRecoveryEnabled(true);
            cf.setNetworkRecoveryInterval(recoveryIntervalMillis);
            String name = "busgen-" + role + "-" + (identity != null ? identity : "");
            Connection connection;
            try {
                connection = addresses != null ? cf.newConnection(addresses, name) : cf.newConnection(name);
            } catch (TimeoutException e) {
                throw new IOException("no broker answered in time at " + cf.getHost() + ":" + cf.getPort(), e);
            }
            try {
                return new RabbitBus(this, connection);
            } catch (IOException | RuntimeException e) {
                try {
                    connection.close();
                } catch (IOException | AlreadyClosedException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }
    }
}
