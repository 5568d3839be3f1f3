package io.busgen.runtime;

import io.busgen.runtime.internal.Immutable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The generic error reply Infrahub sends when handling a request failed, whatever the request: its body's
 * {@code routing_key} is {@code rpc_error}, so it is recognisable without knowing what was asked.
 *
 * @param <M> the catalogue's meta type
 * @param meta the reply's meta (correlation id copied from the request)
 * @param passed always false for a failure
 * @param routingKey {@value #ROUTING_KEY}
 * @param data free-form, {@code {}} in Infrahub's replies
 * @param errors what went wrong, one message per error
 * @param initialMessage the failed request as an object, every meta field included
 */
public record ErrorReply<M>(
        M meta,
        boolean passed,
        String routingKey,
        Map<String, @Nullable Object> data,
        List<String> errors,
        @Nullable Map<String, @Nullable Object> initialMessage) {

    /** The body's routing key that marks an error reply. */
    public static final String ROUTING_KEY = "rpc_error";

    /**
     * An error reply; data, errors and the initial message are copied, so that it cannot change.
     *
     * @param meta the reply's meta
     * @param passed always false for a failure
     * @param routingKey {@value #ROUTING_KEY}
     * @param data free-form; null stands for empty
     * @param errors what went wrong; null stands for none
     * @param initialMessage the failed request as an object, or null
     * @throws NullPointerException when the meta or routing key is null
     */
    public ErrorReply {
        Objects.requireNonNull(meta, "meta is required");
        Objects.requireNonNull(routingKey, "routing_key is required");
        data = data == null ? Map.of() : PlainJson.freezeObject(data);
        errors = errors == null ? List.of() : Immutable.list(errors);
        initialMessage = initialMessage == null ? null : PlainJson.freezeObject(initialMessage);
    }

    /**
     * A failure reply: not passed, routing key {@code rpc_error}, empty data.
     *
     * @param <M> the catalogue's meta type
     * @param meta the reply's meta
     * @param errors what went wrong, one message per error
     * @param initialMessage the failed request as an object, or null
     * @return the reply
     */
    public static <M> ErrorReply<M> failure(M meta, List<String> errors,
            @Nullable Map<String, @Nullable Object> initialMessage) {
        return new ErrorReply<>(meta, false, ROUTING_KEY, Map.of(), errors, initialMessage);
    }
}
