package io.busgen.generator.asyncapi;

import static io.busgen.generator.asyncapi.Json.obj;
import static io.busgen.generator.asyncapi.Json.str;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.BrokerTopology;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnvelopePaths;
import io.busgen.generator.model.EnvelopeProperty;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a catalogue as an AsyncAPI 3.0.0 document (docs/asyncapi.md has the mapping): one channel per routing key
 * with its AMQP binding, a send and a receive operation per message, requests with their reply, payloads in
 * AsyncAPI's schema format (draft-07) where they use nothing newer and in JSON Schema 2020-12 where they must, shared
 * types in {@code components/schemas}, and what only busgen knows as {@code x-busgen-} extensions, so that
 * {@link AsyncApiImport} gives the catalogue back. The same catalogue always gives the same document.
 */
public final class AsyncApiExport {

    /** What an export gave: the document, or the problems of a catalogue that does not lint clean. */
    public record Result(@Nullable JsonValue document, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** The 2020-12 keywords draft-07 does not have; a schema that uses one is written as 2020-12. */
    private static final Set<String> NEWER = Set.of("prefixItems", "dependentRequired", "dependentSchemas",
            "minContains", "maxContains", "unevaluatedProperties", "unevaluatedItems", "$dynamicRef",
            "$dynamicAnchor", "$anchor", "$vocabulary");

    /** Keywords that may stand beside a $ref in a draft-07 schema without changing what it accepts. */
    private static final Set<String> ANNOTATIONS = Set.of("$ref", "title", "description", "default", "examples",
            "deprecated", "readOnly", "writeOnly", "$comment");

    private final Path root;
    private final Catalog catalog;
    private final JsonObject catalogJson;
    /** Every schema file, by its path in the catalogue ({@code defs/meta.json}), in path order. */
    private final Map<String, JsonObject> files;
    /** One schema of the document: a payload, a defs file, or a hoisted $defs entry. */
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    private static final class Unit {
        final String key; // path#fragment
        final String file;
        final JsonValue schema;
        String pointer = ""; // where it stands in the document
        boolean newer;

        Unit(String key, String file, JsonValue schema) {
            this.key = key;
            this.file = file;
            this.schema = schema;
        }
    }

    private AsyncApiExport(Path root, Catalog catalog, JsonObject catalogJson, Map<String, JsonObject> files) {
        this.root = root;
        this.catalog = catalog;
        this.catalogJson = catalogJson;
        this.files = files;
    }

    /**
     * Exports the catalogue in {@code root}.
     *
     * @param displayRoot how problems name the catalogue folder
     */
    public static Result export(Path root, String displayRoot) {
        LoadResult loaded = CatalogLoader.load(root, displayRoot);
        if (!loaded.ok()) {
            return new Result(null, loaded.problems());
        }
        Problems problems = new Problems();
        Map<String, JsonObject> files = new LinkedHashMap<>();
        JsonObject catalogJson = read(root, "catalog.json", displayRoot, problems);
        for (String folder : List.of("defs", "messages", "responses")) {
            Path directory = root.resolve(folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<String> names;
            try (Stream<Path> entries = Files.list(directory)) {
                names = entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".json") && !n.startsWith(".")).sorted().toList();
            } catch (IOException e) {
                problems.add(Problem.atPosition(SourceLocation.ofFile(displayRoot + "/" + folder),
                        "cannot list the folder (" + e.getMessage() + "); check that it is readable"));
                continue;
            }
            for (String name : names) {
                JsonObject file = read(root, folder + "/" + name, displayRoot, problems);
                if (file != null) {
                    files.put(folder + "/" + name, file);
                }
            }
        }
        if (!problems.isEmpty() || catalogJson == null) {
            return new Result(null, problems.sorted());
        }
        return new Result(new AsyncApiExport(root, loaded.orThrow(), catalogJson, files).document(), List.of());
    }

