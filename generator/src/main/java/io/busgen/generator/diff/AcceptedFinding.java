package io.busgen.generator.diff;

import io.busgen.generator.source.SourceLocation;

/**
 * A finding a team has agreed to, from an accept file: shown in reports, but not failing the run.
 *
 * @param key the findings it accepts
 * @param reason why the team accepts it
 * @param location where the entry stands in the accept file
 */
public record AcceptedFinding(FindingKey key, String reason, SourceLocation location) {}
