package io.busgen.generator.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.busgen.runtime.BusCatalog;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ErrorReplyAdapter;
import io.busgen.runtime.Kind;
import io.busgen.runtime.PlainJson;
import io.busgen.runtime.Replies;
import io.busgen.runtime.Reply;
import io.busgen.runtime.TypeAdapter;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Validator;
import io.busgen.runtime.internal.Dumping;
import io.busgen.runtime.internal.EnvelopeFields;
import io.busgen.runtime.internal.FieldName;
import io.busgen.runtime.internal.GeneratedEntryAdapter;
import io.busgen.runtime.internal.GeneratedTypeAdapter;
import io.busgen.runtime.internal.Immutable;
import io.busgen.runtime.internal.JsonBodyWriter;
import io.busgen.runtime.internal.JsonCodec;
import io.busgen.runtime.internal.JsonReading;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The names of the runtime and annotation types generated code refers to, from their class literals: renaming or
 * moving one breaks the generator's compile, not the generated code's. The API types are what generated code shows
 * its users; the {@code internal} ones appear only inside generated adapters and validators.
 */
final class RuntimeNames {

    static final ClassName KIND = ClassName.get(Kind.class);
    static final ClassName ENVELOPE = ClassName.get(Envelope.class);
    static final ClassName TYPE_ADAPTER = ClassName.get(TypeAdapter.class);
    static final ClassName ENTRY_ADAPTER = ClassName.get(EntryAdapter.class);
    static final ClassName BUS_CATALOG = ClassName.get(BusCatalog.class);
    static final ClassName PLAIN_JSON = ClassName.get(PlainJson.class);
    static final ClassName ERROR_REPLY_ADAPTER = ClassName.get(ErrorReplyAdapter.class);
    static final ClassName REPLY = ClassName.get(Reply.class);
    static final ClassName VALIDATOR = ClassName.get(Validator.class);
    static final ClassName VALIDATION_EXCEPTION = ClassName.get(ValidationException.class);
    static final ClassName REPLIES = ClassName.get(Replies.class);
    static final ClassName DECODE_OPTIONS = ClassName.get(DecodeOptions.class);
    static final ClassName DECODE_EXCEPTION = ClassName.get(DecodeException.class);

    static final ClassName JSON_CODEC = ClassName.get(JsonCodec.class);
    static final ClassName UNION_CODEC = ClassName.get(io.busgen.runtime.internal.UnionCodec.class);
    static final ClassName GENERATED_TYPE_ADAPTER = ClassName.get(GeneratedTypeAdapter.class);
    static final ClassName GENERATED_ENTRY_ADAPTER = ClassName.get(GeneratedEntryAdapter.class);
    static final ClassName ENVELOPE_FIELDS = ClassName.get(EnvelopeFields.class);
    static final ClassName JSON_BODY_WRITER = ClassName.get(JsonBodyWriter.class);
    static final ClassName JSON_READING = ClassName.get(JsonReading.class);
    static final ClassName MAPPED_VALUES = ClassName.get(io.busgen.runtime.internal.MappedValues.class);
    static final ClassName FIELD_NAME = ClassName.get(FieldName.class);
    static final ClassName IMMUTABLE = ClassName.get(Immutable.class);
    static final ClassName DUMPING = ClassName.get(Dumping.class);
    static final ClassName JSON_PARSER = ClassName.get(JsonParser.class);
    static final ClassName PROPERTY_NAME_MATCHER = ClassName.get(PropertyNameMatcher.class);

    static final ClassName NULLABLE = ClassName.get(Nullable.class);
    static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();
    static final AnnotationSpec GENERATED = AnnotationSpec.builder(Generated.class)
            .addMember("value", "$S", "busgen").build();

    private RuntimeNames() {}
}
