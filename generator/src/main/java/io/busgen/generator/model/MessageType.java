package io.busgen.generator.model;

import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A message or a response of the catalogue.
 *
 * @param routingKey the routing key ({@code domain.subdomain.action}); a response shares its request's
 * @param kind message or response
 * @param priority for a message, the priority it is published with ({@code x-priority}, else the catalogue's
 *     default); for a response, its request's priority, with which it is documented (a reply is sent with its own
 *     meta priority)
 * @param priorityDeclared whether a message states {@code x-priority} itself
 * @param description the schema's description, if any
 * @param body the record type of the body
 * @param file the schema file, relative to the catalogue root ({@code messages/git.file.get.json})
 * @param fingerprint the schema fingerprint: 16 lower-case hex digits that change when the wire contract of the
 *     message may change (a field, its type, its order, a default, a format, a referenced type) and stay when only
 *     documentation changes ({@code title}, {@code description}, {@code examples}, {@code $comment},
 *     {@code x-java-name}); the first 16 hex digits of the SHA-256 of the RFC 8785 canonical form of the schema with
 *     every reference inlined, as defined in {@code docs/schema-dialect.md}, "Schema fingerprint"
 */
public record MessageType(
        String routingKey,
        Kind kind,
        int priority,
        boolean priorityDeclared,
        @Nullable String description,
        ObjectType body,
        String file,
        String fingerprint) {

    public JavaTypeName javaName() {
        return body.name();
    }

    public SourceLocation location() {
        return body.location();
    }
}
