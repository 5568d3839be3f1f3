package io.busgen.generator.emit.validate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.model.NameAllocator;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.JsonType;
import org.jspecify.annotations.Nullable;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits validators as plain Java: one method per schema reachable from the entry points, checking each keyword with
 * draft 2020-12 semantics and reporting every violation with its instance location, schema location and keyword.
 * Nothing is interpreted at run time; patterns are compiled once, constants parsed once.
 */
public final class ValidatorEmitter {

    private static final String RUNTIME = "io.busgen.runtime";
    private static final ClassName VALIDATOR = ClassName.get(RUNTIME, "Validator");
    private static final ClassName VIOLATIONS = ClassName.get(RUNTIME, "Violations");
    private static final ClassName VALIDATION = ClassName.get(RUNTIME, "Validation");
    private static final ClassName JSON_TREE = ClassName.get(RUNTIME, "JsonTree");
    private static final ClassName ECMA_PATTERN = ClassName.get(RUNTIME, "EcmaPattern");
    private static final ClassName FORMATS = ClassName.get(RUNTIME, "Formats");
    private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    private static final Set<String> STRUCTURAL = Set.of(
            "type", "properties", "required", "items", "enum", "$ref", "title", "description", "default", "examples",
            "deprecated", "readOnly", "writeOnly", "$comment", "$schema", "$defs", "format");

    /** One public validator of the emitted class. */
    public record Entry(String constantName, Schema root, String description, boolean enforcedByDecoding) {}

    private final SchemaIndex index;
    private final Map<Schema, String> methods = new IdentityHashMap<>();
    private final Queue<Schema> pending = new ArrayDeque<>();
    private final List<FieldSpec> constants = new ArrayList<>();
    private final Map<String, String> constantByKey = new LinkedHashMap<>();
    /** The class's field names: the public validators' first, then the constants as they are made. */
    private final NameAllocator constantNames = NameAllocator.caseSensitive();

    private final java.util.function.Function<Schema, @Nullable JsonType> javaNumbers;

    private ValidatorEmitter(SchemaIndex index, java.util.function.Function<Schema, @Nullable JsonType> javaNumbers) {
        this.index = index;
        this.javaNumbers = javaNumbers;
    }

    /**
     * A class of validators.
     *
     * @param javadoc the class's Javadoc
     */
    public static GeneratedFile emit(SchemaIndex index, String packageName, String className, List<Entry> entries,
            String javadoc, boolean generatedAnnotation) {
        return emit(index, packageName, className, entries, javadoc, generatedAnnotation, Set.of());
    }

    /**
     * A class of validators in a package that holds other generated classes.
     *
     * @param packageTypes the simple names of the package's other classes: a JDK or runtime type of the same name is
     *     written qualified
     */
    public static GeneratedFile emit(SchemaIndex index, String packageName, String className, List<Entry> entries,
            String javadoc, boolean generatedAnnotation, Set<String> packageTypes) {
        return emit(index, packageName, className, entries, javadoc, generatedAnnotation, packageTypes, s -> null);
    }

    /**
     * A class of validators for generated types, which also check that numbers fit the Java types that hold them.
     *
     * @param javaNumbers for a schema whose values generated code holds as a {@code long} or {@code double}, its
     *     type ({@code integer} or {@code number}); null for any other
     */
    public static GeneratedFile emit(SchemaIndex index, String packageName, String className, List<Entry> entries,
            String javadoc, boolean generatedAnnotation, Set<String> packageTypes,
            java.util.function.Function<Schema, @Nullable JsonType> javaNumbers) {
        ValidatorEmitter emitter = new ValidatorEmitter(index, javaNumbers);
        entries.forEach(entry -> emitter.constantNames.reserve(entry.constantName()));
        return emitter.emitClass(packageName, className, entries, javadoc, generatedAnnotation, packageTypes);
    }

