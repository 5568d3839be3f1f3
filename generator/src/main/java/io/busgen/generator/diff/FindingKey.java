package io.busgen.generator.diff;

import io.busgen.runtime.Kind;
import org.jspecify.annotations.Nullable;

/**
 * What names a finding in reports and accept files: the rule, the catalogue entry and the JSON pointer, but no line
 * number or message text, so that an accepted finding stays accepted through unrelated edits. Every report prints it
 * as {@link #toString()} does, and an accept file takes it written so. Findings with the same key (two enum values
 * added to one field) are accepted together.
 *
 * @param kind message or response; null for the catalogue as a whole
 * @param routingKey the entry's routing key; empty for the catalogue as a whole
 * @param pointer the instance pointer in the entry's body ({@code ""} for the body itself, {@code *} for every item of
 *     an array)
 */
public record FindingKey(Rule rule, @Nullable Kind kind, String routingKey, String pointer) {

    /**
     * {@code RULE message routing.key #/pointer} ({@code response} for a response), or {@code RULE catalog #} for the
     * catalogue as a whole: how reports print the key and accept files write it.
     */
    @Override
    public String toString() {
        String entry = kind == null ? "catalog" : kind.wireName() + " " + routingKey;
        return rule.id() + " " + entry + " " + (pointer.isEmpty() ? "#" : "#" + pointer);
    }
}
