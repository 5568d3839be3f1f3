package io.busgen.generator.model;

import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaIndex;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final Map<JavaTypeName, String> validatorNames = new java.util.HashMap<>();
    private final Map<JavaTypeName, EnvelopePaths> envelopePaths = new java.util.HashMap<>();
    private final Map<JavaTypeName, Boolean> decodingEnforces = new java.util.HashMap<>();
    private final Optional<JavaTypeName> replyMeta;
    private final Map<Schema, JsonType> javaNumbers = new java.util.IdentityHashMap<>();
    private final Map<Schema, ScalarJavaType> javaTypes = new java.util.IdentityHashMap<>();
    private final Map<String, Set<String>> avoidByFile = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param javaNumbers the schemas of the values generated code holds as a {@code long} ({@code integer}) or a
     *     {@code double} ({@code number}): properties and array items
     * @param javaTypes the schemas of the values generated code holds as a JDK type ({@code x-java-type},
     *     {@code javaTypes}), and which
     */
    public Catalog(CatalogInfo info, List<MessageType> messages, List<MessageType> responses,
            List<NamedType> types, SchemaIndex schemas, Map<Schema, JsonType> javaNumbers,
            Map<Schema, ScalarJavaType> javaTypes) {
        this.info = info;
        this.javaTypes.putAll(javaTypes);
        this.javaNumbers.putAll(javaNumbers);
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
        for (NamedType type : types) {
            if (type instanceof ObjectType object) {
                envelopePaths.put(type.name(), EnvelopePaths.of(object, this.types));
                decodingEnforces.put(type.name(), DecodingCoverage.enforcesAll(schemas, object.schema()));
            }
        }
        this.replyMeta = replyMetaType(this.responses);
        NameAllocator validatorNames = NameAllocator.caseSensitive();
        for (NamedType type : types) {
            if (type instanceof ObjectType) {
                this.validatorNames.put(type.name(), validatorNames.allocate(
                        JavaNames.upperSnake(String.join("_", type.name().simpleNames()))));
            }
        }
    }

    /**
     * The meta type of error replies: the type of the {@code meta} field every response has, when they all have one
     * of the same object type (as Infrahub's responses do). Without it, the catalogue has no error replies.
     */
    private static Optional<JavaTypeName> replyMetaType(List<MessageType> responses) {
        Optional<JavaTypeName> meta = Optional.empty();
        for (MessageType response : responses) {
            Optional<JavaTypeName> own = response.body().field("meta")
                    .filter(f -> !f.nullable() && f.type().shape() instanceof Shape.Named named
                            && named.form() == NamedType.Form.OBJECT)
                    .map(f -> ((Shape.Named) f.type().shape()).name());
            if (own.isEmpty() || (meta.isPresent() && !meta.equals(own))) {
                return Optional.empty();
            }
            meta = own;
        }
        return meta;
    }

    /**
     * The type of error replies' {@code meta} when every response has a {@code meta} of one object type (Infrahub's
     * shape); otherwise an error reply's {@code meta} is a free-form object (see docs/runtime.md, "Replies").
     */
    public Optional<JavaTypeName> replyMeta() {
        return replyMeta;
    }

    /**
     * Whether some message is a request: a response has its routing key. Such a catalogue has error replies, and each
     * request gets the reply API (docs/runtime.md, "Replies").
     */
    public boolean hasRequests() {
        return messages().stream().anyMatch(m -> pairOf(m).isPresent());
    }

    /**
     * Whether a message keeps its envelope's {@code reply_to} in a field ({@code x-envelope}), so that a decoded
     * request knows where to send its reply.
     */
    public boolean keepsReplyTo(MessageType message) {
        return envelopePaths(message.javaName()).path(EnvelopeProperty.REPLY_TO).isPresent();
    }

    /**
     * The JSON type of a schema whose values generated code holds as a Java {@code long} ({@code integer}) or
     * {@code double} ({@code number}): the validators check that such values fit, as decoding must.
     */
    public Optional<JsonType> javaNumberType(Schema schema) {
        return Optional.ofNullable(javaNumbers.get(schema));
    }

    /**
     * The JDK type generated code holds the values of a schema as ({@code x-java-type}, {@code catalog.json}'s
     * {@code javaTypes}): the validators assert its format, as decoding must, wherever the schema applies.
     */
    public Optional<ScalarJavaType> scalarJavaType(Schema schema) {
        return Optional.ofNullable(javaTypes.get(schema));
    }

    /** Where the envelope properties of an object type live within it. */
    public EnvelopePaths envelopePaths(JavaTypeName objectType) {
        EnvelopePaths paths = envelopePaths.get(objectType);
        if (paths == null) {
            throw new IllegalArgumentException("no object type named " + objectType);
        }
        return paths;
    }

    /**
     * Whether decoding into the object type's generated record enforces its whole schema, so that a body that decodes
     * is valid (formats aside) and validation can be skipped on success.
     */
    public boolean decodingEnforcesSchema(JavaTypeName objectType) {
        Boolean enforces = decodingEnforces.get(objectType);
        if (enforces == null) {
            throw new IllegalArgumentException("no object type named " + objectType);
        }
        return enforces;
    }

    /**
     * The name of an object type's validator in the catalogue's validators class: its names in upper snake case
     * ({@code GIT_FILE_GET_RESPONSE_DATA}), unique within the class.
     */
    public String validatorName(JavaTypeName objectType) {
        String name = validatorNames.get(objectType);
        if (name == null) {
            throw new IllegalArgumentException("no object type named " + objectType);
        }
        return name;
    }

    /**
     * The names no variable (component, constant, local) declared in the file of {@code type} may take: see
     * {@link JavaNameTable#variableNamesToAvoid}.
     */
    public Set<String> variableNamesToAvoid(JavaTypeName type, String javaPackage) {
        return avoidByFile.computeIfAbsent(type.simpleNames().get(0) + " " + javaPackage,
                file -> JavaNameTable.variableNamesToAvoid(types.keySet(), info.name(), javaPackage, type));
    }

    /** The simple name of a catalogue-wide type: {@code InfrahubCatalog} for the suffix {@code Catalog}. */
    public String catalogTypeName(String suffix) {
        if (!JavaNameTable.CATALOG_TYPE_SUFFIXES.contains(suffix)) {
            throw new IllegalArgumentException("no catalogue type " + suffix);
        }
        return JavaNames.upperCamel(info.name()) + suffix;
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

    public UnionType unionType(JavaTypeName name) {
        return (UnionType) type(name);
    }

    /** The discriminated unions a record is an alternative of, in the order of {@link #types()}. */
    public List<UnionType> unionsOf(JavaTypeName record) {
        return types.values().stream()
                .filter(t -> t instanceof UnionType union && union.alternatives().stream()
                        .anyMatch(a -> a.type().equals(record)))
                .map(t -> (UnionType) t)
                .toList();
    }
}
