package io.busgen.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import io.busgen.runtime.Envelope;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Consumers started by {@link RabbitBus#serve} or {@link RabbitBus#subscribe}. Closing it shuts them down gracefully:
 * they stop taking deliveries (the broker gets the unstarted ones back), the deliveries in flight finish, then the
 * channels close.
 */
public final class Subscription implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Subscription.class.getName());

    /** What a consumer does with one delivery. */
    interface Delivery {
        /** {@code body} is the envelope's body as delivered, to read without the copy the envelope makes. */
        void accept(long tag, Envelope envelope, byte[] body);
    }

    private final RabbitBus bus;
    private final Duration shutdownTimeout;
    private final List<Channel> channels;
    private final Map<Channel, String> tags = new ConcurrentHashMap<>();
    private final Object idle = new Object();
    private int inFlight;
    private volatile boolean stopping;

    Subscription(RabbitBus bus, Duration shutdownTimeout, List<Channel> channels) {
        this.bus = bus;
        this.shutdownTimeout = shutdownTimeout;
        this.channels = List.copyOf(channels);
    }

    void consume(Channel channel, String queue, boolean autoAck, Delivery delivery) throws IOException {
        String tag = "busgen-" + UUID.randomUUID();
        tags.put(channel, tag);
        channel.basicConsume(queue, autoAck, tag, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String consumerTag, com.rabbitmq.client.Envelope amqp,
                    AMQP.BasicProperties properties, byte[] body) {
                bus.delivered();
                long deliveryTag = amqp.getDeliveryTag();
                synchronized (idle) {
                    if (stopping) {
                        if (!autoAck) {
                            requeue(channel, deliveryTag);
                        }
                        return;
                    }
                    inFlight++;
                }
                try {
                    Envelope envelope;
                    try {
                        envelope = AmqpValues.envelope(amqp.getRoutingKey(), properties, body);
                    } catch (RuntimeException e) {
                        bus.rejected("its properties do not make an envelope: " + e.getMessage());
                        if (!autoAck) {
                            reject(channel, deliveryTag);
                        }
                        return;
                    }
                    delivery.accept(deliveryTag, envelope, body);
                } finally {
                    synchronized (idle) {
                        inFlight--;
                        idle.notifyAll();
                    }
                }
            }
        });
    }

    void ack(Channel channel, long tag) {
        try {
            channel.basicAck(tag, false);
            bus.acked();
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.DEBUG, "could not ack (the broker redelivers the message): " + e);
        }
    }

    void reject(Channel channel, long tag) {
        try {
            channel.basicReject(tag, false);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.DEBUG, "could not reject: " + e);
        }
    }

    void requeue(Channel channel, long tag) {
        try {
            channel.basicNack(tag, false, true);
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.DEBUG, "could not requeue (the broker redelivers the message): " + e);
        }
    }

    /**
     * How many deliveries are being handled now.
     *
     * @return the number in flight
     */
    public int inFlight() {
        synchronized (idle) {
            return inFlight;
        }
    }

    /**
     * Stops taking deliveries, waits for those in flight (up to the bus's shutdown time-out), then closes the
     * channels.
     */
    @Override
    public void close() {
        synchronized (idle) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        for (Map.Entry<Channel, String> consumer : tags.entrySet()) {
            try {
                consumer.getKey().basicCancel(consumer.getValue());
            } catch (IOException | AlreadyClosedException e) {
                LOG.log(Level.DEBUG, "cancelling a consumer: " + e);
            }
        }
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        synchronized (idle) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.log(Level.WARNING, inFlight + " deliveries still in flight after " + shutdownTimeout
                            + ": closing anyway, the broker redelivers them");
                    break;
                }
                try {
                    idle.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        for (Channel channel : channels) {
            try {
                if (channel.isOpen()) {
                    channel.close();
                }
            } catch (IOException | TimeoutException | AlreadyClosedException e) {
                LOG.log(Level.DEBUG, "closing a consumer channel: " + e);
            }
        }
        bus.removed(this);
    }
}
