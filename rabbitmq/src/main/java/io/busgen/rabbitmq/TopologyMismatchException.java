package io.busgen.rabbitmq;

import org.jspecify.annotations.Nullable;

/**
 * The broker already holds an exchange or queue of the topology declared otherwise (RabbitMQ's {@code
 * PRECONDITION_FAILED}). busgen never deletes or redeclares it with other arguments: the message names the object,
 * the argument and both values.
 */
public final class TopologyMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String object;
    private final @Nullable String argument;

    /**
     * A mismatch.
     *
     * @param object the exchange or queue, as {@code queue 'infrahub.rpcs'}
     * @param argument the argument that differs, if the broker named it
     * @param message the whole one-line message
     * @param cause the client's exception
     */
    public TopologyMismatchException(String object, @Nullable String argument, String message, Throwable cause) {
        super(message, cause);
        this.object = object;
        this.argument = argument;
    }

    /**
     * The exchange or queue whose declaration differs.
     *
     * @return such as {@code queue 'infrahub.rpcs'}
     */
    public String object() {
        return object;
    }

    /**
     * The argument that differs, such as {@code x-max-priority}.
     *
     * @return the argument, or null when the broker did not name one
     */
    public @Nullable String argument() {
        return argument;
    }
}
