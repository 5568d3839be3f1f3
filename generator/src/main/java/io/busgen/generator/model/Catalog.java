package io.busgen.generator.model;

import io.busgen.generator.schema.SchemaIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The linked, validated, immutable catalogue: what every emitter (Java, validators, docs, diff) reads.
 *
 * <p>Messages and responses are sorted by routing key; named types are indexed by Java name.
 */
public final class Catalog {

    private final CatalogInfo info;
    private final List<MessageType> messages;
    private final List<MessageType> responses;
    private final Map<JavaTypeName, NamedType> types;
    private final Map<String, MessageType> messagesByKey = new java.util.HashMap<>();
    private final Map<String, MessageType> responsesByKey = new java.util.HashMap<>();
    private final SchemaIndex schemas;

    public Catalog(CatalogInfo info, List<MessageType> messages, List<MessageType> responses,
            List<NamedType> types, SchemaIndex schemas) {
        this.info = info;
        this.schemas = schemas;
        this.messages = sortedByRoutingKey(messages);
        this.responses = sortedByRoutingKey(responses);
        this.messages.forEach(m -> messagesByKey.put(m.routingKey(), m));
        this.responses.forEach(r -> responsesByKey.put(r.routingKey(), r));
        Map<JavaTypeName, NamedType> index = new LinkedHashMap<>();
        for (NamedType type : types) {
            if (index.put(type.name(), type) != null) {
                throw new IllegalArgumentException("two types named " + type.name());
            }
        }
        this.types = Collections.unmodifiableMap(index);
    }

    private static List<MessageType> sortedByRoutingKey(List<MessageType> entries) {
        List<MessageType> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(MessageType::routingKey));
        return List.copyOf(sorted);
    }

    public CatalogInfo info() {
        return info;
    }

    /** Every schema of the catalogue's files, with each {@code $ref} resolved: what validators are made from. */
    public SchemaIndex schemas() {
        return schemas;
    }

    /** The messages, by routing key. */
    public List<MessageType> messages() {
        return messages;
    }

    /** The responses, by routing key. */
    public List<MessageType> responses() {
        return responses;
    }

    public Optional<MessageType> message(String routingKey) {
        return Optional.ofNullable(messagesByKey.get(routingKey));
    }

    public Optional<MessageType> response(String routingKey) {
        return Optional.ofNullable(responsesByKey.get(routingKey));
    }

    /** The response that answers a message, or the message a response answers. */
    public Optional<MessageType> pairOf(MessageType entry) {
        return entry.kind() == Kind.MESSAGE ? response(entry.routingKey()) : message(entry.routingKey());
    }

    /** Every named type (bodies, shared types, nested types), in a stable order. */
    public List<NamedType> types() {
        return List.copyOf(types.values());
    }

    /** The shared types (from {@code defs/}), in a stable order. */
    public List<NamedType> sharedTypes() {
        return types.values().stream().filter(t -> t.origin() == NamedType.Origin.SHARED).toList();
    }

    public NamedType type(JavaTypeName name) {
        NamedType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no type named " + name + " in catalogue " + info.name());
        }
        return type;
    }

    public ObjectType objectType(JavaTypeName name) {
        return (ObjectType) type(name);
    }

    public EnumType enumType(JavaTypeName name) {
        return (EnumType) type(name);
    }
}
