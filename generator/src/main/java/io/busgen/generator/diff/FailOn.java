package io.busgen.generator.diff;

import io.busgen.generator.EnumNames;
import java.util.Optional;

/** The level from which a finding fails a run: {@code --fail-on} and the Maven goal's {@code failOn}. */
public enum FailOn {
    BREAKING,
    WARNING,
    NEVER;

    public String label() {
        return EnumNames.lowerCase(this);
    }

    public static Optional<FailOn> fromLabel(String label) {
        return EnumNames.fromLowerCase(FailOn.class, label);
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
