package io.busgen.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --format text|json} option of {@code list}, {@code lint} and {@code validate} ({@code @Mixin}): lines
 * for people, or one JSON document for tools ({@link JsonOutput}).
 */
final class FormatOption {

    /** The forms a command's output takes. */
    enum Format {
        TEXT,
        JSON;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Format> fromLabel(String label) {
            return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converter.class,
            completionCandidates = Labels.class,
            description = "text (for people) or json (one JSON document for tools; docs/cli.md describes it)."
                    + " Default: ${DEFAULT-VALUE}.")
    private Format format = Format.TEXT;

    boolean json() {
        return format == Format.JSON;
    }

    static List<String> labels() {
        return Arrays.stream(Format.values()).map(Format::label).toList();
    }

    /** Reads {@code --format} by its label. */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.fromLabel(value).orElseThrow(() -> new TypeConversionException("unknown format '" + value
                    + "': use one of " + String.join(", ", labels())));
        }
    }

    /** The labels, for the help text and shell completion. */
    static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return labels().iterator();
        }
    }
}
