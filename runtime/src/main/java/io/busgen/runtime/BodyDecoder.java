package io.busgen.runtime;

import io.busgen.runtime.DecodeException.Reason;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Decodes whole bodies: one JSON value, nothing after it, within the configured limits. */
final class BodyDecoder {

    /** One parser factory per set of options; there are few. */
    private static final Map<DecodeOptions, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private BodyDecoder() {}

    static <T> T decode(byte[] body, TypeAdapter<T> adapter, DecodeOptions options) {
        if (body.length > options.maxBodyBytes()) {
            throw new DecodeException(Reason.LIMIT_EXCEEDED, "", "the body has " + body.length
                    + " bytes, more than the limit of " + options.maxBodyBytes());
        }
        JsonFactory factory = FACTORIES.computeIfAbsent(options, BodyDecoder::factory);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() == null) {
                throw new DecodeException(Reason.MALFORMED_JSON, "", "the body is empty");
            }
            T value = adapter.read(parser);
            if (parser.nextToken() != null) {
                throw new DecodeException(Reason.MALFORMED_JSON, "", "unexpected data after the JSON value at "
                        + position(parser.currentTokenLocation()));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new DecodeException(Reason.LIMIT_EXCEEDED, "", firstLine(e.getOriginalMessage()), e);
        } catch (JacksonException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate Object property")) {
                throw new DecodeException(Reason.DUPLICATE_PROPERTY, "", firstLine(e.getOriginalMessage()), e);
            }
            throw new DecodeException(Reason.MALFORMED_JSON, "", "malformed JSON at " + position(e.getLocation())
                    + ": " + firstLine(e.getOriginalMessage()), e);
        }
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
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, options.rejectDuplicateProperties())
                .build();
    }

    private static String position(TokenStreamLocation location) {
        return location == null ? "an unknown position" : "line " + location.getLineNr() + ", column "
                + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
