package io.busgen.rabbitmq;

import io.busgen.runtime.BusCatalog;
import io.busgen.runtime.internal.TopicPatterns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The broker topology of a catalogue: the exchanges, queues, arguments and bindings busgen declares, which are
 * Infrahub's by default. It is data in {@code catalog.json} ({@code broker}, docs/schema-dialect.md); {@link
 * #of(BusCatalog)} reads it from the class path.
 *
 * @param namespace the prefix of exchange and shared queue names ({@code infrahub})
 * @param delays the delay queues by name ({@code <namespace>.delay.<name>}), each with its delay in milliseconds
 * @param workBindings the topic patterns that bind the work queue {@code <namespace>.rpcs}
 * @param broadcastBindings the topic patterns that bind each process's events queue: the broadcasts
 */
public record Topology(String namespace, Map<String, Long> delays, List<String> workBindings,
        List<String> broadcastBindings) {

    /** Upstream's delay queues. */
    public static final Map<String, Long> DEFAULT_DELAYS = defaultDelays();

    /** Upstream's work-queue bindings, patterns that match no message of the 1.2 catalogue included. */
    public static final List<String> DEFAULT_WORK_BINDINGS = List.of("check.*.*", "event.*.*", "finalize.*.*",
            "git.*.*", "refresh.webhook.*", "request.*.*", "send.*.*", "schema.*.*", "transform.*.*", "trigger.*.*");

    /** Upstream's broadcast bindings. */
    public static final List<String> DEFAULT_BROADCAST_BINDINGS = List.of("refresh.registry.*", "refresh.git.*");

    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern DELAY_NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern TOPIC = Pattern.compile("(\\*|#|[A-Za-z0-9_-]+)(\\.(\\*|#|[A-Za-z0-9_-]+))*");
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * A topology; the collections are copied.
     *
     * @param namespace the prefix of exchange and shared queue names
     * @param delays the delay queues by name, each with its delay in milliseconds (distinct, 1 to 2147483647)
     * @param workBindings the work queue's topic patterns
     * @param broadcastBindings the broadcast topic patterns
     * @throws IllegalArgumentException when a name, delay or pattern could not be declared
     */
    public Topology {
        Objects.requireNonNull(namespace, "namespace");
        if (!NAMESPACE.matcher(namespace).matches() || namespace.length() > 200) {
            throw new IllegalArgumentException("namespace \"" + namespace + "\" must be at most 200 characters of"
                    + " dot-separated letters, digits, '_' and '-'");
        }
        delays = Collections.unmodifiableMap(new LinkedHashMap<>(delays));
        if (delays.values().stream().distinct().count() != delays.size()) {
            throw new IllegalArgumentException("two delays have the same value " + delays + ": a delayed message"
                    + " is routed by its delay, so both queues would get it");
        }
        delays.forEach((name, millis) -> {
            if (!DELAY_NAME.matcher(name).matches() || millis == null || millis < 1 || millis > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("delay \"" + name + "\" = " + millis + ": a delay's name is"
                        + " lower case letters, digits and '_', its value 1 to " + Integer.MAX_VALUE + " ms");
            }
        });
        workBindings = checkedPatterns(workBindings, "workBindings");
        broadcastBindings = checkedPatterns(broadcastBindings, "broadcastBindings");
    }

    /**
     * Infrahub's topology for a namespace.
     *
     * @param namespace the namespace
     * @return the topology
     */
    public static Topology infrahub(String namespace) {
        return new Topology(namespace, DEFAULT_DELAYS, DEFAULT_WORK_BINDINGS, DEFAULT_BROADCAST_BINDINGS);
    }

    /**
     * The topology {@code catalog.json} states for a catalogue, read from the class path at {@code
     * busgen/catalogs/<name>/catalog.json} (where the bundled catalogues' jar keeps it); Infrahub's topology with the
     * catalogue's name as the namespace when there is no such file.
     *
     * @param catalog the generated catalogue
     * @return its topology
     * @throws IllegalArgumentException when the file is there but its {@code broker} does not read
     */
    public static Topology of(BusCatalog catalog) {
        String resource = "busgen/catalogs/" + catalog.name() + "/catalog.json";
        ClassLoader loader = catalog.getClass().getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return infrahub(catalog.name());
            }
            return fromCatalogJson(in, catalog.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The topology a {@code catalog.json} states: its {@code broker}, each key left out being Infrahub's value, and
     * the namespace the catalogue's {@code name} when it states none. The generator's lint checks the file in full;
     * this reads only what a transport needs.
     *
     * @param catalogJson the file's bytes
     * @param fallbackName the namespace when the file names neither a namespace nor the catalogue
     * @return the topology
     * @throws IllegalArgumentException when the file is not JSON or its {@code broker} does not read
     */
    public static Topology fromCatalogJson(InputStream catalogJson, String fallbackName) {
        String name = fallbackName;
        String namespace = null;
        Map<String, Long> delays = DEFAULT_DELAYS;
        List<String> work = DEFAULT_WORK_BINDINGS;
        List<String> broadcasts = DEFAULT_BROADCAST_BINDINGS;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), catalogJson)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "catalog.json");
            for (String key = p.nextName(); key != null; key = p.nextName()) {
                JsonToken token = p.nextToken();
                if (key.equals("name") && token == JsonToken.VALUE_STRING) {
                    name = p.getString();
                } else if (key.equals("broker")) {
                    expect(token, JsonToken.START_OBJECT, "broker");
                    for (String member = p.nextName(); member != null; member = p.nextName()) {
                        JsonToken value = p.nextToken();
                        switch (member) {
                            case "namespace" -> {
                                expect(value, JsonToken.VALUE_STRING, "broker.namespace");
                                namespace = p.getString();
                            }
                            case "delays" -> delays = delays(p, value);
                            case "workBindings" -> work = strings(p, value, "broker.workBindings");
                            case "broadcastBindings" -> broadcasts = strings(p, value, "broker.broadcastBindings");
                            default -> p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("catalog.json is not JSON: " + e.getOriginalMessage(), e);
        }
        return new Topology(namespace != null ? namespace : name, delays, work, broadcasts);
    }

    private static Map<String, Long> delays(JsonParser p, JsonToken token) {
        expect(token, JsonToken.START_OBJECT, "broker.delays");
        Map<String, Long> delays = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, "broker.delays." + name);
            delays.put(name, p.getLongValue());
        }
        return delays;
    }

    private static List<String> strings(JsonParser p, JsonToken token, String where) {
        expect(token, JsonToken.START_ARRAY, where);
        List<String> values = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.VALUE_STRING, where);
            values.add(p.getString());
        }
        return values;
    }

    private static void expect(@Nullable JsonToken actual, JsonToken expected, String where) {
        if (actual != expected) {
            throw new IllegalArgumentException("catalog.json: " + where + " must be "
                    + switch (expected) {
                        case START_OBJECT -> "an object";
                        case START_ARRAY -> "an array";
                        case VALUE_STRING -> "a string";
                        default -> "a whole number";
                    } + "; run busgen lint on the catalogue");
        }
    }

    private static List<String> checkedPatterns(List<String> patterns, String what) {
        List<String> copy = List.copyOf(patterns);
        for (String pattern : copy) {
            if (!TOPIC.matcher(pattern).matches() || pattern.length() > 255) {
                throw new IllegalArgumentException("\"" + pattern + "\" in " + what + " is not a topic pattern:"
                        + " dot-separated words, '*' or '#'");
            }
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(what + " names a pattern twice: " + copy);
        }
        return copy;
    }

    /**
     * This topology in another namespace: every exchange and shared queue name changes with it.
     *
     * @param newNamespace the namespace
     * @return the topology
     */
    public Topology withNamespace(String newNamespace) {
        return new Topology(newNamespace, delays, workBindings, broadcastBindings);
    }

    /**
     * This topology with other delay queues (a test catalogue's short delays, for instance).
     *
     * @param newDelays the delay queues by name, in milliseconds
     * @return the topology
     */
    public Topology withDelays(Map<String, Long> newDelays) {
        return new Topology(namespace, newDelays, workBindings, broadcastBindings);
    }

    /**
     * The topic exchange every message is published to.
     *
     * @return {@code <namespace>.events}
     */
    public String eventsExchange() {
        return namespace + ".events";
    }

    /**
     * The topic exchange the delay queues dead-letter to.
     *
     * @return {@code <namespace>.dlx}
     */
    public String deadLetterExchange() {
        return namespace + ".dlx";
    }

    /**
     * The headers exchange delayed messages are published to.
     *
     * @return {@code <namespace>.delayed}
     */
    public String delayedExchange() {
        return namespace + ".delayed";
    }

    /**
     * The shared work queue.
     *
     * @return {@code <namespace>.rpcs}
     */
    public String workQueue() {
        return namespace + ".rpcs";
    }

    /**
     * A delay queue's name.
     *
     * @param delayName the delay's name, such as {@code five_seconds}
     * @return {@code <namespace>.delay.<delayName>}
     */
    public String delayQueue(String delayName) {
        return namespace + ".delay." + delayName;
    }

    /**
     * Whether a message with this routing key is a broadcast: it matches a broadcast binding.
     *
     * @param routingKey the routing key
     * @return whether it is a broadcast
     */
    public boolean isBroadcast(String routingKey) {
        return broadcastBindings.stream().anyMatch(p -> topicMatches(p, routingKey));
    }

    /**
     * Whether the work queue receives messages with this routing key: it matches a work binding.
     *
     * @param routingKey the routing key
     * @return whether it is work
     */
    public boolean isWork(String routingKey) {
        return workBindings.stream().anyMatch(p -> topicMatches(p, routingKey));
    }

    /**
     * Whether an AMQP topic pattern matches a routing key, as a topic exchange decides it: {@code *} is exactly one
     * word, {@code #} zero or more.
     *
     * @param pattern the binding pattern
     * @param routingKey the routing key
     * @return whether it matches
     */
    public static boolean topicMatches(String pattern, String routingKey) {
        return TopicPatterns.matches(pattern, routingKey);
    }

    private static Map<String, Long> defaultDelays() {
        Map<String, Long> delays = new LinkedHashMap<>();
        delays.put("five_seconds", 5000L);
        delays.put("ten_seconds", 10000L);
        delays.put("twenty_seconds", 20000L);
        return Collections.unmodifiableMap(delays);
    }
}
