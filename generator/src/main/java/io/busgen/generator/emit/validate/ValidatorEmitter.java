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
import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.NameAllocator;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import io.busgen.runtime.Validator;
import io.busgen.runtime.internal.Checks;
import io.busgen.runtime.internal.DynamicScope;
import io.busgen.runtime.internal.EcmaPattern;
import io.busgen.runtime.internal.Evaluated;
import io.busgen.runtime.internal.Formats;
import io.busgen.runtime.internal.GeneratedValidator;
import io.busgen.runtime.internal.JsonInput;
import io.busgen.runtime.internal.PropertyNames;
import io.busgen.runtime.internal.Validation;
import io.busgen.runtime.internal.Violations;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Emits validators as plain Java, written as a person would write them: a method per object type and per schema that
 * earns one (a shared definition, an array, a branch of {@code anyOf}), named from the type and the place it checks
 * ({@code kitchenOrderPlacedLines}), so that names do not move when another schema changes; the checks of a property
 * done in place, one runtime call per keyword ({@code Checks.type}, {@code Checks.minimum}); constants named from
 * the place they serve ({@code COLOUR_VALUES}).
 *
 * <p>The generated code reads a {@code JsonInput}: a body as it is parsed, one token after the other, or a tree, with
 * the same code. A schema reads the members of an object as they come (a {@code switch} on the name), and the
 * elements of an array in turn; a schema that must read a value more than once (two subschemas apply to it, or
 * {@code uniqueItems}) reads it whole first. Violations come in the body's order: a value's own keywords, then its
 * members or elements as they appear, then what concerns the object or array as a whole, then the applicators.
 *
 * <p>{@code unevaluatedProperties} and {@code unevaluatedItems} cost only the schemas that reach them. A schema that
 * has one keeps a record of what is evaluated ({@code Evaluated here}), filled by its own keywords as they say it and
 * by each subschema it applies in place that passes; such a subschema, when it can evaluate anything, gets a second
 * method, an overload that records into the record it is given ({@code Evaluated seen}), called through {@code
 * Checks.evaluating}, {@code Checks.anyOf}, ... A reference is such a call like any other in-place subschema. When
 * no in-place subschema can evaluate a member, {@code unevaluatedProperties} is checked in the pass over the members,
 * as {@code additionalProperties} is.
 */
public final class ValidatorEmitter {

    private static final ClassName VALIDATOR = ClassName.get(Validator.class);
    private static final ClassName GENERATED_VALIDATOR = ClassName.get(GeneratedValidator.class);
    private static final ClassName VIOLATIONS = ClassName.get(Violations.class);
    private static final ClassName VALIDATION = ClassName.get(Validation.class);
    private static final ClassName CHECKS = ClassName.get(Checks.class);
    private static final ClassName JSON_INPUT = ClassName.get(JsonInput.class);
    private static final ClassName PROPERTY_NAMES = ClassName.get(PropertyNames.class);
    private static final ClassName ECMA_PATTERN = ClassName.get(EcmaPattern.class);
    private static final ClassName EVALUATED = ClassName.get(Evaluated.class);
    private static final ClassName NULLABLE = ClassName.get(Nullable.class);
    private static final ClassName DYNAMIC_SCOPE = ClassName.get(DynamicScope.class);
    /** The formats the runtime can assert; the others are annotations, which the code need not mention. */
    private static final Set<String> FORMATS_ASSERTED = Formats.ASSERTED;

    /** Where the generated code checks a keyword. */
    private enum Reading {
        /** On the value itself, without reading into it: {@link #valueChecks}. */
        VALUE,
        /** In the one pass over an object's members, or after it: {@link #members}. */
        MEMBERS,
        /** In the one pass over an array's elements, or after it: {@link #elements}. */
        ELEMENTS,
        /** As a part that reads the value whole, or once more: {@link #parts}. */
        PART,
        /** With the keyword it modifies: {@code minContains}, {@code maxContains} with {@code contains}, {@code then},
         * {@code else} with {@code if}. */
        WITH_ANOTHER,
        /** Nowhere: it constrains nothing (annotations, structure, busgen's keywords, which the codecs apply). */
        NOT_CHECKED
    }

    /** Where the generated code checks each keyword: a new {@link Keyword} does not compile until it says. */
    private static Reading reading(Keyword keyword) {
        return switch (keyword) {
            case TYPE, MIN_LENGTH, MAX_LENGTH, PATTERN, FORMAT, MINIMUM, EXCLUSIVE_MINIMUM, MAXIMUM, EXCLUSIVE_MAXIMUM,
                    MULTIPLE_OF -> Reading.VALUE;
            case MIN_PROPERTIES, MAX_PROPERTIES, PROPERTIES, REQUIRED, ADDITIONAL_PROPERTIES, PATTERN_PROPERTIES,
                    PROPERTY_NAMES, DEPENDENT_REQUIRED -> Reading.MEMBERS;
            case MIN_ITEMS, MAX_ITEMS, ITEMS, PREFIX_ITEMS, CONTAINS -> Reading.ELEMENTS;
            case REF, ENUM, CONST, UNIQUE_ITEMS, DEPENDENT_SCHEMAS, ALL_OF, ANY_OF, ONE_OF, NOT, IF,
                    UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> Reading.PART;
            case MIN_CONTAINS, MAX_CONTAINS, THEN, ELSE -> Reading.WITH_ANOTHER;
            case SCHEMA, ID, ANCHOR, DEFS, DESCRIPTION, TITLE, DEFAULT, EXAMPLES, DEPRECATED, READ_ONLY, WRITE_ONLY,
                    COMMENT, CONTENT_ENCODING, CONTENT_MEDIA_TYPE, CONTENT_SCHEMA, X_ROUTING_KEY, X_KIND, X_PRIORITY,
                    X_ENVELOPE, X_BODY, X_JAVA_NAME, X_JAVA_TYPE, X_ENUM_DESCRIPTIONS -> Reading.NOT_CHECKED;
            // dynamic references (standalone schemas only): DynamicScopes
            case DYNAMIC_REF -> Reading.PART;
            case DYNAMIC_ANCHOR, VOCABULARY -> Reading.NOT_CHECKED;
        };
    }

    /** The keywords of a schema that its checks start from (those that {@link Reading#WITH_ANOTHER} left out). */
    private static Set<Keyword> checkedKeywords(Schema s) {
        Set<Keyword> checked = EnumSet.noneOf(Keyword.class);
        for (Keyword keyword : s.keywords()) {
            Reading reading = reading(keyword);
            if (reading != Reading.WITH_ANOTHER && reading != Reading.NOT_CHECKED) {
                checked.add(keyword);
            }
        }
        return checked;
    }

    /** Whether a schema uses a keyword read in this way. */
    private static boolean reads(Schema s, Reading reading) {
        return s.keywords().stream().anyMatch(k -> reading(k) == reading);
    }

    /** One public validator of the emitted class. */
    public record Entry(String constantName, Schema root, String description, boolean enforcedByDecoding) {}

    private final SchemaIndex index;
    private final Function<Schema, @Nullable JsonType> javaNumbers;
    /** For a schema whose values generated code holds as a JDK type, that type: its format is asserted. */
    private final Function<Schema, @Nullable ScalarJavaType> javaTypes;
    private final ClassName self;
    /** The schemas that have a method, and its name (shared by the method that also records what it evaluates). */
    private final Map<Schema, String> methods = new IdentityHashMap<>();
    /** The schemas whose method that records what it evaluates ({@link #evaluatingMethodFor}) is made. */
    private final Set<Schema> evaluatingMethods = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The schemas whose plain method is made. */
    private final Set<Schema> plainMethods = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Queue<Pending> pending = new ArrayDeque<>();
    /** Whether a schema records anything a schema above it with {@code unevaluated*} reads, by schema. */
    private final Map<Schema, Boolean> evaluates = new IdentityHashMap<>();
    /** The constants made, by place, purpose and value, so that a constant asked for twice is one. */
    private final Map<String, String> constantsMade = new HashMap<>();

