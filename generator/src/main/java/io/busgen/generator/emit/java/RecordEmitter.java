package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaNameTable;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NameAllocator;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Emits the record of an object type: its components with Javadoc from the schema, a compact constructor that checks
 * required fields and applies defaults, its builder, its adapter constant, and for messages and responses the
 * catalogue constants and envelope helpers.
 */
final class RecordEmitter {

    private final Catalog catalog;
    private final TypeMapping types;
    private final CatalogNames catalogNames;
    private final DefaultValues defaults;
    private final AdapterEmitter adapters;

    RecordEmitter(Catalog catalog, TypeMapping types, CatalogNames catalogNames) {
        this.catalog = catalog;
        this.types = types;
        this.catalogNames = catalogNames;
        this.defaults = new DefaultValues(catalog, types);
        this.adapters = new AdapterEmitter(catalog, types, catalogNames);
    }

    TypeSpec record(ObjectType type, @Nullable MessageType entry, List<TypeSpec> nestedTypes) {
        ClassName name = types.className(type.name());
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc(type, entry));
        if (type.name().isTopLevel()) {
            record.addAnnotation(RuntimeNames.GENERATED);
        } else if (nestedInUnion(type)) {
            record.addModifiers(Modifier.STATIC); // JavaPoet wants a type nested in an interface written static
        }
        record.recordConstructor(compactConstructor(type));
        if (entry != null) {
            addEntryConstants(record, name, entry);
        }
        for (io.busgen.generator.model.UnionType union : catalog.unionsOf(type.name())) {
            record.addSuperinterface(types.className(union.name()));
        }
        TypeName adapterType = ParameterizedTypeName.get(
                entry == null ? RuntimeNames.TYPE_ADAPTER : RuntimeNames.ENTRY_ADAPTER, name);
        record.addField(FieldSpec.builder(adapterType, "ADAPTER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(entry == null
                        ? "Reads and writes the JSON of this type.\n"
                        : "Reads and writes {@code " + entry.routingKey() + "} bodies and envelopes.\n")
                .initializer("new $N()", JavaNameTable.ADAPTER_CLASS)
                .build());
        record.addField(FieldSpec.builder(RuntimeNames.VALIDATOR, "VALIDATOR", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Validates bodies against this type's schema, reporting every violation.\n")
                .initializer("$T.$N", catalogNames.validators(), catalog.validatorName(type.name()))
                .build());
        addDefaultConstants(record, type);
        record.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name.nestedClass(JavaNameTable.BUILDER))
                .addJavadoc("A builder with every field at its default.\n\n@return a new builder\n")
                .addStatement("return new Builder()")
                .build());
        record.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(name.nestedClass(JavaNameTable.BUILDER))
                .addJavadoc("A builder holding this record's values.\n\n@return a new builder\n")
                .addStatement("return new Builder(this)")
                .build());
        record.addMethod(MethodSpec.methodBuilder("decodeValidated")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addJavadoc("$L\n\n@param body the body, JSON in UTF-8\n@return the decoded value\n@throws $T with every violation when the body does not validate\n",
                        JavadocText.wrap("Decodes a body that must also be valid against the schema: a body that"
                                + " decodes is checked in the same pass when decoding enforces the whole schema.", ""),
                        RuntimeNames.VALIDATION_EXCEPTION)
                .addParameter(byte[].class, "body")
                .addStatement("return ADAPTER.decodeValidated(body, VALIDATOR)")
                .build());
        if (entry != null) {
            addEntryMethods(record, entry);
        }
        record.addType(builder(type, name));
        record.addType(adapters.adapter(type, entry));
        nestedTypes.forEach(record::addType);
        return record.build();
    }

    /** Whether a record is an inline alternative of a union, nested in its interface. */
    private boolean nestedInUnion(ObjectType type) {
        List<String> names = type.name().simpleNames();
        JavaTypeName enclosing = new JavaTypeName(type.name().packageName(), names.subList(0, names.size() - 1));
        return catalog.types().stream().anyMatch(t -> t.name().equals(enclosing)
                && t instanceof io.busgen.generator.model.UnionType);
    }

    private CodeBlock javadoc(ObjectType type, @Nullable MessageType entry) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (type.description() != null) {
            doc.add("$L\n", JavadocText.wrap(JavadocText.sentence(type.description()), ""));
        } else if (entry != null) {
            doc.add("The {@code $L} $L.\n", entry.routingKey(), entry.kind() == Kind.MESSAGE ? "message" : "response");
        } else {
            doc.add("The {@code $L} object.\n", type.name().simpleName());
        }
        if (entry != null) {
            doc.add("\n$L\n", JavadocText.wrap("<p>Routing key {@code " + entry.routingKey() + "}, priority "
                    + entry.priority() + (entry.kind() == Kind.RESPONSE
                            ? " (its request's; a reply is sent with its own meta priority)" : "") + ".", ""));
        }
        if (!type.fields().isEmpty()) {
            doc.add("\n");
        }
        for (Field field : type.fields()) {
            doc.add("$L\n", JavadocText.wrap("@param " + field.javaName() + " " + fieldDoc(field), "    "));
        }
        return doc.build();
    }

    /** A field's Javadoc: its description, then its wire name and default. */
    static String fieldDoc(Field field) {
        StringBuilder doc = new StringBuilder();
        if (field.description() != null) {
            doc.append(JavadocText.sentence(field.description())).append(' ');
        }
        doc.append("Wire name {@code ").append(JavadocText.escape(field.wireName())).append("}");
        if (field.required()) {
            doc.append(", required");
        } else if (field.defaultValue() != null) {
            doc.append(", default {@code ").append(JavadocText.escape(JsonValues.toJson(field.defaultValue())))
                    .append("}");
        } else {
            doc.append(", optional: null when absent");
        }
        if (field.envelope() != null) {
            doc.append(field.inBody() ? "; also" : "; only").append(" in the envelope's {@code ")
                    .append(field.envelope().keyword()).append("} property");
        }
        return doc.append('.').toString();
    }

    private MethodSpec compactConstructor(ObjectType type) {
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks that the required fields are set, applies the schema's defaults to absent ones\n"
                        + "and makes lists and maps immutable.\n");
        if (!type.fields().isEmpty()) {
            constructor.addJavadoc("\n");
        }
        for (Field field : type.fields()) {
            constructor.addJavadoc("$L\n", JavadocText.wrap("@param " + field.javaName() + " " + fieldDoc(field), "    "));
        }
        for (Field field : type.fields()) {
            constructor.addParameter(ParameterSpec.builder(types.componentType(field), field.javaName()).build());
        }
        for (Field field : type.fields()) {
            if (field.required() && !field.nullable() && !TypeMapping.primitive(field)) {
                constructor.addStatement("$T.requireNonNull($N, $S)", Objects.class, field.javaName(),
                        field.wireName() + " is required");
            }
        }
        for (Field field : type.fields()) {
            if (TypeMapping.primitive(field)) {
                continue;
            }
            CodeBlock copy = immutableCopy(field.type().shape(), CodeBlock.of("$N", field.javaName()));
            boolean substitutesDefault = !field.nullable() && TypeMapping.hasNonNullDefault(field);
            if (substitutesDefault) {
                constructor.addStatement("$N = $N != null ? $L : $L", field.javaName(), field.javaName(),
                        copy == null ? CodeBlock.of("$N", field.javaName()) : copy, defaultReference(type, field));
            } else if (copy != null && TypeMapping.nullableInJava(field)) {
                constructor.addStatement("$N = $N != null ? $L : null", field.javaName(), field.javaName(), copy);
            } else if (copy != null) {
                constructor.addStatement("$N = $L", field.javaName(), copy);
            }
        }
        return constructor.build();
    }

    /** An expression that makes an immutable copy of a list or map, or null when the value is immutable already. */
    private static @Nullable CodeBlock immutableCopy(Shape shape, CodeBlock value) {
        if (shape instanceof Shape.ArrayOf array) {
            return CodeBlock.of("$T.$L($L)", RuntimeNames.IMMUTABLE,
                    array.items().nullable() ? "listAllowingNulls" : "list", value);
        }
        if (shape instanceof Shape.MapOf map) {
            return CodeBlock.of("$T.$L($L)", RuntimeNames.IMMUTABLE,
                    map.values().nullable() ? "mapAllowingNulls" : "map", value);
        }
        if (shape instanceof Shape.FreeFormObject) {
            return CodeBlock.of("$T.freezeObject($L)", RuntimeNames.PLAIN_JSON, value);
        }
        if (shape instanceof Shape.AnyValue) {
            return CodeBlock.of("$T.freeze($L)", RuntimeNames.PLAIN_JSON, value);
        }
        return null;
    }

    /** The default of a field, as a constant's name or an inline literal. */
    private CodeBlock defaultReference(ObjectType type, Field field) {
        return DefaultValues.needsConstant(field.type(), field.defaultValue())
                ? CodeBlock.of("$N", defaultConstants(type).get(field))
                : defaults.expression(field.type(), field.defaultValue());
    }

    /**
     * The names of the constants holding the fields' defaults that are objects or lists ({@code DEFAULT_META}), free
     * of the record's other constants, its components and the types visible in it.
     */
    private Map<Field, String> defaultConstants(ObjectType type) {
        NameAllocator names = NameAllocator.caseSensitive()
                .reserve(catalog.variableNamesToAvoid(type.name(), types.packageName()))
                .reserve(JavaNameTable.RECORD_CONSTANTS);
        type.fields().forEach(f -> names.reserve(f.javaName()));
        Map<Field, String> constants = new LinkedHashMap<>();
        for (Field field : type.fields()) {
            if (TypeMapping.hasNonNullDefault(field) && DefaultValues.needsConstant(field.type(), field.defaultValue())) {
                constants.put(field, names.allocate(JavaNameTable.DEFAULT_PREFIX
                        + JavaNames.upperSnake(field.javaName())));
            }
        }
        return constants;
    }

    private void addDefaultConstants(TypeSpec.Builder record, ObjectType type) {
        Map<Field, String> constants = defaultConstants(type);
        for (Field field : type.fields()) {
            if (constants.containsKey(field)) {
                record.addField(FieldSpec.builder(types.referenceType(field.type().shape()),
                                constants.get(field), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(defaults.expression(field.type(), field.defaultValue()))
                        .build());
            }
        }
    }

    private void addEntryConstants(TypeSpec.Builder record, ClassName name, MessageType entry) {
        record.addSuperinterface(entry.kind() == Kind.MESSAGE ? catalogNames.messageInterface()
                : catalogNames.responseInterface());
        record.addField(FieldSpec.builder(String.class, "ROUTING_KEY", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The routing key: {@value}.\n")
                .initializer("$S", entry.routingKey())
                .build());
        record.addField(FieldSpec.builder(RuntimeNames.KIND, "KIND", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Whether this is a message or a response.\n")
                .initializer("$T.$N", RuntimeNames.KIND, entry.kind().name())
                .build());
        if (entry.kind() == Kind.MESSAGE) {
            record.addField(FieldSpec.builder(int.class, "PRIORITY", Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The priority this message is published with: {@value} (1 = lowest, $L = highest).\n",
                            catalog.info().maxPriority())
                    .initializer("$L", entry.priority())
                    .build());
        }
        record.addField(FieldSpec.builder(String.class, "FINGERPRINT", Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The schema fingerprint: it changes when the schema changes what travels on the wire.\n")
                .initializer("$S", entry.fingerprint())
                .build());
    }

    /**
     * The reply API of a request (a message that has a response): answering from the envelope it arrived in, which
     * works for every catalogue; answering from the decoded request when it keeps {@code reply_to} in a field; and
     * decoding what comes back. The rule is documented in docs/runtime.md, "Replies".
     */
    private void addReplyMethods(TypeSpec.Builder record, MessageType entry, ClassName responseType) {
        ClassName catalogType = catalogNames.catalog();
        String key = entry.routingKey();
        record.addMethod(MethodSpec.methodBuilder("reply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeNames.ENVELOPE)
                .addJavadoc("$L\n\n", JavadocText.wrap("The envelope answering the {@code " + key + "} request that"
                        + " arrived in {@code received} with {@code response}: addressed to the envelope's {@code"
                        + " reply_to} queue, with its correlation id and the response's own priority.", ""))
                .addJavadoc("@param received the envelope the request arrived in\n@param response the response to send"
                        + " back\n@return the reply's envelope\n@throws IllegalArgumentException when the envelope"
                        + " has no {@code reply_to}\n")
                .addParameter(RuntimeNames.ENVELOPE, "received")
                .addParameter(responseType, "response")
                .addStatement("return ADAPTER.reply(received, $T.ADAPTER, response)", responseType)
                .build());
        record.addMethod(MethodSpec.methodBuilder("failureReply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeNames.ENVELOPE)
                .addJavadoc("$L\n\n", JavadocText.wrap("The error reply to the {@code " + key + "} request that"
                        + " arrived in {@code received}, when handling it failed: {@code rpc_error}, the failure's"
                        + " message in {@code errors}, the request in {@code initial_message}, addressed to the"
                        + " envelope's {@code reply_to} queue with its correlation id.", ""))
                .addJavadoc("@param received the envelope the request arrived in\n@param failure why handling the"
                        + " request failed\n@return the error reply's envelope\n@throws IllegalArgumentException"
                        + " when the envelope has no {@code reply_to}\n")
                .addParameter(RuntimeNames.ENVELOPE, "received")
                .addParameter(Throwable.class, "failure")
                .addStatement("return $T.ERROR_REPLY.failureReply(ADAPTER, received, failure)", catalogType)
                .build());
        if (catalog.keepsReplyTo(entry)) {
            record.addMethod(MethodSpec.methodBuilder("reply")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeNames.ENVELOPE)
                    .addJavadoc("$L\n\n", JavadocText.wrap("The envelope answering this request with {@code"
                            + " response}: the response gets this request's correlation id and is addressed to its"
                            + " {@code reply_to} queue, with its own priority.", ""))
                    .addJavadoc("@param response the response to send back\n@return the reply's envelope\n"
                            + "@throws IllegalArgumentException when this request has no reply-to\n")
                    .addParameter(responseType, "response")
                    .addStatement("return ADAPTER.reply(this, $T.ADAPTER, response)", responseType)
                    .build());
            record.addMethod(MethodSpec.methodBuilder("failureReply")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeNames.ENVELOPE)
                    .addJavadoc("$L\n\n", JavadocText.wrap("The error reply to this request, when handling it"
                            + " failed: {@code rpc_error}, the failure's message in {@code errors}, this request in"
                            + " {@code initial_message}, addressed to this request's {@code reply_to} with its"
                            + " correlation id.", ""))
                    .addJavadoc("@param failure why handling the request failed\n@return the error reply\n"
                            + "@throws IllegalArgumentException when this request has no reply-to\n")
                    .addParameter(Throwable.class, "failure")
                    .addStatement("return $T.ERROR_REPLY.failureReply(ADAPTER, this, failure)", catalogType)
                    .build());
        }
        record.addMethod(MethodSpec.methodBuilder("decodeReply")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeNames.REPLY, responseType))
                .addJavadoc("$L\n", JavadocText.wrap("Decodes the reply to a {@code " + key + "} request: the"
                        + " response, or the error reply ({@code rpc_error}) when the request failed.", ""))
                .addJavadoc("\n@param envelope the reply's envelope\n@return the response, or the error reply\n")
                .addParameter(RuntimeNames.ENVELOPE, "envelope")
                .addStatement("return $T.decode(envelope, $T.ADAPTER, $T.ERROR_REPLY)", RuntimeNames.REPLIES,
                        responseType, catalogType)
                .build());
    }

    private void addEntryMethods(TypeSpec.Builder record, MessageType entry) {
        boolean message = entry.kind() == Kind.MESSAGE;
        ClassName self = types.className(entry.javaName());
        Optional<MessageType> response = message ? catalog.pairOf(entry) : Optional.empty();
        if (response.isPresent()) {
            addReplyMethods(record, entry, types.className(response.get().javaName()));
        }
        record.addMethod(MethodSpec.methodBuilder("toEnvelope")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.ENVELOPE)
                .addJavadoc(message
                        ? "This message as an envelope, published to its routing key with its catalogue priority.\n"
                        : "This response as an envelope, with its own meta priority.\n")
                .addJavadoc("\n@return the envelope\n")
                .addStatement("return ADAPTER.toEnvelope(this)")
                .build());
        TypeVariableName result = TypeVariableName.get(JavaNameTable.TYPE_VARIABLE);
        ClassName visitor = message ? catalogNames.messageVisitor() : catalogNames.responseVisitor();
        record.addMethod(MethodSpec.methodBuilder("accept")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(result)
                .returns(result)
                .addParameter(ParameterizedTypeName.get(visitor, result), "visitor")
                .addStatement("return visitor.visit(this)")
                .build());
    }

    private TypeSpec builder(ObjectType type, ClassName record) {
        ClassName builderName = record.nestedClass(JavaNameTable.BUILDER);
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T} values; every field starts at its schema default.\n", record);
        MethodSpec.Builder fromRecord = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(record, "from");
        List<CodeBlock> arguments = new ArrayList<>();
        // The names of the builder's members besides the fields' own: one-element adders and their "owned" flags.
        NameAllocator members = NameAllocator.caseSensitive().reserve(List.of("build", "toString", "hashCode",
                "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize"));
        type.fields().forEach(f -> members.reserve(f.javaName()));
        for (Field field : type.fields()) {
            String name = field.javaName();
            boolean requiredPrimitive = TypeMapping.primitive(field) && field.required();
            TypeName fieldType = requiredPrimitive
                    ? types.boxedType(field).annotated(RuntimeNames.NULLABLE_ANNOTATION)
                    : TypeMapping.primitive(field) ? types.componentType(field)
                    : types.boxedType(field).annotated(RuntimeNames.NULLABLE_ANNOTATION);
            FieldSpec.Builder spec = FieldSpec.builder(fieldType, name, Modifier.PRIVATE);
            if (TypeMapping.hasNonNullDefault(field)) {
                spec.initializer(defaultReference(type, field));
            }
            builder.addField(spec.build());
            fromRecord.addStatement("this.$N = from.$N()", name, name);
            MethodSpec.Builder setter = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addJavadoc("$L\n", JavadocText.wrap("Sets {@code " + JavadocText.escape(field.wireName()) + "}. "
                            + fieldDoc(field), ""))
                    .addJavadoc("\n@param $N the value\n@return this builder\n", name)
                    .addParameter(types.componentType(field), name)
                    .addStatement("this.$N = $N", name, name);
            CollectionAdder adder = CollectionAdder.of(field, members, types);
            if (adder != null) {
                setter.addStatement("this.$N = false", adder.ownedFlag());
                builder.addField(FieldSpec.builder(TypeName.BOOLEAN, adder.ownedFlag(), Modifier.PRIVATE).build());
            }
            builder.addMethod(setter.addStatement("return this").build());
            if (adder != null) {
                builder.addMethod(adder.method(builderName));
            }
            arguments.add(requiredPrimitive
                    ? CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, name, field.wireName() + " is required")
                    : CodeBlock.of("$N", name));
        }
        builder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(fromRecord.build());
        builder.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addJavadoc("The record.\n\n@return the record\n@throws NullPointerException when a required field is not set\n")
                .addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W"))
                .build());
        return builder.build();
    }
}
