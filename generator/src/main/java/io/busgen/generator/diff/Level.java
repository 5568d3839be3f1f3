package io.busgen.generator.diff;

import io.busgen.generator.EnumNames;
import java.util.Optional;

/** How much a change matters to one side of the bus, or to a finding as a whole; ordered from least to most. */
public enum Level {
    /** Nothing breaks and nothing changes meaning; worth knowing. */
    INFO,
    /** Nothing is rejected, but something changes meaning or stops arriving: review it. */
    WARNING,
    /** Some messages that used to be accepted are rejected, or cannot be sent or read. */
    BREAKING;

    /** The lower-case name used on the command line and in reports: {@code info}, {@code warning}, {@code breaking}. */
    public String label() {
        return EnumNames.lowerCase(this);
    }

    public static Optional<Level> fromLabel(String label) {
        return EnumNames.fromLowerCase(Level.class, label);
    }

    /** The worse of two levels. */
    public static Level worse(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
