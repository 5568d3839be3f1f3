package io.busgen.cli;

import java.util.regex.Pattern;

/** Words as a POSIX shell reads them, for the commands busgen suggests the user run. */
final class Shell {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private Shell() {}

    /** {@code word} as is when the shell takes it literally, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
