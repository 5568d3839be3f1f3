package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/** Decodes whole bodies: one JSON value, nothing after it, within the configured limits. */
public final class BodyDecoder {

    /**
     * Jackson quotes at most {@value MessageText#EXCERPT_LIMIT} characters of a malformed token, and none of the body
     * around it: a body comes from another service, and its text ends up in logs.
     */
    private static final ErrorReportConfiguration ERROR_REPORT = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(MessageText.EXCERPT_LIMIT)
            .maxRawContentLength(0)
            .build();

    /** The parser factory of each set of options; there are few sets. */
    private static final Map<DecodeOptions, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    /** The factory of the default options, which most decodes use, without hashing the options each time. */
    private static final JsonFactory DEFAULT_FACTORY = factoryOf(DecodeOptions.DEFAULTS);

    private BodyDecoder() {}

    /**
     * Decodes a whole body with {@code codec}: UTF-8, no lone surrogate, one JSON value and nothing after it, within
     * {@code options}. A value refused in a body with duplicate keys is read again with the duplicates resolved (the
     * last one counts), unless {@code options} refuse duplicates.
     *
     * @param <T> the type read
     * @param body the body's bytes
     * @param codec reads the value
     * @param options the limits and rules of decoding
     * @return the value
     * @throws DecodeException when the body does not decode
     */
    public static <T> T decode(byte[] body, JsonCodec<T> codec, DecodeOptions options) {
        checkEncoding(body, options);
        try {
            return read(body, codec, options, false, null, null);
        } catch (DecodeException e) {
            if (options.rejectDuplicateProperties() || !readAgainForDuplicates(e)) {
                throw e;
            }
            // The value refused may be one a later duplicate key replaces, as Infrahub reads the body.
            byte[] rewritten = withoutDuplicates(body, options);
            if (rewritten == null) {
                throw e;
            }
            return read(rewritten, codec, options.withMaxBodyBytes(Integer.MAX_VALUE), false, null, null);
        }
    }

    /**
     * Tries to decode a whole body as {@link #decode} does, but with no second reading for duplicate keys, and with
     * failures that say why (their reason) but not where or what: a caller that goes on to list every violation needs
     * no more, and a refusal then costs less than a decode.
     *
     * @param <T> the type read
     * @param body the body's bytes
     * @param codec reads the value
     * @param options the limits and rules of decoding
     * @return the value
     * @throws DecodeException when the body does not decode, with its reason only
     */
    public static <T> T tryDecode(byte[] body, JsonCodec<T> codec, DecodeOptions options) {
        checkEncoding(body, options);
        return read(body, codec, options, true, null, null);
    }

    /**
     * A body that does not decode, with every violation, as {@link #decodeOrRefuse} returns it (rather than throws
     * it, so that the caller throws it where it is caught, and a refusal does not cost the unwinding of the decode).
     *
     * @param violations every violation, at least one
     */
    public record Refusal(List<Violation> violations) {}

    /**
     * {@link #tryDecode}, for a codec that busgen generated and the validator of its schema, which decoding enforces
     * in full ({@link GeneratedValidator#enforcedByDecoding}): when decoding refuses a value (of the wrong type, null,
     * not allowed) or an object that lacks a property, the validator goes on from there, on the same parser, to list
     * every violation of the body in this one pass. Everything before the failure decoded, so it breaks no rule of
     * the schema; what the validator needs of it (the names read in the objects the failure is in) the decode noted.
     *
     * <p>This pass cannot always tell: when the body has the same key twice in one object, or more members than
     * {@code maxCollectionSize} might allow, or something the validator would read again, the decode's failure is
     * thrown as {@link #tryDecode} throws it, and the caller validates the body from the start.
     *
     * @param body the body's bytes
     * @param codec reads the value; a generated adapter's
     * @param options the limits and rules of decoding
     * @param validator the validator of the codec's schema, enforced by decoding
     * @param validation the options of validation
     * @return the value, or a {@link Refusal} with every violation of a body that does not decode
     * @throws DecodeException when the body does not decode and its violations were not listed, with its reason only
     */
    public static Object decodeOrRefuse(byte[] body, JsonCodec<?> codec, DecodeOptions options,
            GeneratedValidator validator, ValidationOptions validation) {
        checkEncoding(body, options);
        // Members are counted against maxCollectionSize where a name is not known (by the decoder, by the validator);
        // no object of a body this short can have that many members, so the two count alike.
        boolean resumable = options.maxCollectionSize() >= body.length / 4;
        return read(body, codec, options, true, resumable ? validator : null, validation);
    }

    /**
     * Whether {@link #decode} reads a body again, with its duplicate keys resolved, after this failure: a value of the
     * wrong type, a null or a value not allowed, or an object missing a property, which a later duplicate key may
     * replace. Such a failure comes from reading the body, so the body passed the checks of its encoding.
     *
     * @param failure a failure of decoding
     * @return whether duplicate keys may take it back
     */
    public static boolean readAgainForDuplicates(DecodeException failure) {
        return REPLACEABLE.contains(failure.reason());
    }

