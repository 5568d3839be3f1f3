package io.busgen.runtime;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A decoded reply: either the response the caller expected, or Infrahub's generic error reply ({@code rpc_error}).
 *
 * @param <R> the expected response type
 */
public final class Reply<R> {

    private final @Nullable R response;
    private final @Nullable ErrorReply<?> error;

    private Reply(@Nullable R response, @Nullable ErrorReply<?> error) {
        this.response = response;
        this.error = error;
    }

    /**
     * A reply that is the expected response.
     *
     * @param <R> the response type
     * @param response the response
     * @return the reply
     */
    public static <R> Reply<R> answered(R response) {
        return new Reply<>(response, null);
    }

    /**
     * A reply that is an error reply.
     *
     * @param <R> the response type that was expected
     * @param error the error reply
     * @return the reply
     */
    public static <R> Reply<R> failed(ErrorReply<?> error) {
        return new Reply<>(null, error);
    }

    /**
     * Whether the request failed and this is an error reply.
     *
     * @return true for an error reply
     */
    public boolean failed() {
        return error != null;
    }

    /**
     * The response.
     *
     * @return the expected response
     * @throws IllegalStateException when the reply is an error reply; the message lists its errors
     */
    public R response() {
        if (response == null) {
            throw new IllegalStateException("the request failed: " + String.join("; ", error().errors()));
        }
        return response;
    }

    /**
     * The error reply.
     *
     * @return the error reply
     * @throws IllegalStateException when the reply is the expected response
     */
    public ErrorReply<?> error() {
        if (error == null) {
            throw new IllegalStateException("the reply is not an error reply");
        }
        return error;
    }

    /**
     * Handles either case.
     *
     * @param <X> what both cases give
     * @param onResponse handles the expected response
     * @param onError handles an error reply
     * @return what the handler of this reply's case gave
     */
    public <X> X fold(Function<? super R, ? extends X> onResponse, Function<ErrorReply<?>, ? extends X> onError) {
        return error != null ? onError.apply(error) : onResponse.apply(response());
    }

    @Override
    public String toString() {
        return error != null ? "Reply[failed: " + error + "]" : "Reply[" + response + "]";
    }
}