    /** A method to write: the plain check of a schema, or the one that also records what it evaluates. */
    private record Pending(Schema schema, boolean evaluating) {}
    private final NameAllocator methodNames = NameAllocator.caseSensitive();
    /** The class's field names: the public validators' first, then the constants as they are made. */
    private final NameAllocator constantNames = NameAllocator.caseSensitive();
    private final List<FieldSpec> constants = new ArrayList<>();
    /** The entries' roots by location, and the names their places start from. */
    private final Map<String, String> entryPlaces = new HashMap<>();
    private final Map<Schema, Entry> entriesByRoot = new IdentityHashMap<>();
    /** Which checks take the dynamic scope ({@code $dynamicRef}): none, unless a schema resolves one dynamically. */
    private final DynamicScopes dynamic;

    private ValidatorEmitter(SchemaIndex index, Function<Schema, @Nullable JsonType> javaNumbers,
            Function<Schema, @Nullable ScalarJavaType> javaTypes, ClassName self) {
        this.index = index;
        this.dynamic = new DynamicScopes(index);
        this.javaNumbers = javaNumbers;
        this.javaTypes = javaTypes;
        this.self = self;
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
            Function<Schema, @Nullable JsonType> javaNumbers) {
        return emit(index, packageName, className, entries, javadoc, generatedAnnotation, packageTypes, javaNumbers,
                s -> null);
    }

    /**
     * A class of validators for generated types that hold some values as JDK types: such a value's {@code format} is
     * asserted whatever the options say, since decoding refuses a value that is not of it ({@code MappedValues}),
     * and an integer held as a {@code BigInteger} is checked for its digits.
     *
     * @param javaTypes for a schema whose values generated code holds as a JDK type, that type; null for any other
     */
    public static GeneratedFile emit(SchemaIndex index, String packageName, String className, List<Entry> entries,
            String javadoc, boolean generatedAnnotation, Set<String> packageTypes,
            Function<Schema, @Nullable JsonType> javaNumbers, Function<Schema, @Nullable ScalarJavaType> javaTypes) {
        ValidatorEmitter emitter = new ValidatorEmitter(index, javaNumbers, javaTypes,
                ClassName.get(packageName, className));
        for (Entry entry : entries) {
            emitter.constantNames.reserve(entry.constantName());
            emitter.entriesByRoot.putIfAbsent(entry.root(), entry);
            emitter.entryPlaces.putIfAbsent(index.locationOf(entry.root()),
                    JavaNames.lowerCamel(entry.constantName().toLowerCase(Locale.ROOT)));
        }
        return emitter.emitClass(packageName, className, entries, javadoc, generatedAnnotation, packageTypes);
    }

    private GeneratedFile emitClass(String packageName, String className, List<Entry> entries, String javadoc,
            boolean generatedAnnotation, Set<String> packageTypes) {
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .alwaysQualify(packageTypes.toArray(new String[0]))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n", javadoc);
        if (generatedAnnotation) {
            type.addAnnotation(AnnotationSpec.builder(Generated.class)
                    .addMember("value", "$S", "busgen").build());
        }
        List<FieldSpec> publicValidators = new ArrayList<>();
        for (Entry entry : entries) {
            String method = methodFor(entry.root());
            publicValidators.add(FieldSpec.builder(VALIDATOR, entry.constantName(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("$L\n", entry.description())
                    .initializer("$T.of($Z$L,$W$L)", GENERATED_VALIDATOR, entryCheck(entry.root(), method),
                            entry.enforcedByDecoding())
                    .build());
        }
        List<MethodSpec> checks = new ArrayList<>();
        while (!pending.isEmpty()) {
            Pending next = pending.poll();
            checks.add(method(next.schema(), methods.get(next.schema()), next.evaluating()));
        }
        publicValidators.forEach(type::addField);
        constants.stream().sorted(Comparator.comparing(FieldSpec::name)).forEach(type::addField);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        checks.stream().sorted(Comparator.comparing(MethodSpec::name).thenComparing(m -> m.parameters().size()))
                .forEach(type::addMethod);
        JavaFile file = JavaFile.builder(packageName, type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("Generated by busgen. Do not edit: change the schemas and generate again.")
                .build();
        String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + className + ".java";
        // No space at the end of a line, where JavaPoet breaks one after "=".
        return new GeneratedFile(path, file.toString().replaceAll("[ \t]+\n", "\n"));
    }

    // ---- names ----------------------------------------------------------------------------------------------------

    /** The method that checks {@code schema}, made when first asked for. */
    private String methodFor(Schema schema) {
        String name = methodName(schema);
        if (plainMethods.add(schema)) {
            pending.add(new Pending(schema, false));
        }
        return name;
    }

    /**
     * The method that checks {@code schema} and records what it evaluates ({@code Evaluated}), for a schema applied
     * in place below one with {@code unevaluatedProperties} or {@code unevaluatedItems}: an overload of the plain
     * method's name, made when first asked for.
     */
    private String evaluatingMethodFor(Schema schema) {
        String name = methodName(schema);
        if (evaluatingMethods.add(schema)) {
            pending.add(new Pending(schema, true));
        }
        return name;
    }

    private String methodName(Schema schema) {
        return methods.computeIfAbsent(schema, s -> methodNames.allocate(place(s)));
    }

    /**
     * The name of the place a schema checks, in lower camel case: an entry's root is named from its type
     * ({@code kitchenOrderPlaced}); any other schema from the nearest entry root above it in its file and the way down
     * ({@code kitchenOrderPlacedTags}, {@code kitchenOrderPlacedMatrixItems}), or from its file ({@code colour}). The
     * name depends on nothing but the schema's location, so that it stays when other schemas change.
     */
    private String place(Schema schema) {
        String location = index.locationOf(schema);
        int hash = location.indexOf('#');
        String document = location.substring(0, hash);
        List<String> tokens = JsonPointer.tokens(location.substring(hash + 1));
        for (int depth = tokens.size(); depth >= 0; depth--) {
            String above = document + "#" + pointer(tokens.subList(0, depth));
            String base = entryPlaces.get(above);
            if (base != null) {
                return base + suffix(tokens.subList(depth, tokens.size()));
            }
        }
        return documentPlace(document) + suffix(tokens);
    }

    private static String pointer(List<String> tokens) {
        String pointer = "";
        for (String token : tokens) {
            pointer = JsonPointer.append(pointer, token);
        }
        return pointer;
    }

    /** {@code defs/colour.json} -> {@code colour}; a standalone schema is {@code schema}. */
    private static String documentPlace(String document) {
        String stem = document.substring(document.lastIndexOf('/') + 1);
        if (stem.endsWith(".json")) {
            stem = stem.substring(0, stem.length() - ".json".length());
        }
        String name = JavaNames.lowerCamel(stem);
        return name.equals("_") ? "schema" : name;
    }

    /** The way down from a named schema, in upper camel case: {@code /properties/lines/items} -> {@code LinesItems}. */
    private static String suffix(List<String> tokens) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean named = i > 0 && naming(tokens.get(i - 1));
            if (!named && (token.equals("properties") || token.equals("$defs") || token.equals("definitions"))) {
                continue;
            }
            String word = JavaNames.upperCamel(token);
            if (word.startsWith("_") && !token.startsWith("_")) {
                word = word.substring(1); // a word after the first may start with a digit
            }
            suffix.append(word.isEmpty() ? "Property" : word);
        }
        return suffix.toString();
    }

    /**
     * Whether the pointer token after {@code token} is a name or number chosen by the schema's author: {@code token}
     * is a keyword whose value is a map or list of schemas ({@code properties}, {@code allOf}), or {@code definitions}
     * (draft 7's {@code $defs}, which documents of other drafts may still hold).
     */
    private static boolean naming(String token) {
        return token.equals("definitions") || Keyword.named(token)
                .filter(k -> k.value() == Keyword.Value.SCHEMA_MAP || k.value() == Keyword.Value.SCHEMA_LIST)
                .isPresent();
    }

    /** A constant's name: its place and what it holds ({@code KITCHEN_ORDER_PLACED_STATUS_VALUES}). */
    private String constantName(Schema schema, String what) {
        return constantNames.allocate(JavaNames.upperSnake(place(schema)) + "_" + what);
    }

    // ---- methods --------------------------------------------------------------------------------------------------

    private MethodSpec method(Schema schema, String name, boolean evaluating) {
        String location = index.locationOf(schema);
        Entry entry = entriesByRoot.get(schema);
        String where = "{@code " + javadocText(location) + "}";
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("$L\n", entry != null ? entry.description() + "\nThe schema: " + where + "."
                        : "The schema at " + where + ".")
                .addParameter(JSON_INPUT, "in")
                .addParameter(VIOLATIONS, "out");
        if (evaluating) {
            method.addJavadoc("Records what it evaluates in {@code seen}.\n").addParameter(EVALUATED, "seen");
        }
        CodeBlock.Builder code = CodeBlock.builder();
        scopeParameter(method, code, schema);
        checks(code, schema, "in", true, evaluating ? "seen" : null);
        return method.addCode(code.build()).build();
    }

    private static String javadocText(String text) {
        return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "&#92;u");
    }

