package io.busgen.generator.diff;

import io.busgen.generator.model.Kind;

/**
 * What names a finding in an accept file: the rule, the catalogue entry and the JSON pointer, but no line number or
 * message text, so that an accepted finding stays accepted through unrelated edits. Findings with the same key (two
 * enum values added to one field) are accepted together.
 *
 * @param pointer the instance pointer in the entry's body ({@code ""} for the body itself, {@code *} for every item of
 *     an array)
 */
public record FindingKey(Rule rule, Kind kind, String routingKey, String pointer) {

    @Override
    public String toString() {
        return rule.id() + " " + kind.keyword() + " " + routingKey + " " + (pointer.isEmpty() ? "#" : "#" + pointer);
    }
}
