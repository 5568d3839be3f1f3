package io.busgen.generator.emit.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The names of the runtime and annotation types generated code refers to. */
final class RuntimeNames {

    static final String RUNTIME = "io.busgen.runtime";
    static final ClassName KIND = ClassName.get(RUNTIME, "Kind");
    static final ClassName ENVELOPE = ClassName.get(RUNTIME, "Envelope");
    static final ClassName ENVELOPE_FIELDS = ClassName.get(RUNTIME, "EnvelopeFields");
    static final ClassName TYPE_ADAPTER = ClassName.get(RUNTIME, "TypeAdapter");
    static final ClassName ENTRY_ADAPTER = ClassName.get(RUNTIME, "EntryAdapter");
    static final ClassName BUS_CATALOG = ClassName.get(RUNTIME, "BusCatalog");
    static final ClassName JSON_BODY_WRITER = ClassName.get(RUNTIME, "JsonBodyWriter");
    static final ClassName JSON_READING = ClassName.get(RUNTIME, "JsonReading");
    static final ClassName FIELD_NAME = ClassName.get(RUNTIME, "FieldName");
    static final ClassName PLAIN_JSON = ClassName.get(RUNTIME, "PlainJson");
    static final ClassName IMMUTABLE = ClassName.get(RUNTIME, "Immutable");
    static final ClassName DUMPING = ClassName.get(RUNTIME, "Dumping");
    static final ClassName ENVELOPE_MAPPING = ClassName.get(RUNTIME, "EnvelopeMapping");
    static final ClassName ERROR_REPLY_ADAPTER = ClassName.get(RUNTIME, "ErrorReplyAdapter");
    static final ClassName REPLY = ClassName.get(RUNTIME, "Reply");
    static final ClassName VALIDATOR = ClassName.get(RUNTIME, "Validator");
    static final ClassName VALIDATION_EXCEPTION = ClassName.get(RUNTIME, "ValidationException");
    static final ClassName REPLIES = ClassName.get(RUNTIME, "Replies");
    static final ClassName DECODE_OPTIONS = ClassName.get(RUNTIME, "DecodeOptions");
    static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get("tools.jackson.core", "JsonToken");
    static final ClassName PROPERTY_NAME_MATCHER = ClassName.get("tools.jackson.core.sym", "PropertyNameMatcher");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();
    static final AnnotationSpec GENERATED = AnnotationSpec.builder(
            ClassName.get("javax.annotation.processing", "Generated")).addMember("value", "$S", "busgen").build();

    private RuntimeNames() {}
}
