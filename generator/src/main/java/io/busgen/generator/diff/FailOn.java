package io.busgen.generator.diff;

import java.util.Locale;
import java.util.Optional;

/** The level from which a finding fails a run: {@code --fail-on} and the Maven goal's {@code failOn}. */
public enum FailOn {
    BREAKING,
    WARNING,
    NEVER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailOn> fromLabel(String label) {
        for (FailOn value : values()) {
            if (value.label().equals(label)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Whether a finding of this level fails the run. */
    public boolean failsAt(Level level) {
        return switch (this) {
            case BREAKING -> level == Level.BREAKING;
            case WARNING -> level != Level.INFO;
            case NEVER -> false;
        };
    }
}
