package io.busgen.generator.schema;

import io.busgen.generator.schema.Vocabulary.Dialect;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every keyword busgen knows, with what the schema reader, the meta-schema and the docs need to know of it: its name,
 * its group (which also says which dialects accept it), the kind of value it takes, the type of instance it
 * constrains, and whether it is part of the wire contract or only documents it.
 *
 * <p><b>A new keyword is one constant here.</b> {@link Vocabulary} accepts it, {@link SchemaReader} reads its value by
 * its {@link Value} kind, {@link Schema} holds it ({@link Schema#value}) and {@link SchemaDocument} walks into it when
 * its value holds schemas. Every class that must decide what the keyword means switches over this enum with a switch
 * expression, which the compiler checks for every constant; so a new constant does not compile until each of them
 * says what it does with it: {@code ValidatorEmitter} (how generated validators check it), {@code SchemaCheck} (how
 * the generator's own interpreter checks it), {@code KeywordComparison} (how the diff judges a change to it),
 * {@code CatalogPage} (how the docs page shows it), {@code DecodingCoverage} (whether decoding enforces it) and
 * {@code ExtensionPlacement} (where an {@code x-} keyword may stand). {@code KeywordTableTest} checks the dialect's
 * meta-schema and {@code docs/schema-dialect.md} against this table.
 */
public enum Keyword {
    // structure: how schemas are identified and referred to
    SCHEMA("$schema", Group.STRUCTURE, Value.STRING, null, Meaning.CONTRACT),
    ID("$id", Group.STANDALONE, Value.STRING, null, Meaning.CONTRACT),
    ANCHOR("$anchor", Group.STANDALONE, Value.STRING, null, Meaning.CONTRACT),
    REF("$ref", Group.STRUCTURE, Value.STRING, null, Meaning.CONTRACT),
    DEFS("$defs", Group.STRUCTURE, Value.SCHEMA_MAP, null, Meaning.CONTRACT),
    DYNAMIC_REF("$dynamicRef", Group.STANDALONE, Value.STRING, null, Meaning.CONTRACT),
    DYNAMIC_ANCHOR("$dynamicAnchor", Group.STANDALONE, Value.STRING, null, Meaning.CONTRACT),
    VOCABULARY("$vocabulary", Group.STANDALONE, Value.VOCABULARIES, null, Meaning.CONTRACT),
    // what any value must be
    TYPE("type", Group.VALIDATION, Value.TYPES, null, Meaning.CONTRACT),
    ENUM("enum", Group.VALIDATION, Value.ARRAY, null, Meaning.CONTRACT),
    CONST("const", Group.VALIDATION, Value.ANY, null, Meaning.CONTRACT),
    // strings
    MIN_LENGTH("minLength", Group.VALIDATION, Value.COUNT, JsonType.STRING, Meaning.CONTRACT),
    MAX_LENGTH("maxLength", Group.VALIDATION, Value.COUNT, JsonType.STRING, Meaning.CONTRACT),
    PATTERN("pattern", Group.VALIDATION, Value.STRING, JsonType.STRING, Meaning.CONTRACT),
    FORMAT("format", Group.ANNOTATION, Value.STRING, JsonType.STRING, Meaning.CONTRACT),
    // numbers
    MINIMUM("minimum", Group.VALIDATION, Value.NUMBER, JsonType.NUMBER, Meaning.CONTRACT),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", Group.VALIDATION, Value.NUMBER, JsonType.NUMBER, Meaning.CONTRACT),
    MAXIMUM("maximum", Group.VALIDATION, Value.NUMBER, JsonType.NUMBER, Meaning.CONTRACT),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", Group.VALIDATION, Value.NUMBER, JsonType.NUMBER, Meaning.CONTRACT),
    MULTIPLE_OF("multipleOf", Group.VALIDATION, Value.NUMBER, JsonType.NUMBER, Meaning.CONTRACT),
    // arrays, as a whole
    MIN_ITEMS("minItems", Group.VALIDATION, Value.COUNT, JsonType.ARRAY, Meaning.CONTRACT),
    MAX_ITEMS("maxItems", Group.VALIDATION, Value.COUNT, JsonType.ARRAY, Meaning.CONTRACT),
    UNIQUE_ITEMS("uniqueItems", Group.VALIDATION, Value.BOOLEAN, JsonType.ARRAY, Meaning.CONTRACT),
    MIN_CONTAINS("minContains", Group.VALIDATION, Value.COUNT, JsonType.ARRAY, Meaning.CONTRACT),
    MAX_CONTAINS("maxContains", Group.VALIDATION, Value.COUNT, JsonType.ARRAY, Meaning.CONTRACT),
    // objects
    MIN_PROPERTIES("minProperties", Group.VALIDATION, Value.COUNT, JsonType.OBJECT, Meaning.CONTRACT),
    MAX_PROPERTIES("maxProperties", Group.VALIDATION, Value.COUNT, JsonType.OBJECT, Meaning.CONTRACT),
    PROPERTIES("properties", Group.VALIDATION, Value.SCHEMA_MAP, JsonType.OBJECT, Meaning.CONTRACT),
    REQUIRED("required", Group.VALIDATION, Value.NAMES, JsonType.OBJECT, Meaning.CONTRACT),
    ADDITIONAL_PROPERTIES("additionalProperties", Group.VALIDATION, Value.SCHEMA, JsonType.OBJECT,
            Meaning.CONTRACT),
    PATTERN_PROPERTIES("patternProperties", Group.VALIDATION, Value.SCHEMA_MAP, JsonType.OBJECT, Meaning.CONTRACT),
    PROPERTY_NAMES("propertyNames", Group.VALIDATION, Value.SCHEMA, JsonType.OBJECT, Meaning.CONTRACT),
    DEPENDENT_REQUIRED("dependentRequired", Group.VALIDATION, Value.NAMES_BY_NAME, JsonType.OBJECT,
            Meaning.CONTRACT),
    DEPENDENT_SCHEMAS("dependentSchemas", Group.VALIDATION, Value.SCHEMA_MAP, JsonType.OBJECT, Meaning.CONTRACT),
    // arrays, element by element
    ITEMS("items", Group.VALIDATION, Value.SCHEMA, JsonType.ARRAY, Meaning.CONTRACT),
    PREFIX_ITEMS("prefixItems", Group.VALIDATION, Value.SCHEMA_LIST, JsonType.ARRAY, Meaning.CONTRACT),
    CONTAINS("contains", Group.VALIDATION, Value.SCHEMA, JsonType.ARRAY, Meaning.CONTRACT),
    // what no other keyword evaluated: after every keyword and applicator of the same schema
    UNEVALUATED_PROPERTIES("unevaluatedProperties", Group.VALIDATION, Value.SCHEMA, JsonType.OBJECT,
            Meaning.CONTRACT),
    UNEVALUATED_ITEMS("unevaluatedItems", Group.VALIDATION, Value.SCHEMA, JsonType.ARRAY, Meaning.CONTRACT),
    // applicators of any value
    ALL_OF("allOf", Group.VALIDATION, Value.SCHEMA_LIST, null, Meaning.CONTRACT),
    ANY_OF("anyOf", Group.VALIDATION, Value.SCHEMA_LIST, null, Meaning.CONTRACT),
    ONE_OF("oneOf", Group.VALIDATION, Value.SCHEMA_LIST, null, Meaning.CONTRACT),
    NOT("not", Group.VALIDATION, Value.SCHEMA, null, Meaning.CONTRACT),
    IF("if", Group.VALIDATION, Value.SCHEMA, null, Meaning.CONTRACT),
    THEN("then", Group.VALIDATION, Value.SCHEMA, null, Meaning.CONTRACT),
    ELSE("else", Group.VALIDATION, Value.SCHEMA, null, Meaning.CONTRACT),
    // annotations
    DESCRIPTION("description", Group.ANNOTATION, Value.STRING, null, Meaning.DOCUMENTATION),
    TITLE("title", Group.ANNOTATION, Value.STRING, null, Meaning.DOCUMENTATION),
    DEFAULT("default", Group.ANNOTATION, Value.ANY, null, Meaning.CONTRACT),
    EXAMPLES("examples", Group.ANNOTATION, Value.ARRAY, null, Meaning.DOCUMENTATION),
    DEPRECATED("deprecated", Group.ANNOTATION, Value.BOOLEAN, null, Meaning.CONTRACT),
    READ_ONLY("readOnly", Group.ANNOTATION, Value.BOOLEAN, null, Meaning.CONTRACT),
    WRITE_ONLY("writeOnly", Group.ANNOTATION, Value.BOOLEAN, null, Meaning.CONTRACT),
    COMMENT("$comment", Group.ANNOTATION, Value.STRING, null, Meaning.DOCUMENTATION),
    CONTENT_ENCODING("contentEncoding", Group.STANDALONE, Value.STRING, JsonType.STRING, Meaning.CONTRACT),
    CONTENT_MEDIA_TYPE("contentMediaType", Group.STANDALONE, Value.STRING, JsonType.STRING, Meaning.CONTRACT),
    CONTENT_SCHEMA("contentSchema", Group.STANDALONE, Value.SCHEMA, JsonType.STRING, Meaning.CONTRACT),
    // busgen's own, in catalogue files only
    X_ROUTING_KEY("x-routing-key", Group.BUSGEN, Value.STRING, null, Meaning.CONTRACT),
    X_KIND("x-kind", Group.BUSGEN, Value.STRING, null, Meaning.CONTRACT),
    X_PRIORITY("x-priority", Group.BUSGEN, Value.INTEGER, null, Meaning.CONTRACT),
    X_ENVELOPE("x-envelope", Group.BUSGEN, Value.STRING, null, Meaning.CONTRACT),
    X_BODY("x-body", Group.BUSGEN, Value.BOOLEAN, null, Meaning.CONTRACT),
    X_JAVA_NAME("x-java-name", Group.BUSGEN, Value.STRING, null, Meaning.DOCUMENTATION),
    X_JAVA_TYPE("x-java-type", Group.BUSGEN, Value.STRING, null, Meaning.DOCUMENTATION),
    X_ENUM_DESCRIPTIONS("x-enum-descriptions", Group.BUSGEN, Value.STRINGS, null, Meaning.DOCUMENTATION);

    /** Where a keyword belongs, as {@code docs/schema-dialect.md} groups them; it decides the dialects too. */
    public enum Group {
        /** Assertions and applicators: what a value must be. In both dialects. */
        VALIDATION,
        /** What describes a value rather than constrains it ({@code format} included). In both dialects. */
        ANNOTATION,
        /** {@code $schema}, {@code $ref}, {@code $defs}. In both dialects. */
        STRUCTURE,
        /**
         * Standalone schemas only: {@code $id}, {@code $anchor}, {@code $dynamicRef}, {@code $dynamicAnchor},
         * {@code $vocabulary} and the content keywords.
         */
        STANDALONE,
        /** busgen's {@code x-} keywords: catalogue files only. */
        BUSGEN
    }

    /** The kind of value a keyword takes: what the reader checks, and what the meta-schema says. */
    public enum Value {
        /** A string. */
        STRING,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A non-negative integer that fits an {@code int}. */
        COUNT,
        /** Any number, kept exactly. */
        NUMBER,
        /** An integer that fits an {@code int}. */
        INTEGER,
        /** A schema. */
        SCHEMA,
        /** An object whose values are schemas. */
        SCHEMA_MAP,
        /** A non-empty array of schemas. */
        SCHEMA_LIST,
        /** An array of distinct property names. */
        NAMES,
        /** An object whose values are arrays of distinct property names ({@code dependentRequired}). */
        NAMES_BY_NAME,
        /** A type name or a non-empty array of distinct type names. */
        TYPES,
        /** An array of any values. */
        ARRAY,
        /** An array of strings. */
        STRINGS,
        /** Any JSON value. */
        ANY,
        /** An object whose members name vocabularies by URI, each {@code true} (required) or {@code false}. */
        VOCABULARIES;

        /** Whether a keyword of this kind holds schemas: one, a map of them or a list of them. */
        public boolean holdsSchemas() {
            return this == SCHEMA || this == SCHEMA_MAP || this == SCHEMA_LIST;
        }
    }

    /** Whether a keyword is part of the wire contract or only documents it. */
    public enum Meaning {
        /** It may change what travels or how it is read: it counts in the schema fingerprint. */
        CONTRACT,
        /** It only documents (or names Java code): the schema fingerprint leaves it out. */
        DOCUMENTATION
    }

    private static final Map<String, Keyword> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Keyword::keyword, Function.identity()));

    private final String keyword;
    private final Group group;
    private final Value value;
    private final @Nullable JsonType instanceType;
    private final Meaning meaning;

    Keyword(String keyword, Group group, Value value, @Nullable JsonType instanceType, Meaning meaning) {
        this.keyword = keyword;
        this.group = group;
        this.value = value;
        this.instanceType = instanceType;
        this.meaning = meaning;
    }

    /** The keyword as schemas write it: {@code minLength}, {@code $ref}, {@code x-kind}. */
    public String keyword() {
        return keyword;
    }

    public Group group() {
        return group;
    }

    /** The kind of value the keyword takes. */
    public Value value() {
        return value;
    }

    /**
     * The type of instance the keyword constrains ({@code minLength} a string, {@code minItems} an array); null when
     * it applies to any value. A value of another type meets it.
     */
    public @Nullable JsonType instanceType() {
        return instanceType;
    }

    public Meaning meaning() {
        return meaning;
    }

    /** Whether a schema file of {@code dialect} may use the keyword. */
    public boolean acceptedIn(Dialect dialect) {
        return switch (group) {
            case VALIDATION, ANNOTATION, STRUCTURE -> true;
            case STANDALONE -> dialect == Dialect.STANDALONE;
            case BUSGEN -> dialect == Dialect.CATALOG;
        };
    }

    /** Whether the keyword is one of busgen's {@code x-} keywords, which {@link Schema#extensions()} holds. */
    public boolean isExtension() {
        return group == Group.BUSGEN;
    }

    /** Whether the keyword constrains the value: an assertion, an applicator, {@code $ref} or {@code $dynamicRef}. */
    public boolean constrains() {
        return group == Group.VALIDATION || this == REF || this == DYNAMIC_REF;
    }

    /** The keyword of that name, if busgen knows one. */
    public static Optional<Keyword> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    @Override
    public String toString() {
        return keyword;
    }
}
