package io.busgen.runtime;

import io.busgen.runtime.DecodeException.Reason;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import org.jspecify.annotations.Nullable;

/** Decodes whole bodies: one JSON value, nothing after it, within the configured limits. */
final class BodyDecoder {

    /**
     * A malformed token is quoted in a message up to this many characters, and the body around it not at all: a body
     * comes from another service, and its text ends up in logs.
     */
    static final int EXCERPT_LIMIT = 20;

    private static final ErrorReportConfiguration ERROR_REPORT = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(EXCERPT_LIMIT)
            .maxRawContentLength(0)
            .build();

    /** One parser factory per set of options; there are few. */
    private static final Map<DecodeOptions, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private BodyDecoder() {}

    static <T> T decode(byte[] body, TypeAdapter<T> adapter, DecodeOptions options) {
        if (body.length > options.maxBodyBytes()) {
            throw new DecodeException(Reason.LIMIT_EXCEEDED, "", "the body has " + body.length
                    + " bytes, more than the limit of " + options.maxBodyBytes());
        }
        JsonFactory factory = FACTORIES.computeIfAbsent(options, BodyDecoder::factory);
        try (JsonParser parser = factory.createParser(new DecodeContext(options), body)) {
            try {
                if (parser.nextToken() == null) {
                    throw new DecodeException(Reason.MALFORMED_JSON, "", "the body is empty");
                }
                T value = adapter.read(parser);
                if (parser.nextToken() != null) {
                    throw new DecodeException(Reason.TRAILING_DATA, "", "unexpected data after the JSON value at "
                            + position(parser.currentTokenLocation()));
                }
                return value;
            } catch (StreamConstraintsException e) {
                throw new DecodeException(Reason.LIMIT_EXCEEDED, JsonReading.pointerOfValue(parser),
                        firstLine(e.getOriginalMessage()), e);
            } catch (JacksonException e) {
                throw translate(e, parser);
            }
        }
    }

    private static DecodeException translate(JacksonException e, JsonParser parser) {
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Duplicate Object property")) {
            return new DecodeException(Reason.DUPLICATE_PROPERTY, JsonReading.pointerOfValue(parser),
                    message + ": each property may appear once", e);
        }
        if (message.startsWith("Invalid UTF-8")) {
            return new DecodeException(Reason.INVALID_UTF8, "", message + " at " + position(e.getLocation()), e);
        }
        return new DecodeException(Reason.MALFORMED_JSON, "", "malformed JSON at " + position(e.getLocation())
                + ": " + message, e);
    }

    private static JsonFactory factory(DecodeOptions options) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(options.maxBodyBytes())
                .maxNestingDepth(options.maxNestingDepth())
                .maxStringLength(options.maxStringLength())
                .maxNameLength(options.maxStringLength())
                .maxNumberLength(options.maxNumberLength())
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .errorReportConfiguration(ERROR_REPORT)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, options.rejectDuplicateProperties())
                .build();
    }

    private static String position(@Nullable TokenStreamLocation location) {
        return location == null ? "an unknown position" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr();
    }

    /** The first line of Jackson's message, without its "(start marker at [Source: ...])" aside. */
    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        int marker = line.indexOf(" (start marker at");
        return marker < 0 ? line : line.substring(0, marker);
    }
}
