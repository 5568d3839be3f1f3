package io.busgen.generator.schema;

import io.busgen.generator.source.Suggestions;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keywords a schema may use: those of {@link Keyword} its dialect accepts. busgen's vocabulary is closed: a
 * keyword outside it is an error, never silently ignored, and the error suggests the nearest known keyword.
 */
public final class Vocabulary {

    /** The only {@code $schema} busgen accepts. */
    public static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /**
     * Draft 2020-12 keywords that busgen refuses everywhere, with the reason given to the user. A keyword busgen comes
     * to support leaves this map for a constant of {@link Keyword}.
     */
    public static final Map<String, String> REFUSED = Map.of(
            "$dynamicRef", "dynamic references are not supported; use \"$ref\"",
            "$dynamicAnchor", "dynamic anchors are not supported; use \"$defs\" and \"$ref\"",
            "$vocabulary", "custom vocabularies are not supported; remove \"$vocabulary\"",
            "$recursiveRef", "\"$recursiveRef\" belongs to draft 2019-09; use \"$ref\"",
            "$recursiveAnchor", "\"$recursiveAnchor\" belongs to draft 2019-09; remove it");

    /** Keywords of older drafts or other tools that users write by habit, with what to write instead. */
    private static final Map<String, String> HABITS = Map.of(
            "definitions", "$defs",
            "dependencies", "dependentRequired",
            "nullable", "type",
            "id", "$id",
            "additionalItems", "items");

    public enum Dialect {
        /** A file of a busgen catalogue: the closed dialect, with busgen's x- keywords, without $id/$anchor. */
        CATALOG,
        /** A standalone draft 2020-12 schema: no x- keywords, with $id, $anchor and the content keywords. */
        STANDALONE
    }

    private Vocabulary() {}

    /** The names of the keywords a schema file of the dialect may use, in the order of {@link Keyword}. */
    public static Set<String> keywords(Dialect dialect) {
        Set<String> keywords = new LinkedHashSet<>();
        for (Keyword keyword : Keyword.values()) {
            if (keyword.acceptedIn(dialect)) {
                keywords.add(keyword.keyword());
            }
        }
        return keywords;
    }

    /**
     * The message for a keyword the dialect does not know: refused draft features say why, keywords from other
     * drafts name their replacement, and anything else gets the nearest known keyword as a suggestion.
     */
    public static String unknownKeywordMessage(String keyword, Dialect dialect) {
        if (REFUSED.containsKey(keyword)) {
            return "unsupported keyword \"" + keyword + "\": " + REFUSED.get(keyword);
        }
        if (dialect == Dialect.CATALOG && (keyword.equals("$id") || keyword.equals("$anchor"))) {
            return "\"" + keyword + "\" is not allowed in a catalogue file: files are identified by their path;"
                    + " remove it and refer to the file by a relative \"$ref\"";
        }
        String suggestion = HABITS.containsKey(keyword) ? HABITS.get(keyword) : nearest(keyword, dialect).orElse(null);
        String message = "unknown keyword \"" + keyword + "\"";
        if (suggestion != null) {
            return message + ": did you mean \"" + suggestion + "\"?";
        }
        return message + ": busgen's vocabulary is closed (see docs/schema-dialect.md); remove it";
    }

    /** The known keyword nearest to {@code keyword}, when it is near enough to be a likely typo. */
    static Optional<String> nearest(String keyword, Dialect dialect) {
        return Suggestions.nearest(keyword, keywords(dialect));
    }
}