    /**
     * Reads a whole body with {@code reader} under the rules of {@link #decode} (size, UTF-8, no lone surrogate, one
     * JSON value and nothing after it, the limits), but with no second reading for duplicate keys.
     *
     * @param encodingChecked whether the body is known to pass the checks of size and encoding (a decode of it got as
     *     far as reading it), which are then not made again
     */
    static <T> T stream(byte[] body, DecodeOptions options, JsonCodec<T> reader, boolean encodingChecked) {
        if (!encodingChecked) {
            checkEncoding(body, options);
        }
        return read(body, reader, options, false, null, null);
    }

    private static void checkEncoding(byte[] body, DecodeOptions options) {
        if (body.length > options.maxBodyBytes()) {
            throw new DecodeException(Reason.LIMIT_EXCEEDED, "", "limit: the body has " + body.length
                    + " bytes, more than " + options.maxBodyBytes() + " (DecodeOptions.maxBodyBytes)");
        }
        int notUtf8 = notUtf8(body);
        if (notUtf8 >= 0) {
            // Jackson would detect UTF-16 and UTF-32 and read them; the bus's content encoding is UTF-8.
            throw new DecodeException(Reason.INVALID_UTF8, "", "invalid UTF-8 at " + position(body, notUtf8)
                    + ": the body is UTF-16 or UTF-32 text, not UTF-8 (the content encoding of every message)");
        }
    }

    /**
     * The failures a later duplicate key can take back: the refused value, or an object missing a property, is
     * replaced.
     */
    private static final Set<Reason> REPLACEABLE = EnumSet.of(Reason.WRONG_TYPE, Reason.NULL_VALUE,
            Reason.INVALID_VALUE, Reason.MISSING_PROPERTY);

    private static byte @Nullable [] withoutDuplicates(byte[] body, DecodeOptions options) {
        try (JsonParser parser = factoryOf(options).createParser(new DecodeContext(options), body)) {
            parser.nextToken();
            byte[] rewritten = Deduplication.rewrite(parser);
            // A body that is not one well-formed JSON value keeps its first failure: only duplicates are resolved.
            return parser.nextToken() == null ? rewritten : null;
        } catch (JacksonException | DecodeException e) {
            return null; // the body breaks a rule past the failure; the first failure stands
        }
    }

    /**
     * Reads a body; when {@code resume} is given (a trial decode), a failure to decode is gone on from by that
     * validator ({@link #tryDecode(byte[], JsonCodec, DecodeOptions, GeneratedValidator, ValidationOptions)}).
     */
    @SuppressWarnings("unchecked") // a Refusal only when resume is given, which decodeOrRefuse alone gives
    private static <T> T read(byte[] body, JsonCodec<?> reader, DecodeOptions options, boolean trial,
            @Nullable GeneratedValidator resume, @Nullable ValidationOptions validation) {
        JsonFactory factory = factoryOf(options);
        NamesRead names = resume == null || validation == null ? null : NamesRead.acquire();
        DecodeContext context = names == null ? new DecodeContext(options, trial)
                : new DecodeContext(options, names, resume, validation);
        try (JsonParser parser = factory.createParser(context, body)) {
            context.reads(parser);
            try {
                if (parser.nextToken() == null) {
                    throw new DecodeException(Reason.MALFORMED_JSON, "", "malformed JSON at "
                            + position(parser.currentLocation()) + ": " + nothingIn(body));
                }
                Object value;
                try {
                    value = reader.read(parser);
                } catch (DecodeException failure) {
                    return (T) refusal(context, parser, failure);
                } catch (RuntimeException afterRefusal) {
                    if (context.refusal() == null) {
                        throw afterRefusal;
                    }
                    // A reader went on with a stand-in value and failed on it: the refusal is the answer.
                    return (T) new Refusal(context.refusal());
                }
                if (context.refusal() != null) {
                    return (T) new Refusal(context.refusal()); // refused in place, where decoding stopped
                }
                if (parser.nextToken() != null) {
                    throw new DecodeException(Reason.TRAILING_DATA, "", "unexpected data after the JSON value at "
                            + position(parser.currentTokenLocation()));
                }
                return (T) value;
            } catch (StreamConstraintsException e) {
                String message = limitMessage(e.getOriginalMessage(), options);
                if (message == null) {
                    throw translate(e, parser, body);
                }
                throw new DecodeException(Reason.LIMIT_EXCEEDED, JsonReading.pointerOfValue(parser), message);
            } catch (JacksonException e) {
                throw translate(e, parser, body);
            }
        } finally {
            if (names != null) {
                names.release();
            }
        }
    }

    /**
     * What a decode's failure comes to: the refusal listed in place, when there is one (the failure came after it,
     * from a reader that went on with a stand-in value); else, when the decode has a validator to go on from here, a
     * refusal with every violation; else the failure, thrown.
     */
    private static Refusal refusal(DecodeContext context, JsonParser parser, DecodeException failure) {
        List<Violation> violations = context.refusal();
        if (violations == null) {
            violations = context.validateRest(parser, failure);
        }
        if (violations == null) {
            throw failure; // nothing to go on with, or the validator went on already and could not tell
        }
        return new Refusal(violations);
    }