    /**
     * The checks of a schema on the value {@code in} stands on.
     *
     * @param mayReturn whether the code is a method's whole body, which may return early
     * @param seen the variable of the {@code Evaluated} where the schema records what it evaluates, for a schema
     *     applied in place below one with {@code unevaluated*}; null for any other
     */
    private void checks(CodeBlock.Builder code, Schema schema, String in, boolean mayReturn, @Nullable String seen) {
        String location = index.locationOf(schema);
        if (schema.isBooleanSchema()) {
            if (Boolean.FALSE.equals(schema.booleanValue())) {
                code.addStatement("$T.nothingAllowed($L, out,$W$L)", CHECKS, in, literal(location));
            }
            return;
        }
        valueChecks(code, schema, in);
        boolean unevaluated = (schema.unevaluatedProperties() != null && !unevaluatedInTheLoop(schema))
                || schema.unevaluatedItems() != null;
        // A schema with unevaluated* records what its keywords and in-place subschemas evaluate in its own record.
        String tracker = unevaluated ? "here" : seen;
        List<Part> parts = parts(schema, tracker != null);
        if (unevaluated) {
            code.addStatement("$T here = new $T()", EVALUATED, EVALUATED);
        }
        if (tracker != null) {
            recordEvaluated(code, schema, tracker);
        }
        int readings = parts.stream().mapToInt(Part::readings).sum();
        if (readings <= 1) {
            for (Part part : parts) {
                part(code, schema, part, in, in, mayReturn, tracker);
            }
        } else {
            code.addStatement("$T value = $L.buffered()", JSON_INPUT, in);
            for (int i = 0; i < parts.size(); i++) {
                part(code, schema, parts.get(i), "value", i == 0 ? "value" : "value.again()", false, tracker);
            }
        }
        if (seen != null && (unevaluated || schema.unevaluatedProperties() != null)) {
            if (unevaluated) {
                code.addStatement("$L.addAll(here)", seen);
            }
            if (schema.unevaluatedProperties() != null) {
                code.addStatement("$L.allProperties()", seen);
            }
            if (schema.unevaluatedItems() != null) {
                code.addStatement("$L.allItems()", seen);
            }
        }
    }

    /**
     * Records what the keywords of a schema evaluate, as they say it, without reading the value: the names of
     * {@code properties}, the patterns of {@code patternProperties}, every member for {@code additionalProperties},
     * the first items for {@code prefixItems}, every item for {@code items}, the items {@code contains} matches.
     */
    private void recordEvaluated(CodeBlock.Builder code, Schema s, String tracker) {
        if (!s.properties().isEmpty()) {
            code.addStatement("$L.properties($L)", tracker, CodeBlock.join(s.properties().keySet().stream()
                    .map(n -> CodeBlock.of("$S", n)).toList(), ",$W"));
        }
        if (!s.patternProperties().isEmpty()) {
            code.addStatement("$L.patterns($L)", tracker, CodeBlock.join(s.patternProperties().entrySet().stream()
                    .map(p -> CodeBlock.of("$N", patternConstant(p.getValue(), "NAME_PATTERN", p.getKey())))
                    .toList(), ",$W"));
        }
        if (s.additionalProperties() != null) {
            code.addStatement("$L.allProperties()", tracker);
        }
        if (!s.prefixItems().isEmpty()) {
            code.addStatement("$L.items($L)", tracker, s.prefixItems().size());
        }
        if (s.items() != null) {
            code.addStatement("$L.allItems()", tracker);
        }
        if (s.contains() != null) {
            code.addStatement("$L.contains($L)", tracker, reference(s.contains()));
        }
    }

