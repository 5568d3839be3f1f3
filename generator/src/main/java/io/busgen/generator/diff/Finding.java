package io.busgen.generator.diff;

import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a catalogue, in one message or response, or (for the rules that
 * {@linkplain Rule#concernsCatalog() concern the catalogue}) in {@code catalog.json}.
 *
 * @param rule what kind of change it is, which fixes its effect on each side
 * @param kind whether the entry is a message or a response; null for the catalogue as a whole
 * @param routingKey the entry's routing key; empty for the catalogue as a whole
 * @param pointer where in the entry's body: a JSON pointer into the message instance ({@code ""} for the body itself,
 *     {@code *} standing for every item of an array), the same whichever file the schema lives in
 * @param side whether {@link #location} is in the base (for what was removed) or the head version
 * @param location the schema file, line and column, and the pointer in that file
 * @param message what changed, one line
 * @param hint what to consider doing about it, if anything
 */
public record Finding(
        Rule rule,
        @Nullable Kind kind,
        String routingKey,
        String pointer,
        Side side,
        SourceLocation location,
        String message,
        @Nullable String hint) {

    public Level producers() {
        return rule.producers();
    }

    public Level consumers() {
        return rule.consumers();
    }

    /** The worse of {@link #producers()} and {@link #consumers()}. */
    public Level level() {
        return rule.level();
    }

    public FindingKey key() {
        return new FindingKey(rule, kind, routingKey, pointer);
    }
}