    private static @Nullable JsonObject read(Path root, String path, String displayRoot, Problems problems) {
        String display = displayRoot + "/" + path;
        try {
            String text = Files.readString(root.resolve(path), StandardCharsets.UTF_8);
            Optional<JsonValue> json = LocatedJsonReader.read(display, text, problems);
            if (json.isPresent() && json.get() instanceof JsonObject object) {
                return object;
            }
            // it linted clean a moment ago: it changed while busgen read it
            problems.add(Problem.atPosition(SourceLocation.ofFile(display), "the file changed while busgen read it:"
                    + " run the export again"));
        } catch (IOException e) {
            problems.add(Problem.atPosition(SourceLocation.ofFile(display), "cannot read the file ("
                    + e.getClass().getSimpleName() + "); check that it is readable"));
        }
        return null;
    }

    private JsonValue document() {
        Names componentNames = new Names();
        Names messageNames = new Names();
        Map<String, String> messageIds = new LinkedHashMap<>();
        for (MessageType entry : entries()) {
            messageIds.put(entry.file(), messageNames.claim(entry.kind() == Kind.MESSAGE ? entry.routingKey()
                    : entry.routingKey() + ".response"));
        }
        // the units: defs files and their $defs entries, then the $defs entries of message and response files
        Map<String, String> componentOf = new LinkedHashMap<>();
        for (Map.Entry<String, JsonObject> file : files.entrySet()) {
            String path = file.getKey();
            JsonObject json = file.getValue();
            String stem = stem(path);
            if (path.startsWith("defs/")) {
                addUnit(path, "", withoutKeys(json, Set.of("$schema", "$defs")));
                componentOf.put(path, componentNames.claim(AsyncApi.componentName(stem)));
            } else {
                addUnit(path, "", withoutKeys(json, Set.of("$schema", "x-routing-key", "x-kind", "x-priority",
                        "$defs")));
            }
            Json.object(json, "$defs").ifPresent(defs -> defs.members().forEach((name, schema) -> {
                String fragment = JsonPointer.append("/$defs", name);
                addUnit(path, fragment, schema);
                String owner = path.startsWith("defs/") ? componentOf.get(path)
                        : path.startsWith("messages/") ? stem : stem + ".response";
                componentOf.put(path + "#" + fragment, componentNames.claim(AsyncApi.componentName(owner + "." + name)));
            }));
        }
        // formats: a schema and every schema it refers to share one format (AsyncAPI 3.0, Multi Format Schema)
        for (Unit unit : units.values()) {
            SchemaTree.forEach(unit.schema, (schema, pointer) -> {
                if (schema.members().keySet().stream().anyMatch(NEWER::contains)
                        || schema.has("$ref") && !schema.members().keySet().stream()
                                .allMatch(k -> ANNOTATIONS.contains(k) || k.startsWith("x-"))) {
                    unit.newer = true;
                }
                refTarget(unit.file, schema).ifPresent(target -> union(unit.key, target));
            });
        }
        Set<String> newerGroups = new HashSet<>();
        units.values().stream().filter(u -> u.newer).forEach(u -> newerGroups.add(find(u.key)));
        for (Unit unit : units.values()) {
            unit.newer = newerGroups.contains(find(unit.key));
            boolean root = unit.key.endsWith("#");
            String at = root && !unit.file.startsWith("defs/")
                    ? "/components/messages/" + escape(messageIds.get(unit.file)) + "/payload"
                    : "/components/schemas/" + escape(componentOf.get(root ? unit.file : unit.key));
            unit.pointer = unit.newer ? at + "/schema" : at;
        }

        Json.Obj document = obj().put("asyncapi", AsyncApi.VERSION).put("info", info())
                .put("defaultContentType", AsyncApi.CONTENT_TYPE);
        Json.Obj channels = obj();
        Json.Obj operations = obj();
        Names channelNames = new Names();
        for (MessageType message : catalog.messages()) {
            channelNames.claim(message.routingKey());
        }
        for (MessageType message : catalog.messages()) {
            String key = message.routingKey();
            String messageId = messageIds.get(message.file());
            channels.put(key, obj()
                    .put("address", key)
                    .put("messages", obj().put(messageId, ref("/components/messages/" + escape(messageId))).build())
                    .put("bindings", obj().put("amqp", channelBinding(key)).build())
                    .build());
            Json.Obj reply = null;
            Optional<MessageType> response = catalog.response(key);
            if (response.isPresent()) {
                String replyChannel = channelNames.claim(key + ".reply");
                String responseId = messageIds.get(response.get().file());
                channels.put(replyChannel, obj()
                        .put("address", Json.nil())
                        .put("description", "The reply queue the requester names in reply_to; replies go through the"
                                + " default exchange.")
                        .put("messages", obj().put(responseId,
                                ref("/components/messages/" + escape(responseId))).build())
                        .put("bindings", obj().put("amqp", obj()
                                .put("is", "routingKey")
                                .put("exchange", obj().put("type", "default").put("vhost", "/").build())
                                .put("bindingVersion", AsyncApi.BINDING_VERSION).build()).build())
                        .build());
                reply = obj()
                        .put("address", obj().put("location", AsyncApi.REPLY_TO).build())
                        .put("channel", ref("/channels/" + escape(replyChannel)))
                        .put("messages", Json.arr(ref("/channels/" + escape(replyChannel) + "/messages/"
                                + escape(responseId))));
            }
            for (String action : List.of("send", "receive")) {
                Json.Obj operation = obj()
                        .put("action", action)
                        .put("channel", ref("/channels/" + escape(key)))
                        .put("summary", summary(message))
                        .put("messages", Json.arr(ref("/channels/" + escape(key) + "/messages/" + escape(messageId))))
                        .put("bindings", obj().put("amqp", obj()
                                .put("priority", message.priority())
                                .put("bindingVersion", AsyncApi.BINDING_VERSION).build()).build());
                if (reply != null) {
                    operation.put("reply", reply.build());
                }
                operations.put(action + "." + key, operation.build());
            }
        }
        document.put("channels", channels.build()).put("operations", operations.build());

        Json.Obj schemas = obj();
        for (Unit unit : units.values()) {
            if (unit.pointer.startsWith("/components/schemas/")) {
                String name = unit.key.endsWith("#") ? componentOf.get(unit.file) : componentOf.get(unit.key);
                Json.Obj marks = obj();
                if (unit.key.endsWith("#") && !name.equals(stem(unit.file))) {
                    marks.put(AsyncApi.FILE, unit.file);
                }
                if (unit.key.endsWith("#")) {
                    files.get(unit.file).get("$schema").ifPresent(s -> marks.put(AsyncApi.FILE_SCHEMA, s));
                }
                if (!unit.key.endsWith("#")) {
                    marks.put(AsyncApi.DEF_OF, unit.file);
                    marks.put(AsyncApi.DEF_NAME, JsonPointer.tokens(unit.key.substring(unit.key.indexOf('#') + 1))
                            .get(1));
                }
                schemas.put(name, schemaValue(unit, marks.build()));
            }
        }
        Json.Obj messages = obj();
        for (MessageType entry : entries()) {
            messages.put(messageIds.get(entry.file()), message(entry));
        }
        document.put("components", obj().put("schemas", schemas.build()).put("messages", messages.build()).build());
        return document.build();
    }

