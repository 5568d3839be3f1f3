package io.busgen.generator.source;

import java.util.Comparator;

/**
 * Where something stands in a source file: the file as shown to the user, the JSON pointer of the value (empty for the
 * document root), and the line and column of its first character (both 1-based; 0 when unknown).
 *
 * <p>One location type serves the loader, lint, the validators' errors and the diff.
 */
public record SourceLocation(String file, String pointer, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column)
            .thenComparing(SourceLocation::pointer);

    /** A location for a whole file, before anything in it could be read. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, "", 0, 0);
    }

    /** The pointer as a URI fragment, {@code #} for the root: unambiguous even when the pointer is empty. */
    public String fragment() {
        return "#" + pointer;
    }

    /** {@code file:line:column}, or just the file when the position is unknown. */
    public String position() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return position() + ": " + fragment();
    }
}