    private GeneratedFile emitClass(String packageName, String className, List<Entry> entries, String javadoc,
            boolean generatedAnnotation, Set<String> packageTypes) {
        ClassName self = ClassName.get(packageName, className);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .alwaysQualify(packageTypes.toArray(new String[0]))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc);
        if (generatedAnnotation) {
            type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", "busgen").build());
        }
        List<FieldSpec> publicValidators = new ArrayList<>();
        for (Entry entry : entries) {
            String method = methodFor(entry.root());
            publicValidators.add(FieldSpec.builder(VALIDATOR, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("$L\n", entry.description())
                    .initializer("$T.of($T::$N, $L)", VALIDATOR, self, method, entry.enforcedByDecoding())
                    .build());
        }
        List<MethodSpec> checks = new ArrayList<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.poll();
            checks.add(check(schema, methods.get(schema)));
        }
        publicValidators.forEach(type::addField);
        constants.forEach(type::addField);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        checks.forEach(type::addMethod);
        JavaFile file = JavaFile.builder(packageName, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("Generated by busgen. Do not edit: change the schemas and generate again.")
                .build();
        String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className + ".java";
        return new GeneratedFile(path, file.toString());
    }

    // ---- one method per schema ------------------------------------------------------------------------------------

    private String methodFor(Schema schema) {
        String name = methods.get(schema);
        if (name == null) {
            name = "check" + methods.size();
            methods.put(schema, name);
            pending.add(schema);
        }
        return name;
    }

