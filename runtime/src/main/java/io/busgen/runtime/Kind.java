package io.busgen.runtime;

import java.util.Locale;

/** Whether a catalogue entry is a message (published to its routing key) or a response (a reply to a message). */
public enum Kind {
    /** A message, published to its routing key. */
    MESSAGE,
    /** A response, sent to the reply-to queue of the message it answers. */
    RESPONSE;

    /**
     * The name the schemas use.
     *
     * @return {@code message} or {@code response}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