    private List<MessageType> entries() {
        List<MessageType> entries = new ArrayList<>();
        for (MessageType message : catalog.messages()) {
            entries.add(message);
            catalog.response(message.routingKey()).ifPresent(entries::add);
        }
        return entries;
    }

    private static @Nullable String summary(MessageType message) {
        return message.description();
    }

    private JsonObject info() {
        Json.Obj info = obj().put("title", Json.string(catalogJson, "title").orElse(catalog.info().name()))
                .put("version", version());
        Json.string(catalogJson, "description").ifPresent(d -> info.put("description", d));
        for (Map.Entry<String, JsonValue> member : catalogJson.members().entrySet()) {
            if (!member.getKey().equals("title") && !member.getKey().equals("description")) {
                info.put(AsyncApi.infoKey(member.getKey()), member.getValue());
            }
        }
        return info.build();
    }

    /**
     * A catalogue has no version of its own: {@code 0.0.0-} and the start of a hash of every entry's fingerprint, a
     * semantic version that changes when the wire contract may have.
     */
    private String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (MessageType entry : entries()) {
                digest.update((entry.kind() + " " + entry.routingKey() + " " + entry.fingerprint() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "0.0.0-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String namespace() {
        return catalog.info().broker().namespaceOr(catalog.info().name());
    }

    /**
     * The channel's AMQP binding: the events exchange every message goes to, and the queues the broker topology binds
     * to the key: the shared work queue, each process's broadcast queue, both, or neither (docs/rabbitmq.md).
     */
    private JsonObject channelBinding(String routingKey) {
        BrokerTopology broker = catalog.info().broker();
        Json.Obj binding = obj()
                .put("is", "routingKey")
                .put("exchange", obj().put("name", namespace() + ".events").put("type", "topic").put("durable", true)
                        .put("autoDelete", false).put("vhost", "/").build());
        if (broker.isWork(routingKey)) {
            binding.put(AsyncApi.WORK_QUEUE, obj().put("name", namespace() + ".rpcs").put("durable", true)
                    .put("exclusive", false).put("autoDelete", false)
                    .put("x-max-priority", catalog.info().maxPriority()).build());
        }
        if (broker.isBroadcast(routingKey)) {
            binding.put(AsyncApi.BROADCAST_QUEUE, obj().put("name", "<role>-events-<identity>").put("durable", false)
                    .put("exclusive", true).put("autoDelete", false).build());
        }
        return binding.put("bindingVersion", AsyncApi.BINDING_VERSION).build();
    }

    private JsonObject message(MessageType entry) {
        JsonObject file = files.get(entry.file());
        Json.Obj message = obj()
                .put("name", entry.routingKey())
                .put("description", entry.description())
                .put("contentType", AsyncApi.CONTENT_TYPE)
                .put("correlationId", obj().put("location", AsyncApi.CORRELATION_ID).build())
                .put("headers", headers(entry))
                .put("payload", schemaValue(units.get(entry.file() + "#"), obj().build()))
                .put("bindings", obj().put("amqp", obj().put("contentEncoding", "utf-8")
                        .put("messageType", entry.routingKey())
                        .put("bindingVersion", AsyncApi.BINDING_VERSION).build()).build())
                .put(AsyncApi.KIND, entry.kind() == Kind.MESSAGE ? "message" : "response")
                .put(AsyncApi.ROUTING_KEY, entry.routingKey());
        file.get("x-priority").ifPresent(p -> message.put(AsyncApi.PRIORITY, p));
        file.get("$schema").ifPresent(s -> message.put(AsyncApi.FILE_SCHEMA, s));
        return message.build();
    }

    /** The AMQP properties a publisher sets, as message headers; where a body field mirrors one, it says which. */
    private JsonObject headers(MessageType entry) {
        EnvelopePaths paths = catalog.envelopePaths(entry.javaName());
        Json.Obj properties = obj();
        properties.put("content_type", obj().put("type", "string").put("const", AsyncApi.CONTENT_TYPE).build());
        properties.put("content_encoding", obj().put("type", "string").put("const", "utf-8").build());
        properties.put("priority", header(paths, EnvelopeProperty.PRIORITY, obj().put("type", "integer")
                .put("minimum", 0).put("maximum", catalog.info().maxPriority()),
                entry.kind() == Kind.MESSAGE ? "The catalogue priority of the routing key."
                        : "The reply's own priority."));
        properties.put("correlation_id", header(paths, EnvelopeProperty.CORRELATION_ID, obj().put("type", "string"),
                "Set by a requester; a reply carries its request's."));
        properties.put("reply_to", header(paths, EnvelopeProperty.REPLY_TO, obj().put("type", "string"),
                "The queue a reply goes to."));
        if (paths.path(EnvelopeProperty.EXPIRATION).isPresent()) {
            properties.put("expiration", header(paths, EnvelopeProperty.EXPIRATION, obj().put("type", "string")
                    .put("pattern", "^[0-9]+$"), "Milliseconds, as a decimal string."));
        }
        if (paths.path(EnvelopeProperty.HEADERS).isPresent()) {
            properties.put("headers", header(paths, EnvelopeProperty.HEADERS, obj().put("type", "object"),
                    "AMQP headers."));
        }
        return obj().put("type", "object").put("properties", properties.build())
                .put(AsyncApi.DERIVED, true).build();
    }

    private static JsonObject header(EnvelopePaths paths, EnvelopeProperty property, Json.Obj schema, String what) {
        String mirror = paths.path(property).map(fields -> " The body's "
                + fields.stream().map(Field::wireName).collect(Collectors.joining(".")) + " travels here"
                + (property == EnvelopeProperty.EXPIRATION ? " (the body holds seconds)." : ".")).orElse("");
        return schema.put("description", what + mirror).build();
    }

    private JsonValue schemaValue(Unit unit, JsonObject marks) {
        JsonValue schema = SchemaTree.map(unit.schema, (object, pointer) -> rewrite(unit.file, object));
        if (!unit.newer) {
            if (marks.members().isEmpty()) {
                return schema;
            }
            if (schema instanceof JsonObject object) {
                return obj().putAll(marks.members()).putAll(object.members()).build();
            }
            // a boolean schema cannot carry marks: wrap it
            return obj().putAll(marks.members()).put("allOf", Json.arr(schema)).build();
        }
        return obj().putAll(marks.members()).put("schemaFormat", AsyncApi.SCHEMA_2020_12).put("schema", schema)
                .build();
    }

    /** One schema object's own keywords, as the document has them: busgen's x- keywords renamed, refs rewritten. */
    private JsonObject rewrite(String file, JsonObject schema) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : schema.members().entrySet()) {
            String key = member.getKey();
            switch (key) {
                case AsyncApi.JAVA_NAME, AsyncApi.JAVA_TYPE, AsyncApi.ENVELOPE, AsyncApi.BODY, AsyncApi.ENUM_DESCRIPTIONS ->
                        members.put(AsyncApi.PREFIX + key.substring(2), member.getValue());
                case "$ref" -> {
                    String original = ((JsonString) member.getValue()).value();
                    String target = refTarget(file, schema).orElseThrow();
                    members.put("$ref", str("#" + units.get(target).pointer));
                    if (!original.equals(canonicalRef(file, target))) {
                        members.put(AsyncApi.REF, member.getValue());
                    }
                }
                default -> members.put(key, member.getValue());
            }
        }
        return Json.withMembers(schema, members);
    }

