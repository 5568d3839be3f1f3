package io.busgen.generator;

import java.util.Locale;
import java.util.Optional;

/**
 * The lower-case names by which schemas, reports and command lines write enum constants ({@code string},
 * {@code correlation_id}, {@code breaking}), and the way back from such a name to its constant.
 */
public final class EnumNames {

    private EnumNames() {}

    /** The constant's name in lower case, whatever the machine's locale. */
    public static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose lower-case name is {@code name}, if any. */
    public static <E extends Enum<E>> Optional<E> fromLowerCase(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (lowerCase(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
