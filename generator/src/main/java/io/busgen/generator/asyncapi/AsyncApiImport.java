package io.busgen.generator.asyncapi;

import static io.busgen.generator.asyncapi.Json.obj;
import static io.busgen.generator.asyncapi.Json.str;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.schema.Vocabulary;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an AsyncAPI document (3.0, or 2.0 to 2.6; YAML or JSON) into the files of a busgen catalogue
 * (docs/asyncapi.md has the mapping). What a catalogue has no place for is reported, one line each, as information;
 * what cannot be converted is an error at its place in the document. A document busgen exported comes back as the
 * catalogue it was exported from.
 */
public final class AsyncApiImport {

    /**
     * What the user chose for a document that is not a busgen export.
     *
     * @param name the catalogue's name; by default made from the document's title
     * @param javaPackage the package of generated Java; by default {@code com.example.<name>}
     */
    public record Options(@Nullable String name, @Nullable String javaPackage) {
        public static final Options DEFAULTS = new Options(null, null);
    }

    /**
     * What an import gave.
     *
     * @param files the catalogue's files, by path ({@code messages/order.placed.json}), in path order; empty when
     *     there are errors
     * @param problems the errors, each at its place in the document
     * @param notes what was not imported, one line each
     */
    public record Result(Map<String, String> files, List<Problem> problems, List<Problem> notes) {
        public Result {
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The routing keys any catalogue accepts (docs/schema-dialect.md, "Routing keys", rule 1). */
    private static final Pattern ROUTING_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern DEFAULT_ROUTING_KEY = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+\\.[a-z0-9_]+");
    private static final String LOOSE_PATTERN = "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$";
    private static final Pattern JSON_SCHEMA_FORMAT = Pattern.compile(
            "application/schema\\+(json|yaml);version=draft-(04|06|07|2019-09|2020-12)");
    private static final Pattern ASYNCAPI_FORMAT = Pattern.compile(
            "application/vnd\\.aai\\.asyncapi(\\+json|\\+yaml)?;version=[0-9.]+");
    private static final int MAX_REF_HOPS = 64;

    private final String display;
    private final JsonObject root;
    private final Options options;
    private final Problems problems = new Problems();
    private final List<Problem> notes = new ArrayList<>();
    private final boolean busgen;
    private final boolean v3;
    private final Set<String> keywords = Vocabulary.keywords(Vocabulary.Dialect.CATALOG);

    /** One message or response of the catalogue being made. */
    private static final class Entry {
        final String routingKey;
        final boolean response;
        final JsonObject message;
        final String messagePointer;
        @Nullable Integer priority;
        @Nullable SourceLocation priorityAt;
        @Nullable Entry responseEntry;

        Entry(String routingKey, boolean response, JsonObject message, String messagePointer) {
            this.routingKey = routingKey;
            this.response = response;
            this.message = message;
            this.messagePointer = messagePointer;
        }

        String file() {
            return (response ? "responses/" : "messages/") + routingKey + ".json";
        }
    }

    /** A component schema and the defs file it becomes (or the file whose $defs it is part of). */
    private record Component(String pointer, JsonValue schema, String file, @Nullable String defName,
            @Nullable JsonObject marks) {}

    private final Map<String, Entry> entriesByMessage = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Component> components = new LinkedHashMap<>();
    /** Components referred to by a $ref (other than a payload's root): each becomes a defs file. */
    private final Set<String> referenced = new LinkedHashSet<>();
    /** Components a payload is a $ref to: the message file is their copy. */
    private final Set<String> payloadRoots = new HashSet<>();
    /** Where each entry file's root schema stands in the document. */
    private final Map<String, String> entryRoots = new HashMap<>();

    private AsyncApiImport(String display, JsonObject root, Options options, boolean v3) {
        this.display = display;
        this.root = root;
        this.options = options;
        this.v3 = v3;
        JsonObject info = Json.object(root, "info").orElse(Json.obj().build());
        this.busgen = info.has(AsyncApi.infoKey("name")) && info.has(AsyncApi.infoKey("javaPackage"));
    }

    /**
     * Imports one document.
     *
     * @param display the document's name as problems show it
     * @param bytes the document
     */
    public static Result read(String display, byte[] bytes, Options options) {
        Problems problems = new Problems();
        Optional<JsonValue> document = AsyncApiReader.read(display, bytes, problems);
        if (document.isEmpty() || !problems.isEmpty()) {
            return new Result(Map.of(), problems.sorted(), List.of());
        }
        if (!(document.get() instanceof JsonObject root)) {
            return new Result(Map.of(), List.of(Problem.at(document.get().location(), "an AsyncAPI document is an"
                    + " object with \"asyncapi\", \"info\" and \"channels\"; this is " + article(document.get()))),
                    List.of());
        }
        Optional<JsonValue> version = root.get("asyncapi");
        String text = version.filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value()).orElse("");
        boolean v3 = text.matches("3\\.0\\.[0-9]+");
        if (!v3 && !text.matches("2\\.[0-6]\\.[0-9]+")) {
            return new Result(Map.of(), List.of(Problem.at(version.map(JsonValue::location)
                    .orElse(root.location()), (text.isEmpty() ? "no AsyncAPI version"
                    : "AsyncAPI " + MessageText.excerpt(text)) + ": busgen imports AsyncAPI 3.0 and 2.0 to 2.6; convert"
                    + " the document (the AsyncAPI CLI's 'asyncapi convert') and import that")), List.of());
        }
        return new AsyncApiImport(display, root, options, v3).run();
    }