    /** The usual way a catalogue file refers to a schema: {@code #/$defs/X}, {@code b.json}, {@code ../defs/b.json}. */
    static String canonicalRef(String fromFile, String target) {
        int hash = target.indexOf('#');
        String file = target.substring(0, hash);
        String fragment = target.substring(hash + 1);
        if (file.equals(fromFile)) {
            return "#" + fragment;
        }
        String fromDirectory = fromFile.substring(0, fromFile.indexOf('/'));
        String directory = file.substring(0, file.indexOf('/'));
        String path = directory.equals(fromDirectory) ? file.substring(file.indexOf('/') + 1) : "../" + file;
        return fragment.isEmpty() ? path : path + "#" + fragment;
    }

    /** What a schema's $ref names, as {@code path#fragment}; empty when it has no $ref. */
    private static Optional<String> refTarget(String file, JsonObject schema) {
        Optional<String> ref = Json.string(schema, "$ref");
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        String text = ref.get();
        int hash = text.indexOf('#');
        String filePart = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : percentDecoded(text.substring(hash + 1));
        String path = filePart.isEmpty() ? file : normalize(file.substring(0, file.lastIndexOf('/')) + "/" + filePart);
        return Optional.of(path + "#" + fragment);
    }

    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String percentDecoded(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%' && i + 2 < fragment.length()) {
                bytes.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void addUnit(String file, String fragment, JsonValue schema) {
        String key = file + "#" + fragment;
        units.put(key, new Unit(key, file, schema));
        parent.put(key, key);
    }

    private String find(String key) {
        String at = key;
        while (!parent.get(at).equals(at)) {
            at = parent.get(at);
        }
        return at;
    }

    private void union(String a, String b) {
        if (units.containsKey(b)) {
            parent.put(find(a), find(b));
        }
    }

    private static JsonObject withoutKeys(JsonObject object, Set<String> keys) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        members.keySet().removeAll(keys);
        return Json.withMembers(object, members);
    }

    private static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".json".length());
    }

    private static String escape(String token) {
        return JsonPointer.append("", token).substring(1);
    }

    private static JsonObject ref(String pointer) {
        return obj().put("$ref", "#" + pointer).build();
    }

    /** Hands out names, each once: a name taken gets {@code _} until it is free. */
    static final class Names {
        private final Set<String> taken = new HashSet<>();

        String claim(String name) {
            String free = name;
            while (!taken.add(free)) {
                free = free + "_";
            }
            return free;
        }
    }
}
