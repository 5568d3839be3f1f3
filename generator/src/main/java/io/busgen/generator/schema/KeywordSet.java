package io.busgen.generator.schema;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.schema.Vocabulary.Dialect;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keywords that are keywords in one standalone document, as its {@code $schema} decides: every keyword of draft
 * 2020-12 by default; those of the vocabularies a custom meta-schema's {@code $vocabulary} lists; the keywords draft
 * 2019-09 shares with 2020-12 for a 2019-09 document. Any other member of a schema is an annotation, except what the
 * set refuses: a keyword that busgen does not support, or one that means something else in the document's draft.
 */
public final class KeywordSet {

    /**
     * Keywords of older drafts that 2020-12 dropped, refused rather than read as annotations: ignored, they would let
     * through what their author meant to refuse.
     */
    private static final Map<String, String> DROPPED = Map.of(
            "additionalItems", "\"additionalItems\" belongs to drafts before 2020-12, which busgen does not read;"
                    + " write \"prefixItems\" and \"items\"",
            "dependencies", "\"dependencies\" belongs to drafts before 2019-09, which busgen does not read; write"
                    + " \"dependentRequired\" (arrays of names) and \"dependentSchemas\" (schemas)");

    private final Set<Keyword> keywords;
    private KeywordSet(Set<Keyword> keywords) {
        this.keywords = Collections.unmodifiableSet(keywords);
    }

    /** Every keyword of the dialect. */
    public static KeywordSet of(Dialect dialect) {
        Set<Keyword> all = EnumSet.noneOf(Keyword.class);
        Arrays.stream(Keyword.values()).filter(k -> k.acceptedIn(dialect)).forEach(all::add);
        return new KeywordSet(all);
    }

    /** The keywords of the given vocabularies of draft 2020-12 (the others are annotations). */
    public static KeywordSet ofVocabularies(Set<Vocabularies.Vocabulary> vocabularies) {
        Set<Keyword> active = EnumSet.noneOf(Keyword.class);
        for (Keyword keyword : Keyword.values()) {
            Vocabularies.Vocabulary vocabulary = Vocabularies.of(keyword);
            boolean formatAsserted = keyword == Keyword.FORMAT
                    && vocabularies.contains(Vocabularies.Vocabulary.FORMAT_ASSERTION);
            if (keyword.acceptedIn(Dialect.STANDALONE) && vocabulary != null
                    && (vocabularies.contains(vocabulary) || formatAsserted)) {
                active.add(keyword);
            }
        }
        return new KeywordSet(active);
    }

    /**
     * The keywords of a draft 2019-09 document: those 2020-12 has with the same meaning. The keywords 2020-12 added
     * ({@code prefixItems}, {@code $dynamicRef}, {@code $dynamicAnchor}) are annotations there.
     */
    public static KeywordSet draft201909() {
        Set<Keyword> active = EnumSet.noneOf(Keyword.class);
        Arrays.stream(Keyword.values()).filter(k -> k.acceptedIn(Dialect.STANDALONE)).forEach(active::add);
        active.removeAll(Set.of(Keyword.PREFIX_ITEMS, Keyword.DYNAMIC_REF, Keyword.DYNAMIC_ANCHOR));
        return new KeywordSet(active);
    }

    public boolean contains(Keyword keyword) {
        return keywords.contains(keyword);
    }

    /**
     * Why a member that is no keyword here is refused, with the fix; empty when it is an annotation.
     *
     * @param value its value
     */
    public Optional<String> refusal(String name, JsonValue value) {
        if (Vocabulary.REFUSED.containsKey(name)) {
            return Optional.of(Vocabulary.unknownKeywordMessage(name, Dialect.STANDALONE));
        }
        if (DROPPED.containsKey(name)) {
            return Optional.of(DROPPED.get(name));
        }
        return Optional.empty();
    }
}