    /** What a body that holds no JSON value holds instead. */
    private static String nothingIn(byte[] body) {
        if (body.length == 0) {
            return "the body is empty";
        }
        boolean mark = BodyParserFactory.byteOrderMark(body, 0, body.length);
        if (mark && body.length == 3) {
            return "the body holds no JSON value, only UTF-8's byte order mark";
        }
        return "the body holds no JSON value, only " + (mark ? "UTF-8's byte order mark and " : "") + "white space";
    }

    /**
     * Where a body shows that it is UTF-16 or UTF-32: the offset of its byte order mark, or of a NUL among its first
     * four bytes, which UTF-8 JSON never has there; -1 when it does not.
     */
    private static int notUtf8(byte[] body) {
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return 0;
        }
        for (int i = 0; i < Math.min(4, body.length); i++) {
            if (body[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A limit of Jackson's that a decode option sets, in busgen's words: what was too large, and the option that raises
     * it; null for another limit.
     */
    private static @Nullable String limitMessage(@Nullable String jackson, DecodeOptions options) {
        if (jackson == null) {
            return null;
        }
        if (jackson.contains("getMaxNestingDepth")) {
            return "limit: the body nests objects and arrays deeper than " + options.maxNestingDepth()
                    + " levels (DecodeOptions.maxNestingDepth)";
        }
        if (jackson.contains("getMaxStringLength") || jackson.contains("getMaxNameLength")) {
            return "limit: a string or property name is longer than " + options.maxStringLength()
                    + " characters (DecodeOptions.maxStringLength)";
        }
        if (jackson.contains("getMaxNumberLength")) {
            return "limit: a number is longer than " + options.maxNumberLength()
                    + " characters (DecodeOptions.maxNumberLength)";
        }
        if (jackson.contains("getMaxTokenCount")) {
            return "limit: the body has more than " + options.maxTokens() + " JSON tokens (DecodeOptions.maxTokens)";
        }
        if (jackson.contains("getMaxDocumentLength")) {
            return "limit: the body is longer than " + options.maxBodyBytes() + " bytes (DecodeOptions.maxBodyBytes)";
        }
        return null;
    }

    /**
     * A parse failure in busgen's words ({@link JsonParseError}); Jackson's own message is not kept, not even as a
     * cause, since it names Jackson's classes and settings.
     */
    private static DecodeException translate(JacksonException e, JsonParser parser, byte[] body) {
        JsonParseError error = JsonParseError.of(e, parser, body);
        String at = "line " + error.line() + ", column " + error.column();
        return switch (error.kind()) {
            case DUPLICATE_PROPERTY -> new DecodeException(Reason.DUPLICATE_PROPERTY,
                    JsonReading.pointerOfValue(parser), error.message());
            case INVALID_UTF8 -> new DecodeException(Reason.INVALID_UTF8, "", "invalid UTF-8 at " + at + ": "
                    + error.message());
            case LIMIT -> new DecodeException(Reason.LIMIT_EXCEEDED, JsonReading.pointerOfValue(parser), "limit: "
                    + error.message() + " at " + at);
            case SYNTAX -> new DecodeException(Reason.MALFORMED_JSON, "", "malformed JSON at " + at + ": "
                    + error.message());
        };
    }

    /** The parser factory of {@code options}, made once per set of options. */
    private static JsonFactory factoryOf(DecodeOptions options) {
        if (options == DecodeOptions.DEFAULTS && DEFAULT_FACTORY != null) {
            return DEFAULT_FACTORY;
        }
        return FACTORIES.computeIfAbsent(options, BodyDecoder::factory);
    }

    private static JsonFactory factory(DecodeOptions options) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(options.maxBodyBytes())
                .maxNestingDepth(options.maxNestingDepth())
                .maxStringLength(options.maxStringLength())
                .maxNameLength(options.maxStringLength())
                .maxNumberLength(options.maxNumberLength())
                .maxTokenCount(options.maxTokens())
                .build();
        return new BodyParserFactory(JsonFactory.builder()
                // Jackson's hybrid pool keeps a parser's buffers per platform thread (a decode then takes them
                // without the shared deque of the default pool: 88 ns to 62 ns per parser made and closed) and in
                // striped slots for virtual threads, which a per-thread pool would not reuse.
                .recyclerPool(JsonRecyclerPools.sharedHybridPool())
                .streamReadConstraints(constraints)
                .errorReportConfiguration(ERROR_REPORT)
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, options.rejectDuplicateProperties())
                // The parsers are made for UTF-8 alone (BodyParserFactory): no detection of the encoding.
                .disable(TokenStreamFactory.Feature.CHARSET_DETECTION));
    }

    /** The line and column of a byte offset, counted as the parser counts them (columns in bytes, from 1). */
    private static String position(byte[] body, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static String position(TokenStreamLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

}