    private MethodSpec check(Schema schema, String name) {
        String location = index.locationOf(schema);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(boolean.class)
                .addJavadoc("{@code $L}\n", location.replace("*/", "*&#47;").replace("@", "&#64;")
                        .replace("\\u", "&#92;u"))
                .addParameter(ClassName.get(Object.class).annotated(AnnotationSpec.builder(NULLABLE).build()),
                        "instance")
                .addParameter(String.class, "pointer")
                .addParameter(VIOLATIONS, "out");
        if (schema.isBooleanSchema()) {
            return Boolean.TRUE.equals(schema.booleanValue())
                    ? method.addStatement("return true").build()
                    : method.addStatement("return out.add(pointer, $S, $S, $S)", location, "false",
                            "no value is allowed here").build();
        }
        method.addStatement("boolean valid = true");
        Keywords k = new Keywords(location);
        if (schema.ref() != null) {
            Schema target = index.target(schema).orElseThrow(
                    () -> new IllegalStateException("unresolved $ref at " + location));
            method.addStatement("valid &= $N(instance, pointer, out)", methodFor(target));
        }
        if (!schema.types().isEmpty()) {
            String mask = schema.types().stream().map(t -> "$T." + t.name()).collect(Collectors.joining(" | "));
            Object[] args = new Object[schema.types().size()];
            java.util.Arrays.fill(args, VALIDATION);
            method.beginControlFlow("if (!$T.hasType(instance, " + mask + "))",
                    concat(new Object[] {VALIDATION}, args));
            method.addStatement("valid = out.add(pointer, $S, $S, $S + $T.typePhrase(instance))", k.at("type"),
                    "type", ViolationText.typeExpected(schema.types()), VALIDATION);
            method.endControlFlow();
        }
        if (schema.enumValues() != null) {
            String constant = treeConstant("ENUM", new JsonArray(schema.enumValues(), schema.location()),
                    ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class)));
            method.beginControlFlow("if ($N.stream().noneMatch(allowed -> $T.equal(instance, allowed)))", constant,
                    VALIDATION);
            method.addStatement("valid = out.add(pointer, $S, $S, $S + $T.describe(instance))", k.at("enum"), "enum",
                    "must be one of " + ViolationText.shorten(JsonValues.toJson(new JsonArray(schema.enumValues(),
                            schema.location()))) + ", not ", VALIDATION);
            method.endControlFlow();
        }
        if (schema.constValue() != null) {
            String constant = treeConstant("CONST", schema.constValue(), ClassName.get(Object.class));
            method.beginControlFlow("if (!$T.equal(instance, $N))", VALIDATION, constant);
            method.addStatement("valid = out.add(pointer, $S, $S, $S + $T.describe(instance))", k.at("const"),
                    "const", "must be " + ViolationText.shorten(JsonValues.toJson(schema.constValue())) + ", not ",
                    VALIDATION);
            method.endControlFlow();
        }
        javaRange(method, schema);
        numbers(method, schema, k);
        strings(method, schema, k);
        arrays(method, schema, k);
        objects(method, schema, k);
        applicators(method, schema, k);
        return method.addStatement("return valid").build();
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Schema locations of one schema's keywords. */
    private record Keywords(String location) {
        String at(String keyword) {
            return location + "/" + keyword;
        }
    }

    /**
     * For a value generated code holds as a {@code long} or {@code double}: that the number fits, as decoding requires
     * (keywords {@code int64} and {@code double}; JSON Schema itself has no such limit).
     */
    private void javaRange(MethodSpec.Builder method, Schema s) {
        JsonType type = javaNumbers.apply(s);
        if (type == null) {
            return;
        }
        boolean integer = type == JsonType.INTEGER;
        method.beginControlFlow("if (!$T.$N(instance))", VALIDATION, integer ? "fitsLong" : "fitsDouble");
        method.addStatement("valid = out.add(pointer, $S, $S, $T.$N + $T.describe(instance))", index.locationOf(s),
                integer ? "int64" : "double", VALIDATION, integer ? "LONG_RANGE_MESSAGE" : "DOUBLE_RANGE_MESSAGE",
                VALIDATION);
        method.endControlFlow();
    }

    private void numbers(MethodSpec.Builder method, Schema s, Keywords k) {
        if (s.minimum() == null && s.maximum() == null && s.exclusiveMinimum() == null
                && s.exclusiveMaximum() == null && s.multipleOf() == null) {
            return;
        }
        method.beginControlFlow("if ($T.isNumber(instance))", VALIDATION);
        bound(method, s.minimum(), "< 0", "minimum", "must be at least ", k);
        bound(method, s.maximum(), "> 0", "maximum", "must be at most ", k);
        bound(method, s.exclusiveMinimum(), "<= 0", "exclusiveMinimum", "must be greater than ", k);
        bound(method, s.exclusiveMaximum(), ">= 0", "exclusiveMaximum", "must be less than ", k);
        if (s.multipleOf() != null) {
            String constant = decimalConstant(s.multipleOf());
            method.beginControlFlow("if (!$T.isMultipleOf(instance, $N))", VALIDATION, constant);
            method.addStatement("valid = out.add(pointer, $S, $S, $S + $T.describe(instance))", k.at("multipleOf"),
                    "multipleOf", "must be a multiple of " + s.multipleOf().toPlainString() + ", not ", VALIDATION);
            method.endControlFlow();
        }
        method.endControlFlow();
    }

    private void bound(MethodSpec.Builder method, BigDecimal limit, String failing, String keyword, String message,
            Keywords k) {
        if (limit == null) {
            return;
        }
        String constant = decimalConstant(limit);
        method.beginControlFlow("if ($T.compare(instance, $N) " + failing + ")", VALIDATION, constant);
        method.addStatement("valid = out.add(pointer, $S, $S, $S + $T.describe(instance))", k.at(keyword), keyword,
                message + limit.toString() + ", not ", VALIDATION);
        method.endControlFlow();
    }

    private void strings(MethodSpec.Builder method, Schema s, Keywords k) {
        boolean format = s.format() != null && FORMATS_ASSERTED.contains(s.format());
        if (s.minLength() == null && s.maxLength() == null && s.pattern() == null && !format) {
            return;
        }
        method.beginControlFlow("if (instance instanceof $T string)", String.class);
        if (s.minLength() != null || s.maxLength() != null) {
            method.addStatement("int length = $T.length(string)", VALIDATION);
            if (s.minLength() != null) {
                method.beginControlFlow("if (length < $L)", s.minLength());
                method.addStatement("valid = out.add(pointer, $S, $S, $S + length)", k.at("minLength"), "minLength",
                        "must be at least " + ViolationText.count(s.minLength(), "character", "characters")
                                + " long, not ");
                method.endControlFlow();
            }
            if (s.maxLength() != null) {
                method.beginControlFlow("if (length > $L)", s.maxLength());
                method.addStatement("valid = out.add(pointer, $S, $S, $S + length)", k.at("maxLength"), "maxLength",
                        "must be at most " + ViolationText.count(s.maxLength(), "character", "characters")
                                + " long, not ");
                method.endControlFlow();
            }
        }
        if (s.pattern() != null) {
            String constant = patternConstant(s.pattern());
            method.beginControlFlow("if (!$N.find(string, out, pointer, $S))", constant, k.at("pattern"));
            method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("pattern"), "pattern",
                    "must match the pattern " + JsonValues.quote(s.pattern()));
            method.endControlFlow();
        }
        if (format) {
            method.beginControlFlow("if (out.assertFormats() && !$T.isValid($S, string))", FORMATS, s.format());
            method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("format"), "format",
                    "must be a valid " + s.format());
            method.endControlFlow();
        }
        method.endControlFlow();
    }

    private static final Set<String> FORMATS_ASSERTED = Set.of(
            "date-time", "date", "time", "uuid", "email", "uri", "ipv4", "ipv6");

    private void arrays(MethodSpec.Builder method, Schema s, Keywords k) {
        if (s.items() == null && s.prefixItems().isEmpty() && s.contains() == null && s.minItems() == null
                && s.maxItems() == null && !s.uniqueItems()) {
            return;
        }
        method.beginControlFlow("if (instance instanceof $T<?> array)", List.class);
        for (int i = 0; i < s.prefixItems().size(); i++) {
            method.beginControlFlow("if (array.size() > $L)", i);
            method.addStatement("valid &= $N(array.get($L), $T.child(pointer, $L), out)",
                    methodFor(s.prefixItems().get(i)), i, VALIDATION, i);
            method.endControlFlow();
        }
        if (s.items() != null) {
            method.beginControlFlow("for (int i = $L; i < array.size(); i++)", s.prefixItems().size());
            method.addStatement("valid &= $N(array.get(i), $T.child(pointer, i), out)", methodFor(s.items()),
                    VALIDATION);
            method.endControlFlow();
        }
        if (s.contains() != null) {
            int minimum = s.minContains() != null ? s.minContains() : 1;
            method.addStatement("int matches = 0");
            method.beginControlFlow("for (int i = 0; i < array.size(); i++)");
            method.beginControlFlow("if ($N(array.get(i), $T.child(pointer, i), out.discarding()))",
                    methodFor(s.contains()), VALIDATION);
            method.addStatement("matches++");
            method.endControlFlow();
            method.endControlFlow();
            if (minimum > 0) {
                method.beginControlFlow("if (matches < $L)", minimum);
                method.addStatement("valid = out.add(pointer, $S, $S, $S + matches)",
                        k.at(s.minContains() != null ? "minContains" : "contains"),
                        s.minContains() != null ? "minContains" : "contains",
                        "must contain at least " + ViolationText.count(minimum, "item", "items")
                                + " matching \"contains\", not ");
                method.endControlFlow();
            }
            if (s.maxContains() != null) {
                method.beginControlFlow("if (matches > $L)", s.maxContains());
                method.addStatement("valid = out.add(pointer, $S, $S, $S + matches)", k.at("maxContains"),
                        "maxContains", "must contain at most "
                                + ViolationText.count(s.maxContains(), "item", "items")
                                + " matching \"contains\", not ");
                method.endControlFlow();
            }
        }
        if (s.minItems() != null) {
            method.beginControlFlow("if (array.size() < $L)", s.minItems());
            method.addStatement("valid = out.add(pointer, $S, $S, $S + array.size())", k.at("minItems"), "minItems",
                    "must have at least " + ViolationText.count(s.minItems(), "item", "items") + ", not ");
            method.endControlFlow();
        }
        if (s.maxItems() != null) {
            method.beginControlFlow("if (array.size() > $L)", s.maxItems());
            method.addStatement("valid = out.add(pointer, $S, $S, $S + array.size())", k.at("maxItems"), "maxItems",
                    "must have at most " + ViolationText.count(s.maxItems(), "item", "items") + ", not ");
            method.endControlFlow();
        }
        if (s.uniqueItems()) {
            method.addStatement("int repeated = $T.firstDuplicate(array)", VALIDATION);
            method.beginControlFlow("if (repeated >= 0)");
            method.addStatement("valid = out.add(pointer, $S, $S, $S + repeated + $S)", k.at("uniqueItems"),
                    "uniqueItems", "items must be unique: item ", " repeats an earlier one");
            method.endControlFlow();
        }
        method.endControlFlow();
    }

    private void objects(MethodSpec.Builder method, Schema s, Keywords k) {
        boolean perMember = !s.patternProperties().isEmpty() || s.additionalProperties() != null
                || s.propertyNames() != null;
        if (s.properties().isEmpty() && !perMember && s.required().isEmpty() && s.minProperties() == null
                && s.maxProperties() == null && s.dependentRequired().isEmpty() && s.dependentSchemas().isEmpty()) {
            return;
        }
        method.beginControlFlow("if (instance instanceof $T<?, ?> object)", Map.class);
        for (Map.Entry<String, Schema> property : s.properties().entrySet()) {
            method.beginControlFlow("if (object.containsKey($S))", property.getKey());
            method.addStatement("valid &= $N(object.get($S), $T.child(pointer, $S), out)",
                    methodFor(property.getValue()), property.getKey(), VALIDATION, property.getKey());
            method.endControlFlow();
        }
        if (perMember) {
            method.beginControlFlow("for ($T<?, ?> member : object.entrySet())", Map.Entry.class);
            method.addStatement("$T name = ($T) member.getKey()", String.class, String.class);
            method.addStatement("$T at = $T.child(pointer, name)", String.class, VALIDATION);
            if (s.propertyNames() != null) {
                method.addStatement("valid &= $N(name, at, out)", methodFor(s.propertyNames()));
            }
            boolean additional = s.additionalProperties() != null;
            if (additional) {
                if (s.properties().isEmpty()) {
                    method.addStatement("boolean declared = false");
                } else {
                    method.addStatement("boolean declared = $L", s.properties().keySet().stream()
                            .map(p -> CodeBlock.of("name.equals($S)", p).toString())
                            .collect(Collectors.joining(" || ")));
                }
            }
            for (Map.Entry<String, Schema> pattern : s.patternProperties().entrySet()) {
                String constant = patternConstant(pattern.getKey());
                method.beginControlFlow("if ($N.find(name, out, at, $S))", constant, k.at("patternProperties") + "/"
                        + pattern.getKey().replace("~", "~0").replace("/", "~1"));
                method.addStatement("valid &= $N(member.getValue(), at, out)", methodFor(pattern.getValue()));
                if (additional) {
                    method.addStatement("declared = true");
                }
                method.endControlFlow();
            }
            if (additional) {
                method.beginControlFlow("if (!declared)");
                Schema extra = s.additionalProperties();
                if (Boolean.FALSE.equals(extra.booleanValue())) {
                    method.addStatement("valid = out.add(at, $S, $S, $S + name + $S)", k.at("additionalProperties"),
                            "additionalProperties", "property \"", "\" is not allowed");
                } else {
                    method.addStatement("valid &= $N(member.getValue(), at, out)", methodFor(extra));
                }
                method.endControlFlow();
            }
            method.endControlFlow();
        }
        for (String required : s.required()) {
            method.beginControlFlow("if (!object.containsKey($S))", required);
            method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("required"), "required",
                    "required property " + JsonValues.quote(required) + " is missing");
            method.endControlFlow();
        }
        for (Map.Entry<String, List<String>> dependency : s.dependentRequired().entrySet()) {
            for (String needed : dependency.getValue()) {
                method.beginControlFlow("if (object.containsKey($S) && !object.containsKey($S))", dependency.getKey(),
                        needed);
                method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("dependentRequired"),
                        "dependentRequired", "property " + JsonValues.quote(needed) + " is required when "
                                + JsonValues.quote(dependency.getKey()) + " is present");
                method.endControlFlow();
            }
        }
        for (Map.Entry<String, Schema> dependency : s.dependentSchemas().entrySet()) {
            method.beginControlFlow("if (object.containsKey($S))", dependency.getKey());
            method.addStatement("valid &= $N(instance, pointer, out)", methodFor(dependency.getValue()));
            method.endControlFlow();
        }
        if (s.minProperties() != null) {
            method.beginControlFlow("if (object.size() < $L)", s.minProperties());
            method.addStatement("valid = out.add(pointer, $S, $S, $S + object.size())", k.at("minProperties"),
                    "minProperties", "must have at least " + ViolationText.count(s.minProperties(), "property",
                            "properties") + ", not ");
            method.endControlFlow();
        }
        if (s.maxProperties() != null) {
            method.beginControlFlow("if (object.size() > $L)", s.maxProperties());
            method.addStatement("valid = out.add(pointer, $S, $S, $S + object.size())", k.at("maxProperties"),
                    "maxProperties", "must have at most " + ViolationText.count(s.maxProperties(), "property",
                            "properties") + ", not ");
            method.endControlFlow();
        }
        method.endControlFlow();
    }

    private void applicators(MethodSpec.Builder method, Schema s, Keywords k) {
        for (Schema each : s.allOf()) {
            method.addStatement("valid &= $N(instance, pointer, out)", methodFor(each));
        }
        Schema nullableOf = nullableAlternative(s);
        if (nullableOf != null) {
            // "X or null": for a value of none of X's types, that is all there is to say, as decoding says it; for
            // another value, what is wrong with it as an X is what the user needs.
            List<JsonType> types = typesRequiredBy(nullableOf);
            if (!types.isEmpty()) {
                List<JsonType> orNull = new ArrayList<>(types);
                orNull.add(JsonType.NULL);
                String mask = types.stream().map(t -> "$T." + t.name()).collect(Collectors.joining(" | "));
                Object[] args = new Object[types.size()];
                java.util.Arrays.fill(args, VALIDATION);
                method.beginControlFlow("if (instance != null && !$T.hasType(instance, " + mask + "))",
                        concat(new Object[] {VALIDATION}, args));
                method.addStatement("valid = out.add(pointer, $S, $S, $S + $T.typePhrase(instance))", k.at("anyOf"),
                        "anyOf", ViolationText.typeExpected(orNull), VALIDATION);
                method.nextControlFlow("else if (instance != null && !$N(instance, pointer, out.discarding()))",
                        methodFor(nullableOf));
            } else {
                method.beginControlFlow("if (instance != null && !$N(instance, pointer, out.discarding()))",
                        methodFor(nullableOf));
            }
            method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("anyOf"), "anyOf",
                    "must be null or match the other schema of \"anyOf\"");
            method.addStatement("$N(instance, pointer, out)", methodFor(nullableOf));
            method.endControlFlow();
        } else if (!s.anyOf().isEmpty()) {
            String any = s.anyOf().stream().map(b -> methodFor(b) + "(instance, pointer, out.discarding())")
                    .collect(Collectors.joining(" || "));
            method.beginControlFlow("if (!(" + any + "))");
            method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("anyOf"), "anyOf",
                    s.anyOf().size() == 1 ? "must match the schema of \"anyOf\""
                            : "must match at least one of the " + s.anyOf().size() + " schemas of \"anyOf\"");
            method.endControlFlow();
        }
        if (!s.oneOf().isEmpty()) {
            method.addStatement("int matched = 0");
            for (Schema branch : s.oneOf()) {
                method.beginControlFlow("if ($N(instance, pointer, out.discarding()))", methodFor(branch));
                method.addStatement("matched++");
                method.endControlFlow();
            }
            method.beginControlFlow("if (matched != 1)");
            if (s.oneOf().size() == 1) {
                method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("oneOf"), "oneOf",
                        "must match the schema of \"oneOf\"");
            } else {
                method.addStatement("valid = out.add(pointer, $S, $S, $S + matched)", k.at("oneOf"), "oneOf",
                        "must match exactly one of the " + s.oneOf().size() + " schemas of \"oneOf\", not ");
            }
            method.endControlFlow();
        }
        if (s.not() != null) {
            method.beginControlFlow("if ($N(instance, pointer, out.discarding()))", methodFor(s.not()));
            method.addStatement("valid = out.add(pointer, $S, $S, $S)", k.at("not"), "not",
                    "must not match the schema of \"not\"");
            method.endControlFlow();
        }
        if (s.ifSchema() != null && (s.thenSchema() != null || s.elseSchema() != null)) {
            method.beginControlFlow("if ($N(instance, pointer, out.discarding()))", methodFor(s.ifSchema()));
            if (s.thenSchema() != null) {
                method.addStatement("valid &= $N(instance, pointer, out)", methodFor(s.thenSchema()));
            }
            if (s.elseSchema() != null) {
                method.nextControlFlow("else");
                method.addStatement("valid &= $N(instance, pointer, out)", methodFor(s.elseSchema()));
            }
            method.endControlFlow();
        }
    }

    /**
     * The types a value must have to be valid against {@code schema}: its {@code type}, or that of the schema its
     * {@code $ref} leads to; empty when any type may be valid.
     */
    private List<JsonType> typesRequiredBy(Schema schema) {
        Schema current = schema;
        for (int hops = 0; hops < 64 && !current.isBooleanSchema(); hops++) {
            if (!current.types().isEmpty()) {
                return current.types();
            }
            if (current.ref() == null) {
                return List.of();
            }
            Schema target = index.target(current).orElse(null);
            if (target == null) {
                return List.of();
            }
            current = target;
        }
        return List.of();
    }

    /** For {@code "anyOf": [X, {"type": "null"}]} (either order), X; otherwise null. */
    private static Schema nullableAlternative(Schema s) {
        if (s.anyOf().size() != 2) {
            return null;
        }
        Schema first = s.anyOf().get(0);
        Schema second = s.anyOf().get(1);
        if (isNullOnly(second)) {
            return first;
        }
        return isNullOnly(first) ? second : null;
    }

    private static boolean isNullOnly(Schema s) {
        return !s.isBooleanSchema() && s.types().equals(List.of(JsonType.NULL)) && s.validationKeywords().equals(List.of("type"));
    }

    // ---- constants ------------------------------------------------------------------------------------------------

    private String treeConstant(String prefix, JsonValue value, TypeName type) {
        String json = JsonValues.toJson(value);
        return constant(prefix, type, "tree " + json, type.equals(ClassName.get(Object.class))
                ? CodeBlock.of("$T.parse($S)", JSON_TREE, json)
                : CodeBlock.of("($T) $T.parse($S)", type, JSON_TREE, json));
    }

    private String decimalConstant(BigDecimal value) {
        return constant("NUMBER", ClassName.get(BigDecimal.class), "decimal " + value,
                CodeBlock.of("new $T($S)", BigDecimal.class, value.toString()));
    }

    private String patternConstant(String ecma) {
        return constant("PATTERN", ECMA_PATTERN, "pattern " + ecma,
                CodeBlock.of("$T.compile($S)", ECMA_PATTERN, ecma));
    }

    private String constant(String prefix, TypeName type, String key, CodeBlock initializer) {
        String existing = constantByKey.get(key);
        if (existing != null) {
            return existing;
        }
        String name = constantNames.allocate(prefix + "_" + constants.size());
        FieldSpec.Builder field = FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer);
        if (type.equals(ClassName.get(Object.class))) {
            field = FieldSpec.builder(type.annotated(AnnotationSpec.builder(NULLABLE).build()), name,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(initializer);
        }
        constants.add(field.build());
        constantByKey.put(key, name);
        return name;
    }
}
