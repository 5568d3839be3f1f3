package io.busgen.rabbitmq;

/** A publish that did not reach the broker, or that the broker did not take; the future of the publish fails with it. */
public final class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a publish failed. */
    public enum Reason {
        /** The envelope cannot travel as AMQP properties (a short string over 255 bytes, a bad expiration...). */
        INVALID_ENVELOPE,
        /** The broker nacked the message: it did not take it. */
        NACKED,
        /** The broker returned the message, published {@code mandatory}: no queue is bound to its routing key. */
        UNROUTABLE,
        /** The connection or channel closed before the broker confirmed: the message may or may not have arrived. */
        CONNECTION_LOST,
        /** The bus was closed. */
        CLOSED
    }

    private final Reason reason;

    /**
     * A failed publish.
     *
     * @param reason why it failed
     * @param message what happened and what to do, one line
     */
    public PublishException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * A failed publish with its cause.
     *
     * @param reason why it failed
     * @param message what happened and what to do, one line
     * @param cause the client's exception
     */
    public PublishException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * Why the publish failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
