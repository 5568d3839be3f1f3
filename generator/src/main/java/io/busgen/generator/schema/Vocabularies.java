package io.busgen.generator.schema;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The vocabularies of draft 2020-12 and the keywords of each, for {@code $vocabulary}: a custom meta-schema that
 * leaves a vocabulary out makes its keywords annotations in the schemas that use it.
 */
public final class Vocabularies {

    /** A vocabulary of draft 2020-12, by its URI. */
    public enum Vocabulary {
        CORE("core"),
        APPLICATOR("applicator"),
        UNEVALUATED("unevaluated"),
        VALIDATION("validation"),
        META_DATA("meta-data"),
        FORMAT_ANNOTATION("format-annotation"),
        FORMAT_ASSERTION("format-assertion"),
        CONTENT("content");

        private static final Map<String, Vocabulary> BY_URI = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(Vocabulary::uri, Function.identity()));

        private final String uri;

        Vocabulary(String name) {
            this.uri = "https://json-schema.org/draft/2020-12/vocab/" + name;
        }

        public String uri() {
            return uri;
        }

        /** The vocabulary of that URI, if busgen knows it. */
        public static Optional<Vocabulary> named(String uri) {
            return Optional.ofNullable(BY_URI.get(uri));
        }
    }

    private Vocabularies() {}

    /**
     * The vocabulary a keyword belongs to; null for busgen's {@code x-} keywords, which belong to none. A new
     * {@link Keyword} does not compile until it says.
     */
    public static @Nullable Vocabulary of(Keyword keyword) {
        return switch (keyword) {
            case SCHEMA, ID, ANCHOR, REF, DEFS, DYNAMIC_REF, DYNAMIC_ANCHOR, VOCABULARY, COMMENT -> Vocabulary.CORE;
            case PROPERTIES, ADDITIONAL_PROPERTIES, PATTERN_PROPERTIES, PROPERTY_NAMES, DEPENDENT_SCHEMAS, ITEMS,
                    PREFIX_ITEMS, CONTAINS, ALL_OF, ANY_OF, ONE_OF, NOT, IF, THEN, ELSE -> Vocabulary.APPLICATOR;
            case TYPE, ENUM, CONST, MIN_LENGTH, MAX_LENGTH, PATTERN, MINIMUM, EXCLUSIVE_MINIMUM, MAXIMUM,
                    EXCLUSIVE_MAXIMUM, MULTIPLE_OF, MIN_ITEMS, MAX_ITEMS, UNIQUE_ITEMS, MIN_CONTAINS, MAX_CONTAINS,
                    MIN_PROPERTIES, MAX_PROPERTIES, REQUIRED, DEPENDENT_REQUIRED -> Vocabulary.VALIDATION;
            case DESCRIPTION, TITLE, DEFAULT, EXAMPLES, DEPRECATED, READ_ONLY, WRITE_ONLY -> Vocabulary.META_DATA;
            case UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> Vocabulary.UNEVALUATED;
            case FORMAT -> Vocabulary.FORMAT_ANNOTATION;
            case CONTENT_ENCODING, CONTENT_MEDIA_TYPE, CONTENT_SCHEMA -> Vocabulary.CONTENT;
            case X_ROUTING_KEY, X_KIND, X_PRIORITY, X_ENVELOPE, X_BODY, X_JAVA_NAME, X_JAVA_TYPE, X_ENUM_DESCRIPTIONS ->
                    null;
        };
    }
}
