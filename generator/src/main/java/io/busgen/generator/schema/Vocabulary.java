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
        if (dialect == Dialect.CATALOG && (keyword.equals("$dynamicRef") || keyword.equals("$dynamicAnchor"))) {
            return "\"" + keyword + "\" is not allowed in a catalogue file: a catalogue's types are fixed when it"
                    + " is generated; use \"$ref\" (standalone schemas may use it, see docs/validators.md)";
        }
        if (dialect == Dialect.CATALOG && keyword.equals("$vocabulary")) {
            return "\"$vocabulary\" is not allowed in a catalogue file: it belongs in a meta-schema, and catalogue"
                    + " files are draft 2020-12 with busgen's keywords; remove it";
        }
        String suggestion = HABITS.containsKey(keyword) ? HABITS.get(keyword) : nearest(keyword, dialect).orElse(null);
        String message = "unknown keyword \"" + keyword + "\"";
        if (suggestion != null) {
            return message + ": did you mean \"" + suggestion + "\"?";
        }
        return message + ": busgen's vocabulary is closed (see docs/schema-dialect.md); remove it";
    }

    /** What to write instead of a keyword: its replacement when it is an older draft's, else the nearest known one. */
    static Optional<String> suggestion(String keyword, Dialect dialect) {
        return HABITS.containsKey(keyword) ? Optional.of(HABITS.get(keyword)) : nearest(keyword, dialect);
    }

    /** The known keyword nearest to {@code keyword}, when it is near enough to be a likely typo. */
    static Optional<String> nearest(String keyword, Dialect dialect) {
        return Suggestions.nearest(keyword, keywords(dialect));
    }
}
