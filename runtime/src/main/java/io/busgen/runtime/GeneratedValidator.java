package io.busgen.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * A validator made of a generated check ({@link Validator#of}). A body is validated as it is parsed, in one pass;
 * it is read again, as a tree, only when the stream cannot give the tree's answer: when it breaks a rule of JSON or a
 * limit (the tree words the failure as decoding does), and when it has violations and the same key twice in one
 * object (the tree keeps the last value, as decoding does, and may be valid).
 */
final class GeneratedValidator implements Validator {

    private final SchemaCheck check;
    private final boolean enforcedByDecoding;

    GeneratedValidator(SchemaCheck check, boolean enforcedByDecoding) {
        this.check = check;
        this.enforcedByDecoding = enforcedByDecoding;
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
     * @param encodingChecked whether a decode of the body got as far as reading it, so that its size and encoding
     *     need not be checked again
     */
    List<Violation> validate(byte[] body, DecodeOptions decodeOptions, ValidationOptions options,
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

    /** One streaming pass of the check over a body, as a reader of {@link BodyDecoder}. */
    private static final class Pass extends TypeAdapter<StreamInput> {
        private final SchemaCheck check;
        private final Violations out;

        Pass(SchemaCheck check, Violations out) {
            super(StreamInput.class);
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

        @Override
        public Object dump(StreamInput value) {
            throw new UnsupportedOperationException("a validation pass only reads");
        }
    }
}