    /**
     * Whether a schema records anything a schema with {@code unevaluated*} above it reads: whether it, or a schema it
     * applies in place ({@code $ref}, {@code allOf}, ...), uses a keyword that evaluates members or items. A schema
     * that records nothing is called by its plain method.
     */
    private boolean evaluates(Schema schema) {
        Boolean known = evaluates.get(schema);
        if (known == null) {
            known = evaluatesAny(schema, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            evaluates.put(schema, known);
        }
        return known;
    }

    private boolean evaluatesAny(Schema s, Set<Schema> visited) {
        if (s.isBooleanSchema() || !visited.add(s)) {
            return false;
        }
        if (!s.properties().isEmpty() || !s.patternProperties().isEmpty() || s.additionalProperties() != null
                || !s.prefixItems().isEmpty() || s.items() != null || s.contains() != null
                || s.unevaluatedProperties() != null || s.unevaluatedItems() != null) {
            return true;
        }
        for (Schema each : inPlace(s)) {
            if (evaluatesAny(each, visited)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subschemas a schema applies in place, to the same value: {@code allOf}, {@code anyOf}, {@code oneOf},
     * {@code dependentSchemas}, {@code if}/{@code then}/{@code else}, and what its {@code $ref} or {@code $dynamicRef}
     * may go to.
     */
    private List<Schema> inPlace(Schema s) {
        List<Schema> inPlace = new ArrayList<>(s.allOf());
        inPlace.addAll(s.anyOf());
        inPlace.addAll(s.oneOf());
        inPlace.addAll(s.dependentSchemas().values());
        java.util.stream.Stream.of(s.ifSchema(), s.thenSchema(), s.elseSchema()).filter(java.util.Objects::nonNull)
                .forEach(inPlace::add);
        if (s.ref() != null) {
            inPlace.add(target(s));
        }
        inPlace.addAll(dynamicTargets(s));
        return inPlace;
    }

    /** The checks of keywords that look at the value itself, without reading into it: its type, bounds, length. */
    private void valueChecks(CodeBlock.Builder code, Schema s, String in) {
        String location = index.locationOf(s);
        if (!s.types().isEmpty()) {
            long others = s.types().stream().filter(t -> t != JsonType.NULL).count();
            if (others <= 1) {
                code.addStatement("$T.type($L, out,$W$L,$W$L)", CHECKS, in, at(s, "type"), mask(s.types()));
            } else {
                code.addStatement("$T.type($L, out,$W$L,$W$L,$W$S)", CHECKS, in, at(s, "type"), mask(s.types()),
                        ViolationText.typeNames(s.types()));
            }
        }
        JsonType javaType = javaNumbers.apply(s);
        if (javaType != null) {
            code.addStatement("$T.$N($L, out,$W$L)", CHECKS, javaType == JsonType.INTEGER ? "fitsLong" : "fitsDouble",
                    in, literal(location));
        }
        bound(code, s, in, "minimum", s.minimum());
        bound(code, s, in, "maximum", s.maximum());
        bound(code, s, in, "exclusiveMinimum", s.exclusiveMinimum());
        bound(code, s, in, "exclusiveMaximum", s.exclusiveMaximum());
        if (s.multipleOf() != null) {
            code.addStatement("$T.multipleOf($L, out,$W$L,$W$N)", CHECKS, in, at(s, "multipleOf"),
                    decimalConstant(s, "MULTIPLE_OF", s.multipleOf()));
        }
        if (s.minLength() != null) {
            code.addStatement("$T.minLength($L, out,$W$L,$W$L)", CHECKS, in, at(s, "minLength"), s.minLength());
        }
        if (s.maxLength() != null) {
            code.addStatement("$T.maxLength($L, out,$W$L,$W$L)", CHECKS, in, at(s, "maxLength"), s.maxLength());
        }
        if (s.pattern() != null) {
            code.addStatement("$T.pattern($L, out,$W$L,$W$N)", CHECKS, in, at(s, "pattern"),
                    patternConstant(s, "PATTERN", s.pattern()));
        }
        ScalarJavaType held = javaTypes.apply(s);
        if (s.format() != null && FORMATS_ASSERTED.contains(s.format())) {
            code.addStatement("$T.$N($L, out,$W$L,$W$S)", CHECKS, held != null && s.format().equals(held.format())
                    ? "mappedFormat" : "format", in, at(s, "format"), s.format());
        }
        if (held == ScalarJavaType.BIG_INTEGER) {
            code.addStatement("$T.fitsBigInteger($L, out,$W$L)", CHECKS, in, literal(location));
        }
    }

    /** How many statements {@link #valueChecks} writes. */
    private int valueCheckCount(Schema s) {
        List<Object> keywords = new ArrayList<>(java.util.Arrays.asList(s.minimum(), s.maximum(),
                s.exclusiveMinimum(), s.exclusiveMaximum(), s.multipleOf(), s.minLength(), s.maxLength(),
                s.pattern(), javaNumbers.apply(s)));
        keywords.add(s.types().isEmpty() ? null : s.types());
        keywords.add(s.format() != null && FORMATS_ASSERTED.contains(s.format()) ? s.format() : null);
        keywords.add(javaTypes.apply(s) == ScalarJavaType.BIG_INTEGER ? javaTypes.apply(s) : null);
        return (int) keywords.stream().filter(java.util.Objects::nonNull).count();
    }

    private void bound(CodeBlock.Builder code, Schema s, String in, String keyword, @Nullable BigDecimal limit) {
        if (limit == null) {
            return;
        }
        if (isPlainLong(limit)) {
            long value = limit.longValueExact();
            code.addStatement("$T.$N($L, out,$W$L,$W$L)", CHECKS, keyword, in, at(s, keyword),
                    value == (int) value ? Long.toString(value) : value + "L");
        } else {
            code.addStatement("$T.$N($L, out,$W$L,$W$N)", CHECKS, keyword, in, at(s, keyword),
                    decimalConstant(s, JavaNames.upperSnake(keyword), limit));
        }
    }

    /** Whether a bound is written as a plain integer that fits a {@code long}, so that it can be a literal. */
    private static boolean isPlainLong(BigDecimal limit) {
        String text = limit.toString();
        try {
            return Long.toString(Long.parseLong(text)).equals(text) && !text.equals(Long.toString(Long.MIN_VALUE));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private CodeBlock mask(List<JsonType> types) {
        List<CodeBlock> bits = new ArrayList<>();
        for (JsonType type : types) {
            bits.add(CodeBlock.of("$T.$N", VALIDATION, type.name()));
        }
        return CodeBlock.join(bits, " | ");
    }

    /** The location of a keyword of {@code s}, as a string literal ({@link #literal}). */
    private CodeBlock at(Schema s, String keyword) {
        return literal(index.locationOf(s) + "/" + keyword);
    }

    /**
     * A schema location as a Java string literal; a long one as a sum of literals cut at its slashes, which the
     * compiler joins, so that no line of the generated code need be longer than 120 characters.
     */
    private static CodeBlock literal(String text) {
        if (text.length() <= LITERAL_WHOLE) {
            return CodeBlock.of("$S", text);
        }
        List<CodeBlock> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > LITERAL_PIECE) {
            int cut = text.lastIndexOf('/', start + LITERAL_PIECE);
            int hash = text.indexOf('#', start);
            if (hash > start && hash < start + LITERAL_PIECE && (cut <= hash || start == 0)) {
                cut = hash + 1; // the file first, when it fits
            }
            if (cut <= start) {
                cut = Math.max(text.indexOf('/', start + 1), start + LITERAL_PIECE);
                if (cut <= start || cut >= text.length()) {
                    break;
                }
            }
            pieces.add(CodeBlock.of("$S", text.substring(start, cut)));
            start = cut;
        }
        pieces.add(CodeBlock.of("$S", text.substring(start)));
        return CodeBlock.join(pieces, "$W+ ");
    }

    /** The longest literal written whole, and the longest piece of a longer one. */
    private static final int LITERAL_WHOLE = 80;
    private static final int LITERAL_PIECE = 72;

    // ---- parts: what reads into the value ------------------------------------------------------------------------

    /** What kind of reading of the value a part of a schema is. */
    private enum PartKind { ENUM, CONST, REF, CONTAINER, UNIQUE_ITEMS, DEPENDENT_SCHEMA, ALL_OF, ANY_OF, NULLABLE,
        ONE_OF, NOT, IF, UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS, DYNAMIC_REF }

    /**
     * A part of a schema that may read into the value (its members, its elements, or the value whole), and how many
     * times it reads it.
     */
    private record Part(PartKind kind, int readings, @Nullable Schema subschema, @Nullable String name) {}

    private List<Part> parts(Schema s) {
        return parts(s, false);
    }

    /**
     * The parts of a schema.
     *
     * @param tracking whether the schema records what it evaluates: then {@code if} without {@code then} or
     *     {@code else} is a part too, when it evaluates anything
     */
    private List<Part> parts(Schema s, boolean tracking) {
        List<Part> parts = new ArrayList<>();
        if (s.enumValues() != null) {
            parts.add(new Part(PartKind.ENUM, 1, null, null));
        }
        if (s.constValue() != null) {
            parts.add(new Part(PartKind.CONST, 1, null, null));
        }
        if (s.ref() != null) {
            parts.add(new Part(PartKind.REF, 1, target(s), null));
        }
        if (s.has(Keyword.DYNAMIC_REF)) {
            parts.add(new Part(PartKind.DYNAMIC_REF, 1, null, null));
        }
        if (readsMembers(s) || reads(s, Reading.ELEMENTS)) {
            parts.add(new Part(PartKind.CONTAINER, 1, null, null));
        }
        if (s.uniqueItems()) {
            parts.add(new Part(PartKind.UNIQUE_ITEMS, 1, null, null));
        }
        for (Map.Entry<String, Schema> dependency : s.dependentSchemas().entrySet()) {
            // It looks for the property first, then checks the object: two readings, whatever else there is.
            parts.add(new Part(PartKind.DEPENDENT_SCHEMA, 2, dependency.getValue(), dependency.getKey()));
        }
        for (Schema each : s.allOf()) {
            parts.add(new Part(PartKind.ALL_OF, 1, each, null));
        }
        if (nullableAlternative(s) != null) {
            parts.add(new Part(PartKind.NULLABLE, 1, nullableAlternative(s), null));
        } else if (!s.anyOf().isEmpty()) {
            parts.add(new Part(PartKind.ANY_OF, s.anyOf().size(), null, null));
        }
        if (!s.oneOf().isEmpty()) {
            parts.add(new Part(PartKind.ONE_OF, s.oneOf().size(), null, null));
        }
        if (s.not() != null) {
            parts.add(new Part(PartKind.NOT, 1, s.not(), null));
        }
        if (s.ifSchema() != null && (s.thenSchema() != null || s.elseSchema() != null
                || (tracking && evaluates(s.ifSchema())))) {
            parts.add(new Part(PartKind.IF, 2, s.ifSchema(), null));
        }
        if (s.unevaluatedProperties() != null && !unevaluatedInTheLoop(s)) {
            parts.add(new Part(PartKind.UNEVALUATED_PROPERTIES, 1, s.unevaluatedProperties(), null));
        }
        if (s.unevaluatedItems() != null) {
            parts.add(new Part(PartKind.UNEVALUATED_ITEMS, 1, s.unevaluatedItems(), null));
        }
        return parts;
    }

    /**
     * One part on the input.
     *
     * @param in the input variable
     * @param start how to stand on the start of the value: {@code in}, or {@code value.again()} for a later reading
     *     of a value read whole
     */
    private void part(CodeBlock.Builder code, Schema s, Part part, String in, String start, boolean mayReturn,
            @Nullable String tracker) {
        if (tracker != null && evaluatingPart(code, s, part, start, tracker)) {
            return;
        }
        switch (part.kind()) {
            case ENUM -> enumCheck(code, s, start);
            case CONST -> constCheck(code, s, start);
            case REF -> code.addStatement("$L", call(checked(part.subschema()), start));
            case DYNAMIC_REF -> dynamicRef(code, s, start, null);
            case CONTAINER -> container(code, s, in, start, mayReturn);
            case UNIQUE_ITEMS -> code.addStatement("$T.uniqueItems($L, out,$W$L)", CHECKS, start,
                    at(s, "uniqueItems"));
            case DEPENDENT_SCHEMA -> code.addStatement("$T.dependentSchema($L, out,$W$S,$W$L)", CHECKS, start,
                    part.name(), reference(part.subschema()));
            case ALL_OF -> code.addStatement("$L", call(checked(part.subschema()), start));
            case NULLABLE -> nullable(code, s, part.subschema(), start);
            case ANY_OF -> code.addStatement("$T.anyOf($L, out,$W$L,$W$L)", CHECKS, start, at(s, "anyOf"),
                    references(s.anyOf()));
            case ONE_OF -> code.addStatement("$T.oneOf($L, out,$W$L,$W$L)", CHECKS, start, at(s, "oneOf"),
                    references(s.oneOf()));
            case NOT -> code.addStatement("$T.not($L, out,$W$L,$W$L)", CHECKS, start, at(s, "not"),
                    reference(s.not()));
            case IF -> code.addStatement("$T.ifThenElse($L, out,$W$L,$W$L,$W$L)", CHECKS, start,
                    reference(s.ifSchema()), s.thenSchema() == null ? "null" : reference(s.thenSchema()),
                    s.elseSchema() == null ? "null" : reference(s.elseSchema()));
            case UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> throw new IllegalStateException(
                    "unevaluated* is checked only with a record of what is evaluated");
        }
    }

    /**
     * A part of a schema that records what it evaluates in {@code tracker}: a subschema applied in place that
     * evaluates anything is called by its method that records it, and {@code unevaluated*} reads the record.
     *
     * @return whether it wrote the part; false for a part written as without a record
     */
    private boolean evaluatingPart(CodeBlock.Builder code, Schema s, Part part, String start, String tracker) {
        switch (part.kind()) {
            case DYNAMIC_REF -> {
                if (dynamicTargets(s).stream().noneMatch(this::evaluates)) {
                    return false;
                }
                dynamicRef(code, s, start, tracker);
            }
            case REF, ALL_OF -> {
                if (!evaluates(part.subschema())) {
                    return false;
                }
                code.addStatement("$T.evaluating($L, out,$W$L,$W$L)", CHECKS, start, tracker,
                        evaluatingReference(part.subschema()));
            }
            case DEPENDENT_SCHEMA -> {
                if (!evaluates(part.subschema())) {
                    return false;
                }
                code.addStatement("$T.dependentSchema($L, out,$W$S,$W$L,$W$L)", CHECKS, start, part.name(),
                        tracker, evaluatingReference(part.subschema()));
            }
            case NULLABLE -> {
                if (!evaluates(part.subschema())) {
                    return false;
                }
                List<JsonType> types = typesRequiredBy(part.subschema());
                code.addStatement("$T.nullOr($L, out,$W$L,$W$L,$W$S,$W$L,$W$L)", CHECKS, start, at(s, "anyOf"),
                        types.isEmpty() ? CodeBlock.of("0") : mask(types), ViolationText.typeNames(types), tracker,
                        evaluatingReference(part.subschema()));
            }
            case ANY_OF, ONE_OF -> {
                List<Schema> branches = part.kind() == PartKind.ANY_OF ? s.anyOf() : s.oneOf();
                if (branches.stream().noneMatch(this::evaluates)) {
                    return false;
                }
                String keyword = part.kind() == PartKind.ANY_OF ? "anyOf" : "oneOf";
                code.addStatement("$T.$N($L, out,$W$L,$W$L,$W$L)", CHECKS, keyword, start, at(s, keyword), tracker,
                        CodeBlock.join(branches.stream().map(this::evaluatingReference).toList(), ",$W"));
            }
            case IF -> {
                if (java.util.stream.Stream.of(s.ifSchema(), s.thenSchema(), s.elseSchema())
                        .filter(java.util.Objects::nonNull).noneMatch(this::evaluates)) {
                    return false;
                }
                code.addStatement("$T.ifThenElse($L, out,$W$L,$W$L,$W$L,$W$L)", CHECKS, start, tracker,
                        evaluatingReference(s.ifSchema()),
                        s.thenSchema() == null ? "null" : evaluatingReference(s.thenSchema()),
                        s.elseSchema() == null ? "null" : evaluatingReference(s.elseSchema()));
            }
            case UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> {
                Schema unevaluated = part.subschema();
                if (!hasChecks(unevaluated)) {
                    return true; // true, or only annotations: it evaluates every member, and checks nothing
                }
                String keyword = part.kind() == PartKind.UNEVALUATED_PROPERTIES ? "unevaluatedProperties"
                        : "unevaluatedItems";
                code.addStatement("$T.$N($L, out,$W$L,$W$L,$W$L)", CHECKS, keyword, start, at(s, keyword), tracker,
                        Boolean.FALSE.equals(unevaluated.booleanValue()) ? CodeBlock.of("null")
                                : reference(unevaluated));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void enumCheck(CodeBlock.Builder code, Schema s, String in) {
        List<JsonValue> values = s.enumValues();
        if (values.stream().allMatch(v -> v instanceof JsonString)) {
            List<CodeBlock> strings = values.stream().map(v -> CodeBlock.of("$S", ((JsonString) v).value())).toList();
            String constant = constant(s, "VALUES", ParameterizedTypeName.get(List.class, String.class),
                    CodeBlock.of("$T.of($Z$L)", List.class, CodeBlock.join(strings, ",$W")));
            code.addStatement("$T.enumValue($L, out,$W$L,$W$N)", CHECKS, in, at(s, "enum"), constant);
            return;
        }
        String json = JsonValues.toJson(new JsonArray(values, s.location()));
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class));
        String constant = constant(s, "VALUES", list, CodeBlock.of("$T.array($Z$L)", VALIDATION,
                elements(values.stream().map(ValidatorEmitter::tree).toList())));
        code.addStatement("$T.enumValue($L, out,$W$L,$W$N,$W$S)", CHECKS, in, at(s, "enum"), constant, json);
    }

    private void constCheck(CodeBlock.Builder code, Schema s, String in) {
        if (s.constValue() instanceof JsonString string) {
            code.addStatement("$T.constant($L, out,$W$L,$W$S)", CHECKS, in, at(s, "const"), string.value());
            return;
        }
        String json = JsonValues.toJson(s.constValue());
        String constant = constant(s, "CONSTANT", ClassName.get(Object.class).annotated(
                AnnotationSpec.builder(NULLABLE).build()), tree(s.constValue()));
        code.addStatement("$T.constant($L, out,$W$L,$W$N,$W$S)", CHECKS, in, at(s, "const"), constant, json);
    }

    /**
     * The nullable form {@code "anyOf": [X, {"type": "null"}]}: {@code Checks.nullOr} with X's types, so that a value of
     * none of them gets one violation that says so.
     */
    private void nullable(CodeBlock.Builder code, Schema s, Schema other, String in) {
        List<JsonType> types = typesRequiredBy(other);
        long nonNull = types.stream().filter(t -> t != JsonType.NULL).count();
        CodeBlock mask = types.isEmpty() ? CodeBlock.of("0") : mask(types);
        if (nonNull <= 1) {
            code.addStatement("$T.nullOr($L, out,$W$L,$W$L,$W$L)", CHECKS, in, at(s, "anyOf"), mask,
                    reference(other));
        } else {
            code.addStatement("$T.nullOr($L, out,$W$L,$W$L,$W$S,$W$L)", CHECKS, in, at(s, "anyOf"), mask,
                    ViolationText.typeNames(types), reference(other));
        }
    }

    // ---- objects and arrays ---------------------------------------------------------------------------------------

    private void container(CodeBlock.Builder code, Schema s, String in, String start, boolean mayReturn) {
        boolean object = readsMembers(s);
        boolean array = reads(s, Reading.ELEMENTS);
        CodeBlock enterObject = object ? CodeBlock.of("enterObject($L)", propertyNames(s)) : CodeBlock.of("");
        if (object && array) {
            code.beginControlFlow("if ($L.$L)", start, enterObject);
            members(code, s, in);
            code.nextControlFlow("else if ($L.enterArray())", start);
            elements(code, s, in);
            code.endControlFlow();
        } else if (mayReturn) {
            code.beginControlFlow("if (!$L.$L)", start, object ? enterObject : CodeBlock.of("enterArray()"));
            code.addStatement("return");
            code.endControlFlow();
            if (object) {
                members(code, s, in);
            } else {
                elements(code, s, in);
            }
        } else {
            code.beginControlFlow("if ($L.$L)", start, object ? enterObject : CodeBlock.of("enterArray()"));
            if (object) {
                members(code, s, in);
            } else {
                elements(code, s, in);
            }
            code.endControlFlow();
        }
    }

    /**
     * The constant of the names an object's members are checked by: those of {@code properties}, {@code required} and
     * {@code dependentRequired}, and whether the others are read or counted too.
     */
    private CodeBlock propertyNames(Schema s) {
        Schema additional = others(s);
        boolean othersChecked = additional != null && hasChecks(additional);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        s.properties().forEach((name, schema) -> {
            if (othersChecked || !s.patternProperties().isEmpty() || hasChecks(schema)) {
                names.add(name); // a name the switch has a case for
            }
        });
        names.addAll(s.required());
        s.dependentRequired().forEach((present, needed) -> {
            names.add(present);
            names.addAll(needed);
        });
        boolean others = othersChecked || !s.patternProperties().isEmpty() || s.minProperties() != null
                || s.maxProperties() != null;
        if (names.isEmpty() && !others) {
            return CodeBlock.of("$T.NONE", PROPERTY_NAMES);
        }
        List<CodeBlock> literals = names.stream().map(n -> CodeBlock.of("$S", n)).toList();
        return CodeBlock.of("$N", constant(s, "PROPERTIES", PROPERTY_NAMES, CodeBlock.of("$T.$N($Z$L)", PROPERTY_NAMES,
                others ? "andOthers" : "of", CodeBlock.join(literals, ",$W"))));
    }

    /**
     * Whether {@code unevaluatedProperties} is checked in the one pass over the members, as {@code
     * additionalProperties} is: when no subschema the schema applies in place can evaluate a member, what it leaves
     * unevaluated is what {@code properties} and {@code patternProperties} beside it do not declare (and nothing,
     * beside {@code additionalProperties}), so the value need not be read twice.
     */
    private boolean unevaluatedInTheLoop(Schema s) {
        if (s.unevaluatedProperties() == null) {
            return false;
        }
        return inPlace(s).stream().noneMatch(this::evaluates);
    }

    /** Whether the schema reads the members of an object in one pass. */
    private boolean readsMembers(Schema s) {
        return reads(s, Reading.MEMBERS) || (unevaluatedInTheLoop(s) && s.additionalProperties() == null
                && hasChecks(s.unevaluatedProperties()));
    }

    /**
     * The schema of the members the schema does not declare: {@code additionalProperties}, or {@code
     * unevaluatedProperties} when it is checked in the one pass; null when there is none.
     */
    private @Nullable Schema others(Schema s) {
        if (s.additionalProperties() != null) {
            return s.additionalProperties();
        }
        return unevaluatedInTheLoop(s) ? s.unevaluatedProperties() : null;
    }

    /** The keyword of {@link #others}. */
    private static String othersKeyword(Schema s) {
        return s.additionalProperties() != null ? "additionalProperties" : "unevaluatedProperties";
    }

    /** The check of a member {@code false} refuses: {@code Checks.notAllowed}, or {@code Checks.notEvaluated}. */
    private static String notAllowed(Schema s) {
        return s.additionalProperties() != null ? "notAllowed" : "notEvaluated";
    }

    /** The members of an object, as they come, then what concerns the object as a whole. */
    private void members(CodeBlock.Builder code, Schema s, String in) {
        Schema additional = others(s);
        boolean checksMembers = s.properties().values().stream().anyMatch(this::hasChecks)
                || (additional != null && hasChecks(additional)) || s.propertyNames() != null
                || !s.patternProperties().isEmpty();
        if (!checksMembers) {
            code.beginControlFlow("while ($L.nextName() != null)", in);
            code.add("// only the names count here\n");
            code.endControlFlow();
        } else {
            code.beginControlFlow("for ($T name = $L.nextName(); name != null; name = $L.nextName())", String.class,
                    in, in);
            if (s.propertyNames() != null) {
                code.addStatement("$L", call(checked(s.propertyNames()),
                        CodeBlock.of("$T.of(name, $L.pointer())", JSON_INPUT, in)));
            }
            if (s.patternProperties().isEmpty()) {
                membersByName(code, s, in);
            } else {
                membersByPattern(code, s, in);
            }
            code.endControlFlow();
        }
        if (!s.required().isEmpty()) {
            List<CodeBlock> names = s.required().stream().map(n -> CodeBlock.of("$S", n)).toList();
            code.addStatement("$T.required($L, out,$W$L,$W$L)", CHECKS, in, at(s, "required"),
                    CodeBlock.join(names, ",$W"));
        }
        for (Map.Entry<String, List<String>> dependency : s.dependentRequired().entrySet()) {
            if (dependency.getValue().isEmpty()) {
                continue;
            }
            List<CodeBlock> names = dependency.getValue().stream().map(n -> CodeBlock.of("$S", n)).toList();
            code.addStatement("$T.dependentRequired($L, out,$W$L,$W$S,$W$L)", CHECKS, in, at(s, "dependentRequired"),
                    dependency.getKey(), CodeBlock.join(names, ",$W"));
        }
        if (s.minProperties() != null) {
            code.addStatement("$T.minProperties($L, out,$W$L,$W$L)", CHECKS, in, at(s, "minProperties"),
                    s.minProperties());
        }
        if (s.maxProperties() != null) {
            code.addStatement("$T.maxProperties($L, out,$W$L,$W$L)", CHECKS, in, at(s, "maxProperties"),
                    s.maxProperties());
        }
    }

    /** A switch on the member's name: each declared property's checks, and those of the others. */
    private void membersByName(CodeBlock.Builder code, Schema s, String in) {
        Schema additional = others(s);
        boolean othersChecked = additional != null && hasChecks(additional);
        List<Map.Entry<String, Schema>> cases = new ArrayList<>();
        for (Map.Entry<String, Schema> property : s.properties().entrySet()) {
            if (othersChecked || hasChecks(property.getValue())) {
                cases.add(property);
            }
        }
        if (cases.isEmpty()) {
            if (othersChecked) {
                other(code, s, additional, in);
            }
            return;
        }
        code.beginControlFlow("switch (name)");
        for (Map.Entry<String, Schema> property : cases) {
            caseOf(code, CodeBlock.of("case $S", property.getKey()), property.getValue(), in);
        }
        if (othersChecked && Boolean.FALSE.equals(additional.booleanValue())) {
            code.add("default -> $T.$N($L, out,$W$L,$W$L);\n", CHECKS, notAllowed(s), in, at(s, othersKeyword(s)),
                    "name");
        } else if (othersChecked) {
            caseOf(code, CodeBlock.of("default"), additional, in);
        }
        code.endControlFlow();
    }

    /** A {@code case ... ->} with the checks of a subschema: one statement on the same line, several in a block. */
    private void caseOf(CodeBlock.Builder code, CodeBlock label, Schema schema, String in) {
        CodeBlock body = inline(schema, in);
        if (body.isEmpty()) {
            code.add("$L -> {\n}\n", label);
        } else if (statements(schema) == 1) {
            code.add("$L -> $L", label, body);
        } else {
            code.add("$L -> {\n$>$L$<}\n", label, body);
        }
    }

    /** The checks of a member the schema does not declare ({@code additionalProperties}). */
    private void other(CodeBlock.Builder code, Schema s, Schema additional, String in) {
        if (Boolean.FALSE.equals(additional.booleanValue())) {
            code.addStatement("$T.$N($L, out,$W$L,$W$L)", CHECKS, notAllowed(s), in, at(s, othersKeyword(s)),
                    "name");
        } else {
            code.add(inline(additional, in));
        }
    }

    /**
     * The members of an object with {@code patternProperties}: a member's value may be read by more than one schema
     * (its property's, each pattern's that matches its name), so it is read whole first.
     */
    private void membersByPattern(CodeBlock.Builder code, Schema s, String in) {
        Schema additional = others(s);
        boolean othersChecked = additional != null && hasChecks(additional);
        code.addStatement("$T member = $L.buffered()", JSON_INPUT, in);
        if (othersChecked) {
            List<CodeBlock> declared = s.properties().keySet().stream().map(n -> CodeBlock.of("name.equals($S)", n))
                    .toList();
            code.addStatement("boolean declared = $L", declared.isEmpty() ? CodeBlock.of("false")
                    : CodeBlock.join(declared, " ||$W"));
        }
        if (!s.properties().isEmpty()) {
            code.beginControlFlow("switch (name)");
            for (Map.Entry<String, Schema> property : s.properties().entrySet()) {
                code.add("case $S -> $L;\n", property.getKey(), call(checked(property.getValue()), "member.again()"));
            }
            code.endControlFlow();
        }
        for (Map.Entry<String, Schema> pattern : s.patternProperties().entrySet()) {
            String location = at(s, "patternProperties") + "/" + pattern.getKey().replace("~", "~0")
                    .replace("/", "~1");
            code.beginControlFlow("if ($T.matches($N, name, member, out,$W$L))", CHECKS,
                    patternConstant(pattern.getValue(), "NAME_PATTERN", pattern.getKey()), literal(location));
            if (othersChecked) {
                code.addStatement("declared = true");
            }
            code.addStatement("$L", call(checked(pattern.getValue()), "member.again()"));
            code.endControlFlow();
        }
        if (othersChecked) {
            code.beginControlFlow("if (!declared)");
            if (Boolean.FALSE.equals(additional.booleanValue())) {
                code.addStatement("$T.$N(member, out,$W$L,$W$L)", CHECKS, notAllowed(s), at(s, othersKeyword(s)),
                        "name");
            } else {
                code.addStatement("$L", call(checked(additional), "member.again()"));
            }
            code.endControlFlow();
        }
    }

    /** The elements of an array in turn, then what concerns the array as a whole. */
    private void elements(CodeBlock.Builder code, Schema s, String in) {
        boolean counted = !s.prefixItems().isEmpty() || s.minItems() != null || s.maxItems() != null;
        boolean itemsChecked = s.items() != null && hasChecks(s.items());
        boolean prefixChecked = s.prefixItems().stream().anyMatch(this::hasChecks)
                || (!s.prefixItems().isEmpty() && itemsChecked);
        Schema contains = s.contains();
        if (counted) {
            code.addStatement("int count = 0");
        }
        if (contains != null) {
            code.addStatement("int matches = 0");
        }
        code.beginControlFlow("while ($L.nextElement())", in);
        String item = in;
        if (contains != null && (itemsChecked || prefixChecked)) {
            code.addStatement("$T item = $L.buffered()", JSON_INPUT, in);
            item = "item";
        }
        if (prefixChecked) {
            code.beginControlFlow("switch (count)");
            for (int i = 0; i < s.prefixItems().size(); i++) {
                caseOf(code, CodeBlock.of("case $L", i), s.prefixItems().get(i), item);
            }
            if (itemsChecked) {
                caseOf(code, CodeBlock.of("default"), s.items(), item);
            }
            code.endControlFlow();
        } else if (itemsChecked) {
            code.add(inline(s.items(), item));
        }
        if (contains != null) {
            code.beginControlFlow("if ($T.passes($L, out,$W$L))", CHECKS, item.equals(in) ? in : item + ".again()",
                    reference(contains));
            code.addStatement("matches++");
            code.endControlFlow();
        }
        if (counted) {
            code.addStatement("count++");
        }
        code.endControlFlow();
        if (contains != null) {
            if (s.minContains() == null) {
                code.addStatement("$T.contains($L, out,$W$L,$W$L)", CHECKS, in, at(s, "contains"), "matches");
            } else if (s.minContains() > 0) {
                code.addStatement("$T.minContains($L, out,$W$L,$W$L,$W$L)", CHECKS, in, at(s, "minContains"),
                        s.minContains(), "matches");
            }
            if (s.maxContains() != null) {
                code.addStatement("$T.maxContains($L, out,$W$L,$W$L,$W$L)", CHECKS, in, at(s, "maxContains"),
                        s.maxContains(), "matches");
            }
        }
        if (s.minItems() != null) {
            code.addStatement("$T.minItems($L, out,$W$L,$W$L,$W$L)", CHECKS, in, at(s, "minItems"), s.minItems(),
                    "count");
        }
        if (s.maxItems() != null) {
            code.addStatement("$T.maxItems($L, out,$W$L,$W$L,$W$L)", CHECKS, in, at(s, "maxItems"), s.maxItems(),
                    "count");
        }
    }

    // ---- subschemas: in place, or a method of their own -----------------------------------------------------------

    /**
     * The checks of a subschema on the value {@code in} stands on, written in place when they are plain keyword
     * checks (at most one of them reading into the value: an enum, a reference), or a call of the subschema's own
     * method.
     */
    private CodeBlock inline(Schema schema, String in) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (schema.isBooleanSchema()) {
            checks(code, schema, in, false, null);
            return code.build();
        }
        if (isPlain(schema)) {
            checks(code, schema, in, false, null);
        } else {
            code.addStatement("$L", call(schema, in));
        }
        return code.build();
    }

    /**
     * Whether a schema's checks are plain enough to write in place: one statement per keyword, reading into the value
     * at most once, no loop over members or elements.
     */
    private boolean isPlain(Schema schema) {
        if (schema.isBooleanSchema()) {
            return true;
        }
        if (dynamic.entersResource(schema) && dynamic.resourceOf(schema) == schema
                || dynamic.dynamicName(schema) != null) {
            return false; // its own method enters its resource, or switches on the scope
        }
        List<Part> parts = parts(schema);
        return parts.stream().mapToInt(Part::readings).sum() <= 1
                && parts.stream().noneMatch(p -> p.kind() == PartKind.CONTAINER
                        || p.kind() == PartKind.UNEVALUATED_PROPERTIES || p.kind() == PartKind.UNEVALUATED_ITEMS);
    }

    /** How many statements {@link #inline} writes for a schema. */
    private int statements(Schema schema) {
        if (!isPlain(schema)) {
            return 1;
        }
        if (schema.isBooleanSchema()) {
            return Boolean.FALSE.equals(schema.booleanValue()) ? 1 : 0;
        }
        return valueCheckCount(schema) + parts(schema).size();
    }

    /** A method reference to the check of a subschema: {@code KitchenValidators::kitchenOrderPlacedAddress}. */
    private CodeBlock reference(Schema schema) {
        Schema checked = checked(schema);
        if (dynamic.scoped(checked)) {
            return CodeBlock.of("(v, o) -> $N(v, o, scope)", methodFor(checked));
        }
        return CodeBlock.of("$T::$N", self, methodFor(checked));
    }

    /** A method reference to the check of a subschema that records what it evaluates. */
    private CodeBlock evaluatingReference(Schema schema) {
        Schema checked = checked(schema);
        if (dynamic.scoped(checked)) {
            return CodeBlock.of("(v, o, e) -> $N(v, o, e, scope)", evaluatingMethodFor(checked));
        }
        return CodeBlock.of("$T::$N", self, evaluatingMethodFor(checked));
    }

    private CodeBlock references(List<Schema> schemas) {
        return CodeBlock.join(schemas.stream().map(this::reference).toList(), ",$W");
    }

    /**
     * The schema whose method checks {@code schema}: the target of a schema that is only a reference (with
     * annotations), so that no method merely calls another; the schema itself otherwise.
     */
    private Schema checked(Schema schema) {
        Schema current = schema;
        for (int hops = 0; hops < 64; hops++) {
            if (current.isBooleanSchema() || current.ref() == null || !checkedKeywords(current).equals(
                    Set.of(Keyword.REF)) || javaNumbers.apply(current) != null || dynamic.entersResource(current)) {
                return current;
            }
            current = target(current);
        }
        return current;
    }

    /** Whether any value could be invalid against a schema: false for {@code true} and for annotations alone. */
    private boolean hasChecks(Schema schema) {
        if (schema.isBooleanSchema()) {
            return Boolean.FALSE.equals(schema.booleanValue());
        }
        return valueCheckCount(schema) > 0 || !parts(schema).isEmpty();
    }

    private Schema target(Schema withRef) {
        return index.target(withRef).orElseThrow(
                () -> new IllegalStateException("unresolved $ref at " + index.locationOf(withRef)));
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
            Schema next = index.target(current).orElse(null);
            if (next == null) {
                return List.of();
            }
            current = next;
        }
        return List.of();
    }

    /** For {@code "anyOf": [X, {"type": "null"}]} (either order), X; otherwise null. */
    private static @Nullable Schema nullableAlternative(Schema s) {
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
        return !s.isBooleanSchema() && s.types().equals(List.of(JsonType.NULL))
                && checkedKeywords(s).equals(Set.of(Keyword.TYPE));
    }

    // ---- dynamic scope ($dynamicRef): only in checks that can reach one -------------------------------------------

    /** A call of the check of {@code schema} on {@code in}, with the dynamic scope when the check takes it. */
    private CodeBlock call(Schema schema, String in) {
        return call(schema, CodeBlock.of("$L", in));
    }

    private CodeBlock call(Schema schema, CodeBlock in) {
        if (dynamic.scoped(schema)) {
            return CodeBlock.of("$N($L, out, scope)", methodFor(schema), in);
        }
        return CodeBlock.of("$N($L, out)", methodFor(schema), in);
    }

    /** What a public validator runs: the root's check, from an empty dynamic scope when it takes one. */
    private CodeBlock entryCheck(Schema root, String method) {
        if (dynamic.scoped(root)) {
            return CodeBlock.of("(in, out) -> $N(in, out, $T.EMPTY)", method, DYNAMIC_SCOPE);
        }
        return CodeBlock.of("$T::$N", self, method);
    }

    /**
     * The scope parameter of a check that takes one: {@code scope}, or {@code caller} when the check enters its
     * resource, which declares dynamic anchors ({@code DynamicScope scope = caller.enter(...)}).
     */
    private void scopeParameter(MethodSpec.Builder method, CodeBlock.Builder code, Schema schema) {
        if (!dynamic.scoped(schema)) {
            return;
        }
        if (!dynamic.entersResource(schema)) {
            method.addParameter(DYNAMIC_SCOPE, "scope");
            return;
        }
        method.addParameter(DYNAMIC_SCOPE, "caller");
        List<CodeBlock> names = dynamic.anchorsDeclaredWith(schema).stream().map(n -> CodeBlock.of("$S", n)).toList();
        code.addStatement("$T scope = caller.enter($L,$W$L)", DYNAMIC_SCOPE,
                literal(index.locationOf(dynamic.resourceOf(schema))), CodeBlock.join(names, ",$W"));
    }

    /**
     * A {@code $dynamicRef}: when it resolves dynamically, a switch on the outermost resource in scope that declares
     * its anchor, each case the check of that resource's anchor, the static target's by default; otherwise a call of
     * its static target's check, as for {@code $ref}.
     */
    private void dynamicRef(CodeBlock.Builder code, Schema s, String in, @Nullable String tracker) {
        Schema target = dynamic.anchors().staticTarget(s);
        String name = dynamic.dynamicName(s);
        List<Schema> others = dynamicAlternatives(s);
        if (name == null || others.isEmpty()) {
            code.addStatement("$L", dynamicCall(target, in, tracker));
            return;
        }
        code.beginControlFlow("switch (scope.outermost($S,$W$L))", name,
                literal(index.locationOf(dynamic.resourceOf(target))));
        for (Schema anchored : others) {
            code.add("case $L -> $L;\n", literal(index.locationOf(dynamic.resourceOf(anchored))),
                    dynamicCall(anchored, in, tracker));
        }
        code.add("default -> $L;\n", dynamicCall(target, in, tracker));
        code.endControlFlow();
    }

    /**
     * The call of one target of a {@code $dynamicRef}: its check, or, under {@code unevaluated*} ({@code tracker}
     * not null), its check that records what it evaluates when it passes.
     */
    private CodeBlock dynamicCall(Schema target, String in, @Nullable String tracker) {
        if (tracker == null || !evaluates(target)) {
            return call(checked(target), in);
        }
        return CodeBlock.of("$T.evaluating($L, out,$W$L,$W$L)", CHECKS, in, tracker, evaluatingReference(target));
    }

    /** The anchored schemas a {@code $dynamicRef} may go to besides its static target (none when it is static). */
    private List<Schema> dynamicAlternatives(Schema s) {
        String name = dynamic.dynamicName(s);
        if (name == null) {
            return List.of();
        }
        String fallback = index.locationOf(dynamic.resourceOf(dynamic.anchors().staticTarget(s)));
        return dynamic.anchors().anchored(name, index).stream()
                .filter(a -> !index.locationOf(dynamic.resourceOf(a)).equals(fallback)).toList();
    }

    /** Every schema a {@code $dynamicRef} of {@code s} may go to; empty without one. */
    private List<Schema> dynamicTargets(Schema s) {
        if (!s.has(Keyword.DYNAMIC_REF)) {
            return List.of();
        }
        List<Schema> targets = new ArrayList<>(List.of(dynamic.anchors().staticTarget(s)));
        targets.addAll(dynamicAlternatives(s));
        return targets;
    }

    // ---- constants ------------------------------------------------------------------------------------------------

    /**
     * The arguments of a varargs call that builds an array of values; a lone {@code null} is cast, so that it is one
     * element rather than the array itself (which javac warns about).
     *
     * @param elements the values' expressions
     * @return the arguments, with wrapping spaces between them
     */
    public static CodeBlock elements(List<CodeBlock> elements) {
        if (elements.size() == 1 && elements.get(0).toString().equals("null")) {
            return CodeBlock.of("($T) null", Object.class);
        }
        return CodeBlock.join(elements, ",$W");
    }

    /**
     * A value from a schema as a tree holds it ({@code JsonTree}), built with code: an integer a {@code long} (a
     * {@code BigInteger} beyond one), any other number the exact {@code BigDecimal} the schema writes, objects and
     * arrays by {@code Validation.object} and {@code Validation.array}.
     */
    private static CodeBlock tree(JsonValue value) {
        if (value instanceof JsonString string) {
            return CodeBlock.of("$S", string.value());
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return CodeBlock.of("$L", bool.value());
        }
        if (value instanceof JsonValue.JsonNumber number) {
            String lexeme = number.lexeme();
            if (lexeme.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E')) {
                java.math.BigInteger integer = number.value().toBigIntegerExact();
                return integer.bitLength() < Long.SIZE ? CodeBlock.of("$LL", integer)
                        : CodeBlock.of("new $T($S)", java.math.BigInteger.class, integer.toString());
            }
            return CodeBlock.of("new $T($S)", BigDecimal.class, lexeme);
        }
        if (value instanceof JsonArray array) {
            return CodeBlock.of("$T.array($L)", VALIDATION, elements(array.elements().stream()
                    .map(ValidatorEmitter::tree).toList()));
        }
        if (value instanceof JsonValue.JsonObject object) {
            List<CodeBlock> members = new ArrayList<>();
            object.members().forEach((name, member) -> members.add(CodeBlock.of("$S, $L", name, tree(member))));
            return CodeBlock.of("$T.object($L)", VALIDATION, CodeBlock.join(members, ",$W"));
        }
        return CodeBlock.of("null");
    }

    private String decimalConstant(Schema s, String what, BigDecimal value) {
        return constant(s, what, ClassName.get(BigDecimal.class), CodeBlock.of("new $T($S)", BigDecimal.class,
                value.toString()));
    }

    private String patternConstant(Schema s, String what, String ecma) {
        return constant(s, what, ECMA_PATTERN, CodeBlock.of("$W$T.compile($S)", ECMA_PATTERN, ecma));
    }

    /** A constant of the class; the same one for the same place, purpose and value, asked for twice. */
    private String constant(Schema s, String what, TypeName type, CodeBlock initializer) {
        String key = index.locationOf(s) + "\u0000" + what + "\u0000" + type + "\u0000" + initializer;
        String known = constantsMade.get(key);
        if (known != null) {
            return known;
        }
        String name = constantName(s, what);
        constants.add(FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(initializer)
                .build());
        constantsMade.put(key, name);
        return name;
    }
}