    private Result run() {
        collectComponents();
        if (v3) {
            readV3();
        } else {
            readV2();
        }
        noteUnplaced();
        Map<String, String> files = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            Map<String, JsonObject> defs = new LinkedHashMap<>();
            Map<String, Map<String, JsonValue>> hoisted = new LinkedHashMap<>();
            for (Entry entry : entries) {
                files.put(entry.file(), null);
            }
            List<JsonObject> entryFiles = new ArrayList<>();
            for (Entry entry : entries) {
                entryFiles.add(entryFile(entry, hoisted));
            }
            // components: each becomes a defs file or a $defs entry, except one that only stood for a payload
            Map<String, JsonValue> converted = new HashMap<>();
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Component component : new LinkedHashSet<>(components.values())) {
                    if (!converted.containsKey(component.pointer()) && (referenced.contains(component.pointer())
                            || !payloadRoots.contains(component.pointer()))) {
                        converted.put(component.pointer(), convert(component.schema(), component.pointer(),
                                component.file()));
                        progress = true;
                    }
                }
            }
            for (Component component : new LinkedHashSet<>(components.values())) {
                JsonValue schema = converted.get(component.pointer());
                if (schema == null) {
                    continue;
                }
                if (component.defName() != null) {
                    hoisted.computeIfAbsent(component.file(), f -> new LinkedHashMap<>())
                            .put(component.defName(), schema);
                } else {
                    defs.put(component.file(), defsFile(component, schema));
                }
            }
            if (problems.isEmpty()) {
                files.clear();
                files.put("catalog.json", DocumentFormat.catalogueFile(catalogFile()));
                for (int i = 0; i < entries.size(); i++) {
                    files.put(entries.get(i).file(), DocumentFormat.catalogueFile(
                            withDefs(entryFiles.get(i), hoisted.get(entries.get(i).file()))));
                }
                for (Map.Entry<String, JsonObject> file : defs.entrySet()) {
                    files.put(file.getKey(), DocumentFormat.catalogueFile(withDefs(file.getValue(),
                            hoisted.get(file.getKey()))));
                }
            }
        }
        notes.sort(null);
        return new Result(problems.isEmpty() ? files : Map.of(), problems.sorted(), notes);
    }

    // ---- the document's structure ----

    private void readV3() {
        JsonObject channels = objectAt("/channels").orElse(Json.obj().build());
        JsonObject operations = objectAt("/operations").orElse(Json.obj().build());
        // replies first: a message that is some operation's reply is a response
        Map<String, String> replyOf = new LinkedHashMap<>(); // reply message pointer -> request message pointer
        Map<String, List<Integer>> priorities = new HashMap<>();
        Map<String, List<SourceLocation>> priorityPlaces = new HashMap<>();
        for (Map.Entry<String, JsonValue> member : operations.members().entrySet()) {
            String opPointer = JsonPointer.append("/operations", member.getKey());
            Optional<Located> operation = resolveObject(member.getValue(), opPointer);
            if (operation.isEmpty()) {
                continue;
            }
            JsonObject op = operation.get().object();
            Optional<Located> channel = op.get("channel").flatMap(c -> resolveObject(c, opPointer + "/channel"));
            List<String> messages = new ArrayList<>();
            Optional<JsonArray> listed = Json.array(op, "messages");
            if (listed.isPresent()) {
                for (JsonValue ref : listed.get().elements()) {
                    resolveObject(ref, opPointer + "/messages").ifPresent(m -> messages.add(m.pointer()));
                }
            } else {
                channel.flatMap(c -> Json.object(c.object(), "messages")).ifPresent(ms -> ms.members().forEach(
                        (k, v) -> resolveObject(v, channel.get().pointer() + "/messages/" + k)
                                .ifPresent(m -> messages.add(m.pointer()))));
            }
            Optional<JsonObject> amqp = binding(op, opPointer, "operation");
            amqp.flatMap(b -> b.get("priority")).ifPresent(p -> {
                for (String message : messages) {
                    Integer value = priority(p);
                    if (value != null) {
                        priorities.computeIfAbsent(message, k -> new ArrayList<>()).add(value);
                        priorityPlaces.computeIfAbsent(message, k -> new ArrayList<>()).add(p.location());
                    }
                }
            });
            Optional<JsonObject> reply = Json.object(op, "reply");
            if (reply.isPresent()) {
                Optional<Located> resolvedReply = resolveObject(reply.get(), opPointer + "/reply");
                if (resolvedReply.isEmpty()) {
                    continue;
                }
                List<String> replies = new ArrayList<>();
                Json.array(resolvedReply.get().object(), "messages").ifPresent(list -> list.elements()
                        .forEach(r -> resolveObject(r, resolvedReply.get().pointer() + "/messages")
                                .ifPresent(m -> replies.add(m.pointer()))));
                if (replies.isEmpty()) {
                    resolvedReply.get().object().get("channel")
                            .flatMap(c -> resolveObject(c, opPointer + "/reply/channel"))
                            .flatMap(c -> Json.object(c.object(), "messages"))
                            .ifPresent(ms -> ms.members().forEach((k, v) -> resolveObject(v, opPointer + "/reply")
                                    .ifPresent(m -> replies.add(m.pointer()))));
                }
                if (replies.size() > 1 || messages.size() > 1) {
                    problems.report(reply.get().location(), "a reply of " + replies.size() + " messages to "
                            + messages.size() + ": busgen pairs one response with one request (the response shares"
                            + " its request's routing key); split the operation");
                    continue;
                }
                if (replies.size() == 1 && messages.size() == 1) {
                    String previous = replyOf.put(replies.get(0), messages.get(0));
                    if (previous != null && !previous.equals(messages.get(0))) {
                        problems.report(reply.get().location(), "the reply message " + replies.get(0) + " answers two"
                                + " requests (" + previous + " and " + messages.get(0) + "): busgen gives each"
                                + " response one request; give each request its own reply message");
                    }
                }
                if (!busgen) {
                    resolvedReply.get().object().get("address").ifPresent(a -> {
                        String location = a instanceof JsonObject o ? Json.string(o, "location").orElse("") : "";
                        if (!location.equals(AsyncApi.REPLY_TO) && !location.equals("$message.header#/replyTo")) {
                            note(a.location(), "the reply address is not imported: busgen replies to the request's"
                                    + " AMQP reply_to");
                        }
                    });
                }
            }
            noteFields(op, opPointer, Set.of("action", "channel", "messages", "reply", "bindings", "summary",
                    "description", "title"), "operation");
        }
        for (Map.Entry<String, JsonValue> member : channels.members().entrySet()) {
            String channelPointer = JsonPointer.append("/channels", member.getKey());
            Optional<Located> channel = resolveObject(member.getValue(), channelPointer);
            if (channel.isEmpty()) {
                continue;
            }
            JsonObject ch = channel.get().object();
            binding(ch, channelPointer, "channel");
            noteFields(ch, channelPointer, Set.of("address", "messages", "bindings", "title", "summary",
                    "description"), "channel");
            List<Located> messages = new ArrayList<>();
            Json.object(ch, "messages").ifPresent(ms -> ms.members().forEach((k, v) -> resolveObject(v,
                    JsonPointer.append(channelPointer + "/messages", k)).ifPresent(messages::add)));
            List<Located> requests = messages.stream().filter(m -> !replyOf.containsKey(m.pointer())).toList();
            if (requests.isEmpty()) {
                continue; // a reply channel
            }
            Optional<JsonValue> address = ch.get("address");
            String key = address.filter(JsonString.class::isInstance).map(a -> ((JsonString) a).value())
                    .orElse(null);
            if (key == null) {
                problems.report(address.map(JsonValue::location).orElse(ch.location()), "a channel without an address"
                        + " carries " + requests.size() + " message(s) that are no operation's reply: busgen needs"
                        + " the routing key; give the channel its address");
                continue;
            }
            addMessages(key, address.get().location(), requests, channelPointer);
        }
        for (Map.Entry<String, String> pair : replyOf.entrySet()) {
            Entry request = entriesByMessage.get(pair.getValue());
            if (request == null) {
                continue; // reported with its channel
            }
            Located response = new Located(pair.getKey(), (JsonObject) at(pair.getKey()));
            if (request.responseEntry == null) {
                Entry entry = new Entry(request.routingKey, true, response.object(), response.pointer());
                request.responseEntry = entry;
                entries.add(entries.indexOf(request) + 1, entry);
            }
        }
        for (Entry entry : entries) {
            List<Integer> values = priorities.getOrDefault(entry.messagePointer, List.of());
            if (!entry.response && !values.isEmpty()) {
                if (values.stream().distinct().count() > 1) {
                    problems.report(priorityPlaces.get(entry.messagePointer).get(1), "the operations of "
                            + entry.routingKey + " give it different priorities " + values + ": busgen publishes a"
                            + " routing key with one priority; make them agree");
                }
                entry.priority = values.get(0);
                entry.priorityAt = priorityPlaces.get(entry.messagePointer).get(0);
            }
        }
    }

    private void readV2() {
        JsonObject channels = objectAt("/channels").orElse(Json.obj().build());
        for (Map.Entry<String, JsonValue> member : channels.members().entrySet()) {
            String channelPointer = JsonPointer.append("/channels", member.getKey());
            Optional<Located> channel = resolveObject(member.getValue(), channelPointer);
            if (channel.isEmpty()) {
                continue;
            }
            JsonObject ch = channel.get().object();
            binding(ch, channelPointer, "channel");
            noteFields(ch, channelPointer, Set.of("publish", "subscribe", "bindings", "description"), "channel");
            List<Located> messages = new ArrayList<>();
            Map<String, Integer> priorities = new HashMap<>();
            Map<String, SourceLocation> places = new HashMap<>();
            for (String action : List.of("publish", "subscribe")) {
                Optional<JsonObject> op = Json.object(ch, action);
                if (op.isEmpty()) {
                    continue;
                }
                String opPointer = channelPointer + "/" + action;
                noteFields(op.get(), opPointer, Set.of("message", "bindings", "summary", "description",
                        "operationId"), "operation");
                Optional<Integer> priority = binding(op.get(), opPointer, "operation")
                        .flatMap(b -> b.get("priority")).map(this::priority);
                Optional<SourceLocation> priorityAt = binding(op.get(), opPointer, "operation")
                        .flatMap(b -> b.get("priority")).map(JsonValue::location);
                Optional<JsonValue> message = op.get().get("message");
                if (message.isEmpty()) {
                    continue;
                }
                List<Located> found = new ArrayList<>();
                Optional<Located> resolved = resolveObject(message.get(), opPointer + "/message");
                if (resolved.isPresent() && resolved.get().object().get("oneOf").orElse(null) instanceof JsonArray one) {
                    for (int i = 0; i < one.elements().size(); i++) {
                        resolveObject(one.elements().get(i), resolved.get().pointer() + "/oneOf/" + i)
                                .ifPresent(found::add);
                    }
                } else {
                    resolved.ifPresent(found::add);
                }
                for (Located m : found) {
                    if (messages.stream().noneMatch(x -> x.pointer().equals(m.pointer()))) {
                        messages.add(m);
                    }
                    if (priority.isPresent() && priority.get() != null) {
                        Integer previous = priorities.put(m.pointer(), priority.get());
                        if (previous != null && !previous.equals(priority.get())) {
                            problems.report(priorityAt.get(), "publish and subscribe give " + member.getKey()
                                    + " different priorities (" + previous + ", " + priority.get() + "): busgen"
                                    + " publishes a routing key with one priority; make them agree");
                        }
                        places.putIfAbsent(m.pointer(), priorityAt.get());
                    }
                }
            }
            if (messages.isEmpty()) {
                continue;
            }
            addMessages(member.getKey(), JsonValues.locate(root, channelPointer), messages, channelPointer);
            for (Entry entry : entries) {
                if (priorities.containsKey(entry.messagePointer) && entry.priority == null) {
                    entry.priority = priorities.get(entry.messagePointer);
                    entry.priorityAt = places.get(entry.messagePointer);
                }
            }
        }
    }

    private void addMessages(String key, SourceLocation keyAt, List<Located> messages, String channelPointer) {
        if (!ROUTING_KEY.matcher(key).matches() || key.length() > 255) {
            problems.report(keyAt, "the address \"" + MessageText.excerpt(key) + "\" is no routing key busgen accepts"
                    + " (dot-separated segments of letters, digits, _ and -, at most 255 characters"
                    + (key.contains("{") ? "; channel parameters are not supported" : "") + "): give the channel"
                    + " the AMQP routing key its messages travel with");
            return;
        }
        if (messages.size() > 1) {
            problems.report(keyAt, "the channel " + MessageText.excerpt(key) + " carries " + messages.size()
                    + " messages: busgen gives each message its own routing key; give each message its own channel");
            return;
        }
        Located message = messages.get(0);
        for (Entry existing : entries) {
            if (!existing.response && existing.routingKey.equals(key)) {
                if (!existing.messagePointer.equals(message.pointer())) {
                    problems.report(keyAt, "two channels have the routing key " + MessageText.excerpt(key) + " with"
                            + " different messages: busgen has one message per routing key; merge them");
                }
                return;
            }
            if (!existing.response && existing.routingKey.equalsIgnoreCase(key)) {
                problems.report(keyAt, "the routing keys " + existing.routingKey + " and " + key + " differ only in"
                        + " case: their files would be one file on macOS and Windows; rename one");
                return;
            }
        }
        Entry entry = new Entry(key, false, message.object(), message.pointer());
        entries.add(entry);
        entriesByMessage.put(message.pointer(), entry);
    }

    // ---- catalog.json ----

    private JsonObject catalogFile() {
        JsonObject info = objectAt("/info").orElse(Json.obj().build());
        Json.Obj catalog = obj();
        if (busgen) {
            for (Map.Entry<String, JsonValue> member : info.members().entrySet()) {
                if (member.getKey().startsWith(AsyncApi.PREFIX)) {
                    String key = AsyncApi.catalogKey(member.getKey());
                    catalog.put(key, member.getValue());
                    if (key.equals("name")) {
                        info.get("title").ifPresent(t -> catalog.put("title", t));
                        info.get("description").ifPresent(d -> catalog.put("description", d));
                    }
                }
            }
            return catalog.build();
        }
        String title = Json.string(info, "title").orElse("Imported from AsyncAPI");
        String name = options.name() != null ? options.name() : slug(title);
        catalog.put("name", name).put("title", title);
        Json.string(info, "description").ifPresent(d -> catalog.put("description", d));
        int max = entries.stream().filter(e -> e.priority != null).mapToInt(e -> e.priority).max().orElse(0);
        if (max > 5) {
            catalog.put("maxPriority", max);
        }
        String javaPackage = options.javaPackage() != null ? options.javaPackage()
                : "com.example." + name.replace("_", "");
        catalog.put("javaPackage", javaPackage);
        if (options.javaPackage() == null) {
            note(info.location(), "the Java package is " + javaPackage + ": choose yours with --java-package");
        }
        if (entries.stream().anyMatch(e -> !DEFAULT_ROUTING_KEY.matcher(e.routingKey).matches())) {
            catalog.put("routingKeyPattern", LOOSE_PATTERN);
        }
        return catalog.build();
    }

    /** A catalogue name from a title: lower-case words joined by {@code _}, starting with a letter. */
    static String slug(String title) {
        String words = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (words.isEmpty() || !Character.isLetter(words.charAt(0))) {
            words = "api" + (words.isEmpty() ? "" : "_" + words);
        }
        return words.length() > 64 ? words.substring(0, 64).replaceAll("_+$", "") : words;
    }

    // ---- entry files ----

    private JsonObject entryFile(Entry entry, Map<String, Map<String, JsonValue>> hoisted) {
        JsonObject message = entry.message;
        String pointer = entry.messagePointer;
        Json.Obj file = obj();
        if (busgen) {
            message.get(AsyncApi.FILE_SCHEMA).ifPresent(s -> file.put("$schema", s));
        } else {
            file.put("$schema", Vocabulary.DRAFT_2020_12);
        }
        file.put("x-routing-key", entry.routingKey).put("x-kind", entry.response ? "response" : "message");
        if (busgen) {
            message.get(AsyncApi.PRIORITY).ifPresent(p -> file.put("x-priority", p));
        } else if (entry.priority != null) {
            file.put("x-priority", entry.priority);
        }
        noteMessage(message, pointer);
        Optional<JsonValue> payloadValue = message.get("payload");
        if (payloadValue.isEmpty()) {
            problems.report(message.location(), "the message has no payload: busgen needs its body's schema; add"
                    + " \"payload\"");
            return file.build();
        }
        String format = Json.string(message, "schemaFormat").orElse(null); // AsyncAPI 2.x
        String payloadPointer = pointer + "/payload";
        JsonValue payload = payloadValue.get();
        if (payload instanceof JsonObject p && p.has("schema") && (v3 || p.has("schemaFormat"))) {
            format = Json.string(p, "schemaFormat").orElse(null);
            payloadPointer += "/schema";
            payload = p.get("schema").orElseThrow();
        }
        if (!schemaFormatOk(format, message.get("schemaFormat").or(() -> payloadValue.get() instanceof JsonObject p
                ? p.get("schemaFormat") : Optional.empty()).map(JsonValue::location).orElse(message.location()))) {
            return file.build();
        }
        // a payload that is a $ref to a component is that component's copy
        Set<String> seen = new HashSet<>();
        while (payload instanceof JsonObject p && p.has("$ref") && p.members().size() == 1) {
            Optional<String> target = refPointer(p);
            if (target.isEmpty() || !seen.add(target.get())) {
                break;
            }
            JsonValue there = at(target.get());
            if (there instanceof JsonObject o && o.has("schema") && o.has("schemaFormat")) {
                payloadRoots.add(target.get() + "/schema");
                payloadPointer = target.get() + "/schema";
                payload = o.get("schema").orElseThrow();
            } else if (there != null) {
                payloadRoots.add(components.containsKey(target.get()) ? components.get(target.get()).pointer()
                        : target.get());
                payloadPointer = target.get();
                payload = there;
            } else {
                break;
            }
        }
        String own = payloadPointer;
        entryRoots.put(entry.file(), own);
        JsonValue converted = convert(payload, own, entry.file());
        if (!(converted instanceof JsonObject body)) {
            problems.report(payload.location(), "the payload is " + article(payload) + ": a busgen message's body is"
                    + " an object schema (\"type\": \"object\" with \"properties\")");
            return file.build();
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(body.members());
        members.remove("$schema");
        JsonValue defs = members.remove("$defs");
        if (!members.containsKey("description") && !busgen) {
            Json.string(message, "description").or(() -> Json.string(message, "summary"))
                    .ifPresent(d -> members.put("description", str(d)));
        }
        file.putAll(members);
        if (defs instanceof JsonObject d) {
            hoisted.computeIfAbsent(entry.file(), f -> new LinkedHashMap<>()).putAll(d.members());
        }
        return file.build();
    }

    private boolean schemaFormatOk(@Nullable String format, SourceLocation at) {
        if (format == null || JSON_SCHEMA_FORMAT.matcher(format).matches()
                || ASYNCAPI_FORMAT.matcher(format).matches()) {
            return true;
        }
        problems.report(at, "the schema format \"" + MessageText.excerpt(format) + "\" is not JSON Schema: busgen"
                + " imports JSON Schema (draft-04 to 2020-12) and AsyncAPI's schema format; convert the payload"
                + " (Avro, Protobuf, RAML, OpenAPI) to JSON Schema first");
        return false;
    }

    private JsonObject defsFile(Component component, JsonValue schema) {
        Json.Obj file = obj();
        if (!busgen) {
            file.put("$schema", Vocabulary.DRAFT_2020_12);
        } else if (component.marks() != null) {
            component.marks().get(AsyncApi.FILE_SCHEMA).ifPresent(s -> file.put("$schema", s));
        }
        if (schema instanceof JsonObject object) {
            Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
            members.remove("$schema");
            JsonValue defs = members.remove("$defs");
            file.putAll(members);
            if (defs != null) {
                file.put("$defs", defs);
            }
        } else {
            problems.report(schema.location(), "a shared schema that is " + article(schema) + ": busgen's defs files"
                    + " are schema objects; write {} for true, {\"not\": {}} for false");
        }
        return file.build();
    }

    private static JsonObject withDefs(JsonObject file, @Nullable Map<String, JsonValue> hoisted) {
        if (hoisted == null || hoisted.isEmpty()) {
            return file;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(file.members());
        Map<String, JsonValue> defs = new LinkedHashMap<>();
        if (members.remove("$defs") instanceof JsonObject existing) {
            defs.putAll(existing.members());
        }
        defs.putAll(hoisted);
        members.put("$defs", Json.obj(defs));
        return Json.obj(members);
    }

    // ---- components ----

    private void collectComponents() {
        Optional<JsonObject> schemas = objectAt("/components/schemas");
        if (schemas.isEmpty()) {
            return;
        }
        Set<String> files = new HashSet<>();
        for (Map.Entry<String, JsonValue> member : schemas.get().members().entrySet()) {
            String pointer = JsonPointer.append("/components/schemas", member.getKey());
            JsonValue value = member.getValue();
            JsonObject marks = value instanceof JsonObject o ? o : null;
            String format = marks != null && marks.has("schema") ? Json.string(marks, "schemaFormat").orElse(null)
                    : null;
            JsonValue schema = value;
            String schemaPointer = pointer;
            if (marks != null && marks.has("schema") && (marks.has("schemaFormat") || v3)) {
                if (!schemaFormatOk(format, marks.get("schemaFormat").map(JsonValue::location)
                        .orElse(marks.location()))) {
                    continue;
                }
                schema = marks.get("schema").orElseThrow();
                schemaPointer = pointer + "/schema";
            } else if (marks != null) {
                // marks stand in the schema itself
                Map<String, JsonValue> rest = new LinkedHashMap<>(marks.members());
                rest.keySet().removeIf(k -> k.equals(AsyncApi.FILE) || k.equals(AsyncApi.DEF_OF)
                        || k.equals(AsyncApi.DEF_NAME) || k.equals(AsyncApi.FILE_SCHEMA));
                schema = Json.withMembers(marks, rest);
            }
            String defOf = busgen && marks != null ? Json.string(marks, AsyncApi.DEF_OF).orElse(null) : null;
            String defName = busgen && marks != null ? Json.string(marks, AsyncApi.DEF_NAME).orElse(null) : null;
            String file;
            if (defOf != null && defName != null) {
                file = defOf;
            } else {
                defName = null;
                String named = busgen && marks != null ? Json.string(marks, AsyncApi.FILE).orElse(null) : null;
                String stem = member.getKey().replaceAll("[^A-Za-z0-9._-]", "_");
                if (stem.startsWith(".")) {
                    stem = "_" + stem.substring(1);
                }
                file = named != null && named.matches("defs/[^/]+\\.json") ? named : "defs/" + stem + ".json";
                String free = file;
                while (!files.add(free.toLowerCase(Locale.ROOT))) {
                    free = free.substring(0, free.length() - ".json".length()) + "_.json";
                }
                file = free;
            }
            Component component = new Component(schemaPointer, schema, file, defName, marks);
            components.put(schemaPointer, component);
            if (!schemaPointer.equals(pointer)) {
                components.put(pointer, component);
            }
        }
    }

    // ---- schemas ----

    /** A schema of the document as a busgen catalogue file has it, in {@code file}. */
    private JsonValue convert(JsonValue schema, String pointer, String file) {
        return SchemaTree.map(schema, (object, relative) -> rewrite(object, pointer + relative, file));
    }

    private JsonObject rewrite(JsonObject schema, String pointer, String file) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        JsonValue items = schema.get("items").orElse(null);
        for (Map.Entry<String, JsonValue> member : schema.members().entrySet()) {
            String key = member.getKey();
            JsonValue value = member.getValue();
            SourceLocation at = value.location();
            switch (key) {
                case "$ref" -> members.put("$ref", str(catalogueRef(schema, (JsonString) value, file)));
                case "definitions" -> members.put("$defs", value);
                case "dependencies" -> {
                    if (value instanceof JsonObject deps) {
                        Map<String, JsonValue> required = new LinkedHashMap<>();
                        Map<String, JsonValue> schemas = new LinkedHashMap<>();
                        deps.members().forEach((k, v) -> (v instanceof JsonArray ? required : schemas).put(k, v));
                        if (!required.isEmpty()) {
                            members.put("dependentRequired", Json.obj(required));
                        }
                        if (!schemas.isEmpty()) {
                            members.put("dependentSchemas", Json.obj(schemas));
                        }
                    }
                }
                case "items" -> members.put(value instanceof JsonArray ? "prefixItems" : "items", value);
                case "additionalItems" -> {
                    if (items instanceof JsonArray) {
                        members.put("items", value);
                    } else {
                        note(at, "\"additionalItems\" beside an \"items\" schema has no effect; not imported");
                    }
                }
                case "exclusiveMinimum", "exclusiveMaximum" -> {
                    if (value instanceof JsonBoolean exclusive) {
                        // draft-04: a flag on minimum/maximum
                        String bound = key.equals("exclusiveMinimum") ? "minimum" : "maximum";
                        if (exclusive.value() && schema.get(bound).orElse(null) instanceof JsonNumber limit) {
                            members.put(key, limit);
                            members.remove(bound);
                        }
                    } else {
                        members.put(key, value);
                    }
                }
                case "minimum", "maximum" -> {
                    String flag = key.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
                    if (!(schema.get(flag).orElse(null) instanceof JsonBoolean b && b.value())) {
                        members.put(key, value);
                    }
                }
                case "nullable" -> {
                    if (value instanceof JsonBoolean b && b.value()) {
                        JsonValue type = members.containsKey("type") ? members.get("type")
                                : schema.get("type").orElse(null);
                        if (type instanceof JsonString t) {
                            members.put("type", Json.arr(t, str("null")));
                        } else {
                            note(at, "\"nullable\" without a single \"type\" is not imported: write"
                                    + " \"type\": [..., \"null\"]");
                        }
                    }
                }
                case "type" -> {
                    if (!members.containsKey("type")) {
                        members.put(key, value);
                    }
                }
                case "example" -> members.put("examples", Json.arr(value));
                case "$schema" -> {
                    if (!pointer.endsWith("/payload") && !pointer.endsWith("/schema")
                            && !pointer.startsWith("/components/schemas/")) {
                        note(at, "\"$schema\" inside a schema is not imported");
                    }
                }
                case "x-busgen-java-name", "x-busgen-java-type", "x-busgen-envelope", "x-busgen-body",
                        "x-busgen-enum-descriptions" ->
                        members.put("x-" + key.substring(AsyncApi.PREFIX.length()), value);
                case AsyncApi.REF, AsyncApi.FILE, AsyncApi.DEF_OF, AsyncApi.DEF_NAME, AsyncApi.FILE_SCHEMA -> {
                    if (!busgen) {
                        note(at, "\"" + key + "\" is not imported");
                    }
                }
                default -> {
                    if (keywords.contains(key) && !key.startsWith("x-")) {
                        members.put(key, value);
                    } else {
                        note(at, "\"" + MessageText.excerpt(key) + "\" has no place in a busgen schema; not imported"
                                + (key.startsWith("x-") ? "" : " (docs/schema-dialect.md lists the keywords)"));
                    }
                }
            }
        }
        return Json.withMembers(schema, members);
    }

    /** The reference a catalogue file writes for a $ref of the document. */
    private String catalogueRef(JsonObject schema, JsonString ref, String file) {
        Optional<String> pointer = refPointer(schema);
        if (pointer.isEmpty()) {
            return ref.value();
        }
        String target = pointer.get();
        // a schema's own definitions, where the document's bundlers put them
        String ownPrefix = entryRoots.get(file);
        Optional<String> path = Optional.empty();
        for (String defs : List.of("/definitions/", "/$defs/", "/schema/definitions/", "/schema/$defs/")) {
            int index = target.indexOf(defs);
            if (index > 0 && JsonPointer.tokens(target.substring(index + defs.length() - 1)).size() == 1) {
                String owner = target.substring(0, index);
                String name = JsonPointer.tokens(target.substring(index + defs.length() - 1)).get(0);
                if (owner.equals(ownPrefix)) {
                    path = Optional.of(file + "#" + JsonPointer.append("/$defs", name));
                } else if (components.containsKey(owner)) {
                    referenced.add(components.get(owner).pointer());
                    path = Optional.of(components.get(owner).file() + "#" + JsonPointer.append("/$defs", name));
                }
                break;
            }
        }
        if (path.isEmpty() && components.containsKey(target)) {
            Component component = components.get(target);
            referenced.add(component.pointer());
            path = Optional.of(component.file() + "#" + (component.defName() == null ? ""
                    : JsonPointer.append("/$defs", component.defName())));
        }
        if (path.isEmpty()) {
            problems.report(ref.location(), "the reference \"" + MessageText.excerpt(ref.value()) + "\" points where"
                    + " busgen cannot name a schema: a catalogue refers to shared schemas (components/schemas) and"
                    + " their definitions; move the schema into components/schemas");
            return ref.value();
        }
        String canonical = AsyncApiExport.canonicalRef(file, path.get());
        if (busgen) {
            Optional<String> original = Json.string(schema, AsyncApi.REF);
            if (original.isPresent()) {
                return original.get();
            }
        }
        return canonical;
    }

    /** The document pointer a schema's $ref names; empty (reported) when it leaves the document. */
    private Optional<String> refPointer(JsonObject schema) {
        JsonValue ref = schema.get("$ref").orElseThrow();
        if (!(ref instanceof JsonString text)) {
            problems.report(ref.location(), "\"$ref\" is " + article(ref) + ": write a reference such as"
                    + " \"#/components/schemas/Name\"");
            return Optional.empty();
        }
        if (!text.value().startsWith("#")) {
            problems.report(ref.location(), "the reference \"" + MessageText.excerpt(text.value()) + "\" leaves the"
                    + " document: busgen reads one document and never the network; bundle it first (the AsyncAPI"
                    + " CLI's 'asyncapi bundle')");
            return Optional.empty();
        }
        String pointer = percentDecoded(text.value().substring(1));
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            problems.report(ref.location(), "the reference \"" + MessageText.excerpt(text.value()) + "\" names an"
                    + " anchor: write a JSON pointer such as \"#/components/schemas/Name\"");
            return Optional.empty();
        }
        if (JsonValues.at(root, pointer) == null) {
            problems.report(ref.location(), "the reference \"" + MessageText.excerpt(text.value()) + "\" points at"
                    + " nothing in the document: fix the pointer");
            return Optional.empty();
        }
        return Optional.of(pointer);
    }

    private static String percentDecoded(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }

    // ---- what has no place ----

    private void noteUnplaced() {
        for (String key : List.of("servers", "id", "tags", "externalDocs")) {
            root.get(key).ifPresent(v -> note(v.location(), "the document's " + key + " " + (v instanceof JsonObject o
                    && key.equals("servers") ? o.members().keySet().toString() + " " : "")
                    + (key.endsWith("s") ? "have" : "has") + " no place in a catalogue; not imported"));
        }
        objectAt("/components").ifPresent(c -> c.members().forEach((k, v) -> {
            if (!k.equals("schemas") && !k.equals("messages") && !(busgen && k.equals("x-busgen"))) {
                boolean used = k.equals("operations") || k.equals("channels") || k.equals("parameters")
                        || k.equals("correlationIds") || k.equals("replies") || k.equals("replyAddresses")
                        || k.endsWith("Bindings");
                if (!used) {
                    note(v.location(), "components/" + k + " have no place in a catalogue; not imported");
                }
            }
        }));
        if (!busgen) {
            objectAt("/info").ifPresent(info -> info.members().forEach((k, v) -> {
                if (!k.equals("title") && !k.equals("description")) {
                    note(v.location(), "info." + k + " has no place in a catalogue; not imported");
                }
            }));
        }
    }

    private void noteMessage(JsonObject message, String pointer) {
        if (busgen) {
            return;
        }
        noteFields(message, pointer, Set.of("payload", "schemaFormat", "name", "title", "summary", "description",
                "contentType", "bindings", "messageId", "correlationId"), "message");
        binding(message, pointer, "message");
        Json.string(message, "contentType").or(() -> Json.string(root, "defaultContentType"))
                .filter(t -> !t.equals("application/json") && !t.endsWith("+json"))
                .ifPresent(t -> note(message.location(), "the content type " + MessageText.excerpt(t) + " is not"
                        + " imported: busgen bodies are UTF-8 JSON"));
    }

    private void noteFields(JsonObject object, String pointer, Set<String> used, String what) {
        if (busgen) {
            return;
        }
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!used.contains(member.getKey())) {
                note(member.getValue().location(), "the " + what + "'s " + MessageText.excerpt(member.getKey())
                        + (member.getKey().equals("headers") ? " (busgen's envelope comes from x-envelope fields)"
                        : member.getKey().equals("traits") ? " (not applied: merge them into the " + what + " first)"
                        : "") + (member.getKey().endsWith("s") ? " have" : " has")
                        + " no place in a catalogue; not imported");
            }
        }
    }

    /** The AMQP binding of an object, when it has one; other protocols' bindings are noted. */
    private Optional<JsonObject> binding(JsonObject owner, String pointer, String what) {
        Optional<Located> bindings = owner.get("bindings").flatMap(b -> resolveObject(b, pointer + "/bindings"));
        if (bindings.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonObject> amqp = Optional.empty();
        for (Map.Entry<String, JsonValue> member : bindings.get().object().members().entrySet()) {
            if (member.getKey().equals("amqp")) {
                amqp = resolveObject(member.getValue(), bindings.get().pointer() + "/amqp").map(Located::object);
            } else if (!busgen) {
                note(member.getValue().location(), "the " + member.getKey() + " " + what + " binding has no place in a"
                        + " catalogue (busgen speaks AMQP); not imported");
            }
        }
        if (amqp.isPresent() && !busgen) {
            Set<String> used = switch (what) {
                case "operation" -> Set.of("priority", "bindingVersion");
                case "channel" -> Set.of("is", "bindingVersion");
                default -> Set.of("bindingVersion", "contentEncoding", "messageType");
            };
            for (Map.Entry<String, JsonValue> member : amqp.get().members().entrySet()) {
                if (!used.contains(member.getKey())) {
                    note(member.getValue().location(), "the AMQP " + what + " binding's "
                            + MessageText.excerpt(member.getKey()) + " is not imported: the broker topology is"
                            + " busgen's runtime's (docs/asyncapi.md)");
                }
            }
        }
        return amqp;
    }

    private @Nullable Integer priority(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.value().compareTo(BigDecimal.ONE) >= 0
                && number.value().compareTo(BigDecimal.valueOf(255)) <= 0) {
            return number.value().intValueExact();
        }
        problems.report(value.location(), "the priority " + MessageText.excerpt(JsonValues.toJson(value)) + " is not"
                + " one busgen has: priorities are whole numbers from 1 (lowest) to 255");
        return null;
    }

    // ---- the document ----

    private record Located(String pointer, JsonObject object) {}

    /** An object, following $refs within the document; empty (reported) when one cannot be followed. */
    private Optional<Located> resolveObject(JsonValue value, String pointer) {
        JsonValue current = value;
        String at = pointer;
        for (int hops = 0; hops <= MAX_REF_HOPS; hops++) {
            if (!(current instanceof JsonObject object)) {
                problems.report(current.location(), "expected an object here, found " + article(current));
                return Optional.empty();
            }
            if (!object.has("$ref")) {
                return Optional.of(new Located(at, object));
            }
            Optional<String> target = refPointer(object);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            at = target.get();
            current = at(at);
        }
        problems.report(value.location(), "more than " + MAX_REF_HOPS + " references in a row (or a loop of them):"
                + " point at the object itself");
        return Optional.empty();
    }

    private @Nullable JsonValue at(String pointer) {
        return JsonValues.at(root, pointer);
    }

    private Optional<JsonObject> objectAt(String pointer) {
        return at(pointer) instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    }

    private void note(SourceLocation at, String message) {
        Problem note = Problem.advice(Problem.Level.INFORMATION, at, message);
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    private static String article(JsonValue value) {
        return switch (value.typeName()) {
            case "object" -> "an object";
            case "array" -> "an array";
            case "integer" -> "an integer";
            default -> "a " + value.typeName();
        };
    }
}
