package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnvelopePaths;
import io.busgen.generator.model.EnvelopeProperty;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaNameTable;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NameAllocator;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Emits the {@code Adapter} nested in each record: the streaming codec that writes Infrahub's exact bytes and reads
 * any valid body, and, for messages and responses, the mapping between fields and envelope properties.
 */
final class AdapterEmitter {

    /**
     * The prefix of the adapter's {@code FieldName} constants ({@code WIRE_ROUTING_KEY}): no constant of the record
     * starts with it, so that none hides one of the record's ({@code ROUTING_KEY}, {@code KIND}, {@code PRIORITY},
     * {@code DEFAULT_META}), which the adapter then names without qualification.
     */
    static final String WIRE_PREFIX = "WIRE_";

    private final Catalog catalog;
    private final TypeMapping types;
    private final CatalogNames catalogNames;

    AdapterEmitter(Catalog catalog, TypeMapping types, CatalogNames catalogNames) {
        this.catalog = catalog;
        this.types = types;
        this.catalogNames = catalogNames;
    }

    /** The adapter class of an object type; {@code entry} is set for a message or response body. */
    TypeSpec adapter(ObjectType type, @Nullable MessageType entry) {
        ClassName record = types.className(type.name());
        TypeName superclass = ParameterizedTypeName.get(
                entry == null ? RuntimeNames.GENERATED_TYPE_ADAPTER : RuntimeNames.GENERATED_ENTRY_ADAPTER, record);
        Map<Field, String> nameConstants = nameConstants(type);
        TypeSpec.Builder adapter = TypeSpec.classBuilder(JavaNameTable.ADAPTER_CLASS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(superclass);
        for (Map.Entry<Field, String> constant : nameConstants.entrySet()) {
            adapter.addField(FieldSpec.builder(RuntimeNames.FIELD_NAME, constant.getValue(),
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of($S)", RuntimeNames.FIELD_NAME, constant.getKey().wireName())
                    .build());
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        if (entry == null) {
            constructor.addStatement("super($T.class)", record);
        } else {
            // A response is documented with its request's priority.
            Optional<MessageType> request = entry.kind() == Kind.MESSAGE ? Optional.of(entry)
                    : catalog.message(entry.routingKey());
            CodeBlock priority = request.isEmpty() ? CodeBlock.of("$L", entry.priority())
                    : request.get() == entry ? CodeBlock.of("PRIORITY")
                    : CodeBlock.of("$T.PRIORITY", types.className(request.get().javaName()));
            constructor.addStatement("super($T.class, ROUTING_KEY, KIND,$W$L,$W$T.MAX_PRIORITY,$WFINGERPRINT)",
                    record, priority, catalogNames.catalog());
        }
        if (!type.fields().isEmpty()) {
            adapter.addField(FieldSpec.builder(RuntimeNames.PROPERTY_NAME_MATCHER, "PROPERTIES", Modifier.PRIVATE,
                            Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.$N($Z$L)", RuntimeNames.JSON_READING,
                            emptyNameIndex(type) < 0 ? "names" : "namesWithEmpty", CodeBlock.join(type.fields().stream()
                            .map(f -> CodeBlock.of("$S", f.wireName())).toList(), ",$W"))
                    .build());
        }
        adapter.addMethod(constructor.build());
        adapter.addMethod(write(type, record, nameConstants));
        adapter.addMethod(read(type, record));
        adapter.addMethod(dump(type, record));
        EnvelopePaths paths = catalog.envelopePaths(type.name());
        if (entry != null || !paths.isEmpty()) {
            adapter.addMethod(envelopeFields(type, record, paths));
            adapter.addMethod(withEnvelopeFields(type, record, paths));
        }
        return adapter.build();
    }

    // ---- dumping --------------------------------------------------------------------------------------------

    /** The value as plain JSON with every field, nulls included; optional fields without a default when set. */
    private MethodSpec dump(ObjectType type, ClassName record) {
        NameAllocator locals = scope(type);
        MethodSpec.Builder method = MethodSpec.methodBuilder("dump")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(record, "value")
                // The annotated type, not "@Nullable $T": a qualified name takes the annotation on its simple name
                // (java.lang.@Nullable Object), which a catalogue class named Object makes necessary.
                .addStatement("$T<$T, $T> members =$Wnew $T<>()", java.util.LinkedHashMap.class, String.class,
                        ClassName.get(Object.class).annotated(RuntimeNames.NULLABLE_ANNOTATION),
                        java.util.LinkedHashMap.class);
        for (Field field : type.fields()) {
            CodeBlock value = CodeBlock.of("value.$N()", field.javaName());
            boolean absentWhenNull = !field.nullable() && TypeMapping.nullableInJava(field);
            if (!TypeMapping.nullableInJava(field) && needsConversion(field.type().shape())) {
                method.addStatement("members.put($S,$W$L)", field.wireName(),
                        dumpValue(field.type().shape(), value, locals));
                continue;
            }
            if (TypeMapping.primitive(field) || !needsConversion(field.type().shape())) {
                if (absentWhenNull) {
                    method.beginControlFlow("if ($L != null)", value);
                }
                method.addStatement("members.put($S,$W$L)", field.wireName(), value);
            } else {
                String local = locals.allocate(field.javaName());
                method.addStatement("$T $N = $L", types.referenceType(field.type().shape())
                        .annotated(RuntimeNames.NULLABLE_ANNOTATION), local, value);
                if (absentWhenNull) {
                    method.beginControlFlow("if ($N != null)", local);
                    method.addStatement("members.put($S,$W$L)", field.wireName(),
                            dumpValue(field.type().shape(), CodeBlock.of("$N", local), locals));
                } else {
                    method.addStatement("members.put($S,$W$N == null ? null :$W$L)", field.wireName(), local,
                            dumpValue(field.type().shape(), CodeBlock.of("$N", local), locals));
                }
            }
            if (absentWhenNull) {
                method.endControlFlow();
            }
        }
        return method.addStatement("return $T.freezeObject(members)", RuntimeNames.PLAIN_JSON).build();
    }

    /** Whether a value of the shape must be turned into plain JSON (generated types inside), or already is. */
    private static boolean needsConversion(Shape shape) {
        if (shape instanceof Shape.Named) {
            return true;
        }
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return scalar.javaType().format() != null; // UUID and LocalDate are dumped as their text
        }
        if (shape instanceof Shape.MapOf map) {
            return needsConversion(map.values().shape());
        }
        return shape instanceof Shape.ArrayOf array && needsConversion(array.items().shape());
    }

    private CodeBlock dumpValue(Shape shape, CodeBlock value, NameAllocator locals) {
        if (shape instanceof Shape.Scalar) {
            return CodeBlock.of("$L.toString()", value);
        }
        if (shape instanceof Shape.Named named) {
            return named.form() == NamedType.Form.ENUM
                    ? CodeBlock.of("$L.wireValue()", value)
                    : CodeBlock.of("$T.ADAPTER.dump($L)", types.className(named.name()), value);
        }
        if (shape instanceof Shape.ArrayOf array && needsConversion(array.items().shape())) {
            return CodeBlock.of("$T.list($L, $L)", RuntimeNames.DUMPING, value,
                    dumpFunction(array.items().shape(), "element", locals));
        }
        if (shape instanceof Shape.MapOf map && needsConversion(map.values().shape())) {
            return CodeBlock.of("$T.map($L, $L)", RuntimeNames.DUMPING, value,
                    dumpFunction(map.values().shape(), "member", locals));
        }
        return value;
    }

    /**
     * The function that dumps one element of a list or value of a map: a method reference for a named type, else a
     * lambda on a parameter named {@code parameter} (made unique).
     */
    private CodeBlock dumpFunction(Shape shape, String parameter, NameAllocator locals) {
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return CodeBlock.of("$T::toString", ClassName.get(scalar.javaType().javaClass()));
        }
        if (shape instanceof Shape.Named named) {
            return named.form() == NamedType.Form.ENUM
                    ? CodeBlock.of("$T::wireValue", types.className(named.name()))
                    : CodeBlock.of("$T.ADAPTER::dump", types.className(named.name()));
        }
        String name = locals.allocate(parameter);
        return CodeBlock.of("$N -> $L", name, dumpValue(shape, CodeBlock.of("$N", name), locals));
    }

    /**
     * One {@code FieldName} constant per body field, named after the field in upper snake case after {@value
     * #WIRE_PREFIX} ({@code WIRE_ROUTING_KEY}), free of the types visible in the adapter.
     */
    private Map<Field, String> nameConstants(ObjectType type) {
        NameAllocator names = NameAllocator.caseSensitive()
                .reserve(catalog.variableNamesToAvoid(type.name(), types.packageName()))
                .reserve(JavaNameTable.LOCALS)
                .reserve(JavaNameTable.RECORD_CONSTANTS)
                .reserve(JavaNameTable.PROPERTIES);
        type.fields().forEach(f -> names.reserve(f.javaName()));
        Map<Field, String> constants = new LinkedHashMap<>();
        for (Field field : type.fields()) {
            if (field.inBody()) {
                constants.put(field, names.allocate(WIRE_PREFIX + JavaNames.upperSnake(field.javaName())));
            }
        }
        return constants;
    }

    private java.util.Collection<String> nameConstantsOf(ObjectType type) {
        return nameConstants(type).values();
    }

    /** The index of the property named {@code ""}, which needs a matcher of its own, or -1. */
    private static int emptyNameIndex(ObjectType type) {
        List<Field> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).wireName().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The names taken in a method of the adapter before it declares its own: the types visible there and the
     * emitters' fixed parameters and locals.
     */
    private NameAllocator scope(ObjectType type) {
        return NameAllocator.caseSensitive()
                .reserve(catalog.variableNamesToAvoid(type.name(), types.packageName()))
                .reserve(JavaNameTable.LOCALS)
                .reserve(JavaNameTable.PROPERTIES)
                .reserve(JavaNameTable.RECORD_CONSTANTS)
                .reserve(nameConstantsOf(type));
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    private MethodSpec write(ObjectType type, ClassName record, Map<Field, String> nameConstants) {
        NameAllocator locals = scope(type);
        MethodSpec.Builder method = MethodSpec.methodBuilder("write")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeNames.JSON_BODY_WRITER, "out")
                .addParameter(record, "value")
                .addStatement("out.beginObject()");
        for (Field field : type.fields()) {
            if (!field.inBody()) {
                continue;
            }
            String constant = nameConstants.get(field);
            CodeBlock value = CodeBlock.of("value.$N()", field.javaName());
            if (TypeMapping.primitive(field)) {
                method.addStatement("out.name($N).value($L)", constant, value);
                continue;
            }
            if (!TypeMapping.nullableInJava(field)) {
                method.addStatement("out.name($N)", constant);
                method.addCode(writeValue(field.type().shape(), value, locals));
                continue;
            }
            String local = locals.allocate(field.javaName());
            TypeName localType = types.referenceType(field.type().shape());
            method.addStatement("$T $N = $L", localType, local, value);
            if (field.required() || field.hasNonNullDefault()) {
                // Required, or defaulting to a value when absent: null is written as null, so that it reads back.
                method.addStatement("out.name($N)", constant);
                method.beginControlFlow("if ($N == null)", local);
                method.addStatement("out.nullValue()");
                method.nextControlFlow("else");
                method.addCode(writeValue(field.type().shape(), CodeBlock.of("$N", local), locals));
                method.endControlFlow();
                continue;
            }
            method.beginControlFlow("if ($N != null)", local);
            method.addStatement("out.name($N)", constant);
            method.addCode(writeValue(field.type().shape(), CodeBlock.of("$N", local), locals));
            method.endControlFlow();
        }
        return method.addStatement("out.endObject()").build();
    }

    /** Statements that write a non-null value of a shape. */
    private CodeBlock writeValue(Shape shape, CodeBlock value, NameAllocator locals) {
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return switch (scalar.javaType()) {
                case UUID, LOCAL_DATE -> CodeBlock.builder().addStatement("out.value($L.toString())", value).build();
                case BIG_DECIMAL -> CodeBlock.builder().addStatement("out.decimal($L)", value).build();
                case BIG_INTEGER -> CodeBlock.builder().addStatement("out.value($L)", value).build();
            };
        }
        if (shape instanceof Shape.Scalar) {
            return CodeBlock.builder().addStatement("out.value($L)", value).build();
        }
        if (shape instanceof Shape.Named named) {
            return named.form() == NamedType.Form.ENUM
                    ? CodeBlock.builder().addStatement("out.value($L.wireValue())", value).build()
                    : CodeBlock.builder().addStatement("$T.of($T.ADAPTER)$Z.write(out, $L)", RuntimeNames.JSON_CODEC,
                            types.className(named.name()), value).build();
        }
        if (shape instanceof Shape.ArrayOf array) {
            String item = locals.allocate("item");
            CodeBlock.Builder code = CodeBlock.builder()
                    .addStatement("out.beginArray()")
                    .beginControlFlow("for ($T $N : $L)", types.elementType(array.items()), item, value);
            if (array.items().nullable()) {
                code.beginControlFlow("if ($N == null)", item)
                        .addStatement("out.nullValue()")
                        .nextControlFlow("else")
                        .add(writeValue(array.items().shape(), CodeBlock.of("$N", item), locals))
                        .endControlFlow();
            } else {
                code.add(writeValue(array.items().shape(), CodeBlock.of("$N", item), locals));
            }
            return code.endControlFlow().addStatement("out.endArray()").build();
        }
        if (shape instanceof Shape.MapOf map) {
            String member = locals.allocate("member");
            TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                    types.elementType(map.values()));
            CodeBlock memberValue = CodeBlock.of("$N.getValue()", member);
            CodeBlock.Builder code = CodeBlock.builder()
                    .addStatement("out.beginObject()")
                    .beginControlFlow("for ($T $N : $L.entrySet())", entry, member, value)
                    .addStatement("out.name($N.getKey())", member);
            if (map.values().nullable()) {
                String held = locals.allocate("memberValue");
                code.addStatement("$T $N = $L", types.elementType(map.values()), held, memberValue)
                        .beginControlFlow("if ($N == null)", held)
                        .addStatement("out.nullValue()")
                        .nextControlFlow("else")
                        .add(writeValue(map.values().shape(), CodeBlock.of("$N", held), locals))
                        .endControlFlow();
            } else {
                code.add(writeValue(map.values().shape(), memberValue, locals));
            }
            return code.endControlFlow().addStatement("out.endObject()").build();
        }
        return CodeBlock.builder().addStatement("out.plainValue($L)", value).build();
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    private MethodSpec read(ObjectType type, ClassName record) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addParameter(RuntimeNames.JSON_PARSER, "parser")
                .addStatement("$T.beginObject(parser)", RuntimeNames.JSON_READING);
        DefaultValues defaults = new DefaultValues(catalog, types);
        NameAllocator names = scope(type);
        Map<Field, String> locals = new LinkedHashMap<>();
        Map<Field, String> present = new LinkedHashMap<>();
        for (Field field : type.fields()) {
            locals.put(field, names.allocate(field.javaName()));
        }
        for (Field field : type.fields()) {
            if (field.required() && field.nullable()) {
                present.put(field, names.allocate(locals.get(field) + "Present"));
            }
        }
        for (Field field : type.fields()) {
            String local = locals.get(field);
            if (TypeMapping.primitive(field) && !field.required()) {
                method.addStatement("$T $N = $L", types.componentType(field), local,
                        defaults.expression(field.type(), field.defaultValue()));
            } else if (field.nullable() && TypeMapping.hasNonNullDefault(field)) {
                method.addStatement("$T $N = $L", types.componentType(field), local,
                        defaults.expression(field.type(), field.defaultValue()));
            } else {
                method.addStatement("$T $N = null", types.boxedType(field)
                        .annotated(RuntimeNames.NULLABLE_ANNOTATION), local);
            }
            if (present.containsKey(field)) {
                method.addStatement("boolean $N = false", present.get(field));
            }
        }
        if (!type.fields().isEmpty()) {
            // Properties are matched on their raw bytes by index (PROPERTIES lists them in declaration order). A
            // field that never travels in the body ("x-body": false) is checked there, as the schema asks, but its
            // value is not taken: it comes from the envelope, so that decoding what encoding wrote gives the same.
            int empty = emptyNameIndex(type);
            CodeBlock next = empty < 0 ? CodeBlock.of("$T.nextProperty(parser, PROPERTIES)", RuntimeNames.JSON_READING)
                    : CodeBlock.of("$T.nextProperty(parser, PROPERTIES, $L)", RuntimeNames.JSON_READING, empty);
            method.beginControlFlow("for (int property = $L;$Wproperty >= 0;$Wproperty = $L)", next, next)
                    .beginControlFlow("switch (property)");
            int index = 0;
            for (Field field : type.fields()) {
                String local = locals.get(field);
                if (!field.inBody()) {
                    method.beginControlFlow("case $L ->", index)
                            .addCode("// $L, checked and left: it comes from the envelope\n",
                                    JavadocText.lineComment(field.wireName()))
                            .addStatement("$L", readValue(field.type(), "parser", names))
                            .endControlFlow();
                } else if (present.containsKey(field)) {
                    method.beginControlFlow("case $L ->", index)
                            .addCode("// $L\n", JavadocText.lineComment(field.wireName()))
                            .addStatement("$N = $L", local, readValue(field.type(), "parser", names))
                            .addStatement("$N = true", present.get(field))
                            .endControlFlow();
                } else {
                    method.addCode("case $L -> $N =$W$L; // $L\n", index, local, readValue(field.type(), "parser", names),
                            JavadocText.lineComment(field.wireName()));
                }
                index++;
            }
            method.addStatement("default -> throw new $T($S + property)", IllegalStateException.class,
                            "no property at index ")
                    .endControlFlow()
                    .endControlFlow();
            // A decode refused in place, its rest validated where it stopped, ends here without unwinding.
            method.beginControlFlow("if ($T.refusedInPlace(parser))", RuntimeNames.JSON_READING)
                    .addStatement("return $T.noValue()", RuntimeNames.JSON_READING)
                    .endControlFlow();
        } else {
            method.addStatement("$T.skipValue(parser)", RuntimeNames.JSON_READING);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (Field field : type.fields()) {
            String local = locals.get(field);
            if (field.required()) {
                method.beginControlFlow(field.nullable() ? "if (!$N)" : "if ($N == null)",
                                field.nullable() ? present.get(field) : local)
                        .addStatement("throw $T.missing(parser, $S)", RuntimeNames.JSON_READING, field.wireName())
                        .endControlFlow();
            }
            arguments.add(CodeBlock.of("$N", local));
        }
        return method.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W")).build();
    }

