package io.busgen.runtime.internal;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * A validator made of a generated check ({@link #of}). A body is validated as it is parsed, in one pass;
 * it is read again, as a tree, only when the stream cannot give the tree's answer: when it breaks a rule of JSON or a
 * limit (the tree words the failure as decoding does), and when it has violations and the same key twice in one
 * object (the tree keeps the last value, as decoding does, and may be valid).
 */
public final class GeneratedValidator implements Validator {

    private final SchemaCheck check;
    private final boolean enforcedByDecoding;

    private GeneratedValidator(SchemaCheck check, boolean enforcedByDecoding) {
        this.check = check;
        this.enforcedByDecoding = enforcedByDecoding;
    }

    /**
     * A validator running a generated check. It validates a body in one streaming pass ({@link JsonInput}), without
     * building a tree; a body whose stream has violations and the same key twice in one object is validated again as
     * a tree, where the last of the duplicates counts, as decoding reads it.
     *
     * @param check the generated check of the root schema
     * @param enforcedByDecoding whether decoding with the type's adapter already enforces every keyword of the schema
     *     (only structure: types, required properties, enum values), so that a body that decodes is valid unless
     *     formats are asserted
     * @return the validator
     */
    public static Validator of(SchemaCheck check, boolean enforcedByDecoding) {
        return new GeneratedValidator(check, enforcedByDecoding);
    }

    @Override
    public boolean enforcedByDecoding() {
        return enforcedByDecoding;
    }

    @Override
    public List<Violation> validate(@Nullable Object instance, ValidationOptions options) {
        Violations out = Violations.recording(options);
        check.check(JsonInput.of(instance), out);
        return out.list();
    }

    @Override
    public List<Violation> validate(byte[] body, DecodeOptions decodeOptions, ValidationOptions options) {
        return validate(body, decodeOptions, options, false);
    }

    /**
     * Validates a body.
     *
     * @param body the body's bytes
     * @param decodeOptions the limits of parsing
     * @param options the options of validation
     * @param encodingChecked whether a decode of the body got as far as reading it, so that its size and encoding
     *     need not be checked again
     * @return every violation; empty when the body is valid
     */
    public List<Violation> validate(byte[] body, DecodeOptions decodeOptions, ValidationOptions options,
            boolean encodingChecked) {
        Violations out = Violations.recording(options);
        StreamInput input;
        try {
            input = BodyDecoder.stream(body, decodeOptions, new Pass(check, out), encodingChecked);
        } catch (DecodeException e) {
            return Validator.super.validate(body, decodeOptions, options);
        }
        if (!out.isEmpty() && input.sawDuplicates()) {
            return Validator.super.validate(body, decodeOptions, options);
        }
        return out.list();
    }

    /**
     * The violations of a body whose trial decode failed, read on from where it stopped, on its parser (see {@link
     * BodyDecoder#tryDecode(byte[], JsonCodec, DecodeOptions, GeneratedValidator, ValidationOptions)}): the same
     * list, in the same order, as {@link #validate(byte[], DecodeOptions, ValidationOptions)} gives, since everything
     * before the failure decoded and so breaks no rule of a schema decoding enforces. Null when this pass cannot tell
     * (the check would read again what the decode read, the body has the same key twice in one object, something
     * follows the body's value): the body is then validated from the start.
     *
     * @param parser the parser, where the decode failed
     * @param failure why it failed
     * @param options the options of validation
     * @return every violation, or null
     */
    @Nullable List<Violation> validateRest(JsonParser parser, DecodeException failure, ValidationOptions options) {
        NamesRead names = DecodeContext.namesRead(parser);
        if (!enforcedByDecoding || options.assertFormats() || names == null || !names.sure()) {
            return null;
        }
        StreamInput input = StreamInput.resuming(parser, failure, names);
        if (input == null) {
            return null;
        }
        Violations out = Violations.recording(options);
        try {
            check.check(input, out);
            input.finish();
        } catch (StreamInput.CannotResume e) {
            return null;
        }
        if (input.sawDuplicates() || parser.nextToken() != null) {
            return null; // a tree settles duplicate keys; trailing data is worded by the pass from the start
        }
        return out.list();
    }

    /** One streaming pass of the check over a body, as a reader of {@link BodyDecoder}. */
    private static final class Pass implements JsonCodec<StreamInput> {
        private final SchemaCheck check;
        private final Violations out;

        Pass(SchemaCheck check, Violations out) {
            this.check = check;
            this.out = out;
        }

        @Override
        public StreamInput read(JsonParser parser) {
            StreamInput input = new StreamInput(parser);
            check.check(input, out);
            input.finish();
            return input;
        }

        @Override
        public void write(JsonBodyWriter writer, StreamInput value) {
            throw new UnsupportedOperationException("a validation pass only reads");
        }
    }
}
