package io.busgen.generator.model;

/**
 * A shape as one place uses it, with whether that place also admits JSON {@code null}
 * ({@code "type": ["string", "null"]}, or {@code "anyOf": [{"$ref": ...}, {"type": "null"}]}).
 */
public record TypeUse(Shape shape, boolean nullable) {}