    /** An expression that reads a value of a type from the parser variable named {@code parser}. */
    private CodeBlock readValue(TypeUse type, String parser, NameAllocator locals) {
        Shape shape = type.shape();
        boolean nullable = type.nullable();
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return CodeBlock.of("$T.read$L$L($N)", RuntimeNames.MAPPED_VALUES, nullable ? "Nullable" : "",
                    readerName(scalar.javaType()), parser);
        }
        if (shape instanceof Shape.Scalar scalar) {
            String kind = switch (scalar.type()) {
                case STRING -> "String";
                case INTEGER -> "Long";
                case NUMBER -> "Double";
                case BOOLEAN -> "Boolean";
                default -> throw new IllegalArgumentException("not a scalar: " + scalar.type());
            };
            return CodeBlock.of("$T.read$L$L($N)", RuntimeNames.JSON_READING, nullable ? "Nullable" : "", kind,
                    parser);
        }
        if (shape instanceof Shape.Named named) {
            ClassName name = types.className(named.name());
            return nullable
                    ? CodeBlock.of("$T.readNullable($N, $T.ADAPTER)", RuntimeNames.JSON_READING, parser, name)
                    : CodeBlock.of("$T.of($T.ADAPTER)$Z.read($N)", RuntimeNames.JSON_CODEC, name, parser);
        }
        if (shape instanceof Shape.ArrayOf array) {
            return CodeBlock.of("$T.read$LList($N,$W$L)", RuntimeNames.JSON_READING, nullable ? "Nullable" : "",
                    parser, elementReader(array.items(), locals));
        }
        if (shape instanceof Shape.MapOf map) {
            return CodeBlock.of("$T.read$LMap($N,$W$L)", RuntimeNames.JSON_READING, nullable ? "Nullable" : "",
                    parser, elementReader(map.values(), locals));
        }
        if (shape instanceof Shape.FreeFormObject) {
            return CodeBlock.of("$T.read$LFreeForm($N)", RuntimeNames.JSON_READING, nullable ? "Nullable" : "",
                    parser);
        }
        return CodeBlock.of("$T.readAny($N)", RuntimeNames.JSON_READING, parser);
    }

    /** The name of the {@code MappedValues} reader of a JDK type, after {@code read} or {@code readNullable}. */
    private static String readerName(ScalarJavaType javaType) {
        return switch (javaType) {
            case UUID -> "Uuid";
            case LOCAL_DATE -> "LocalDate";
            case BIG_DECIMAL -> "BigDecimal";
            case BIG_INTEGER -> "BigInteger";
        };
    }

    /** A method reference or lambda that reads one array element. */
    private CodeBlock elementReader(TypeUse items, NameAllocator locals) {
        Shape shape = items.shape();
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return CodeBlock.of("$T::read$L$L", RuntimeNames.MAPPED_VALUES, items.nullable() ? "Nullable" : "",
                    readerName(scalar.javaType()));
        }
        if (shape instanceof Shape.Scalar scalar && scalar.plain() && scalar.type() == JsonType.STRING) {
            return CodeBlock.of("$T::read$LString", RuntimeNames.JSON_READING, items.nullable() ? "Nullable" : "");
        }
        if (shape instanceof Shape.Named named && !items.nullable()) {
            return CodeBlock.of("$T.of($T.ADAPTER)", RuntimeNames.JSON_CODEC, types.className(named.name()));
        }
        String parameter = locals.allocate("element");
        return CodeBlock.of("$N -> $L", parameter, readValue(items, parameter, locals));
    }

    // ---- the envelope -------------------------------------------------------------------------------------------

    private MethodSpec envelopeFields(ObjectType type, ClassName record, EnvelopePaths paths) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("envelopeFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeNames.ENVELOPE_FIELDS)
                .addParameter(record, "value");
        if (paths.paths().isEmpty()) {
            return method.addStatement("return $T.NONE", RuntimeNames.ENVELOPE_FIELDS).build();
        }
        // A local for each object on the way (value.meta()), so that each argument reads meta.priority().
        Map<Field, String> locals = new LinkedHashMap<>();
        NameAllocator names = scope(type);
        for (List<Field> path : paths.paths().values()) {
            Field first = path.get(0);
            if (path.size() > 1 && !locals.containsKey(first)) {
                String local = names.allocate(first.javaName());
                locals.put(first, local);
                method.addStatement("$T $N = value.$N()", types.referenceType(first.type().shape()), local,
                        first.javaName());
            }
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (EnvelopeProperty property : EnvelopeProperty.values()) {
            Optional<List<Field>> path = paths.path(property);
            if (path.isEmpty()) {
                arguments.add(CodeBlock.of("null"));
                continue;
            }
            Field first = path.get().get(0);
            CodeBlock access = locals.containsKey(first) ? CodeBlock.of("$N", locals.get(first))
                    : CodeBlock.of("value.$N()", first.javaName());
            for (Field step : path.get().subList(1, path.get().size())) {
                access = CodeBlock.of("$L.$N()", access, step.javaName());
            }
            arguments.add(property == EnvelopeProperty.PRIORITY
                    ? CodeBlock.of("$T.priorityOf($L)", RuntimeNames.ENVELOPE_FIELDS, access) : access);
        }
        return method.addStatement("return new $T(\n$L)", RuntimeNames.ENVELOPE_FIELDS,
                CodeBlock.join(arguments, ",\n")).build();
    }

    private MethodSpec withEnvelopeFields(ObjectType type, ClassName record, EnvelopePaths paths) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("withEnvelopeFields")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(record)
                .addParameter(record, "value")
                .addParameter(RuntimeNames.ENVELOPE_FIELDS, "fields");
        if (paths.paths().isEmpty()) {
            return method.addStatement("return value").build();
        }
        // Envelope fields all sit in objects along paths from the body; rebuild each object on a path once.
        method.addStatement("$T builder = value.toBuilder()", record.nestedClass(JavaNameTable.BUILDER));
        setAlong(method, "builder", CodeBlock.of("value"), List.of(), paths, scope(type));
        return method.addStatement("return builder.build()").build();
    }

    private void setAlong(MethodSpec.Builder method, String builder, CodeBlock current, List<Field> prefix,
            EnvelopePaths paths, NameAllocator locals) {
        Map<Field, Boolean> children = new LinkedHashMap<>();
        for (EnvelopeProperty property : EnvelopeProperty.values()) {
            Optional<List<Field>> path = paths.path(property);
            if (path.isEmpty() || !startsWith(path.get(), prefix)) {
                continue;
            }
            List<Field> rest = path.get().subList(prefix.size(), path.get().size());
            if (rest.size() == 1) {
                Field field = rest.get(0);
                String accessor = switch (property) {
                    case PRIORITY -> "priority";
                    case HEADERS -> "headers";
                    case EXPIRATION -> "expirationSeconds";
                    case CORRELATION_ID -> "correlationId";
                    case REPLY_TO -> "replyTo";
                };
                method.beginControlFlow("if (fields.$N() != null)", accessor)
                        .addStatement("$N.$N(fields.$N())", builder, field.javaName(), accessor)
                        .endControlFlow();
            } else {
                children.putIfAbsent(rest.get(0), true);
            }
        }
        for (Field child : children.keySet()) {
            Shape.Named named = (Shape.Named) child.type().shape();
            String childBuilder = locals.allocate(child.javaName() + "Builder");
            CodeBlock childValue = CodeBlock.of("$L.$N()", current, child.javaName());
            method.addStatement("$T $N = $L.toBuilder()", types.className(named.name()).nestedClass(JavaNameTable.BUILDER),
                    childBuilder, childValue);
            List<Field> childPrefix = new ArrayList<>(prefix);
            childPrefix.add(child);
            setAlong(method, childBuilder, childValue, childPrefix, paths, locals);
            method.addStatement("$N.$N($N.build())", builder, child.javaName(), childBuilder);
        }
    }

    private static boolean startsWith(List<Field> path, List<Field> prefix) {
        return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }
}
