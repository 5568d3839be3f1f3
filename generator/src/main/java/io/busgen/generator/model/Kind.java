package io.busgen.generator.model;

import java.util.Locale;

/** Whether a catalogue entry is a message (published to a routing key) or a response (a reply to a message). */
public enum Kind {
    MESSAGE("messages"),
    RESPONSE("responses");

    private final String folder;

    Kind(String folder) {
        this.folder = folder;
    }

    /** The value of {@code x-kind}: {@code message} or {@code response}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The catalogue folder that holds entries of this kind. */
    public String folder() {
        return folder;
    }
}
