package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.BrokerTopology;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.Suggestions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@code catalog.json}'s {@code broker}: the RabbitMQ topology of the catalogue. */
final class BrokerReader {

    static final List<String> KEYS = List.of("namespace", "delays", "workBindings", "broadcastBindings");

    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern DELAY_NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern TOPIC_PATTERN =
            Pattern.compile("(\\*|#|[A-Za-z0-9_-]+)(\\.(\\*|#|[A-Za-z0-9_-]+))*");
    /** AMQP's short strings: queue, exchange and binding names. */
    private static final int SHORT_STRING = 255;
    /** The longest delay: {@code x-message-ttl} and the {@code delay} header are 32-bit signed on the way. */
    private static final long MAX_DELAY = Integer.MAX_VALUE;
    /** The longest namespace, so that {@code <ns>.delay.<name>} has room. */
    private static final int MAX_NAMESPACE = 200;

    private final Problems problems;

    BrokerReader(Problems problems) {
        this.problems = problems;
    }

    Optional<BrokerTopology> read(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            problems.report(value.location(), "\"broker\" must be an object, not " + value.typeName() + ": write"
                    + " \"broker\": {\"namespace\": \"orders\"} or leave it out for Infrahub's topology");
            return Optional.empty();
        }
        boolean ok = true;
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!KEYS.contains(member.getKey())) {
                String message = "unknown key \"" + MessageText.excerpt(member.getKey()) + "\" in \"broker\"";
                Optional<String> nearest = Suggestions.nearest(member.getKey(), KEYS);
                problems.report(member.getValue().location(), nearest.map(s -> message + ": did you mean \"" + s
                        + "\"?").orElse(message + ": the keys are " + String.join(", ", KEYS)));
                ok = false;
            }
        }
        String namespace = namespace(object.members().get("namespace"));
        Map<String, Long> delays = delays(object.members().get("delays"), namespace);
        List<String> work = bindings(object.members().get("workBindings"), "workBindings",
                BrokerTopology.DEFAULT_WORK_BINDINGS);
        List<String> broadcasts = bindings(object.members().get("broadcastBindings"), "broadcastBindings",
                BrokerTopology.DEFAULT_BROADCAST_BINDINGS);
        if (!ok || (object.has("namespace") && namespace == null) || delays == null || work == null
                || broadcasts == null) {
            return Optional.empty();
        }
        return Optional.of(new BrokerTopology(namespace, delays, work, broadcasts));
    }

    private @Nullable String namespace(@Nullable JsonValue value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            problems.report(value.location(), "\"namespace\" must be a string, not " + value.typeName()
                    + ": write \"namespace\": \"orders\"");
            return null;
        }
        if (!NAMESPACE.matcher(s.value()).matches() || s.value().length() > MAX_NAMESPACE) {
            problems.report(value.location(), "namespace \"" + MessageText.excerpt(s.value()) + "\" must be at most "
                    + MAX_NAMESPACE + " characters of dot-separated letters, digits, '_' and '-': it prefixes"
                    + " exchange and queue names, such as \"orders\"");
            return null;
        }
        return s.value();
    }

    private @Nullable Map<String, Long> delays(@Nullable JsonValue value, @Nullable String namespace) {
        if (value == null) {
            return BrokerTopology.DEFAULT_DELAYS;
        }
        if (!(value instanceof JsonObject object)) {
            problems.report(value.location(), "\"delays\" must be an object of delay names to milliseconds, not "
                    + value.typeName() + ": write \"delays\": {\"five_seconds\": 5000}");
            return null;
        }
        Map<String, Long> delays = new LinkedHashMap<>();
        Map<Long, String> byMillis = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            String name = member.getKey();
            JsonValue delay = member.getValue();
            int queueLength = (namespace == null ? MAX_NAMESPACE : namespace.length()) + ".delay.".length()
                    + name.getBytes(StandardCharsets.UTF_8).length;
            if (!DELAY_NAME.matcher(name).matches() || queueLength > SHORT_STRING) {
                problems.report(delay.location(), "delay name \"" + MessageText.excerpt(name) + "\" must be lower"
                        + " case letters, digits and '_' (it names the queue <namespace>.delay.<name>, at most "
                        + SHORT_STRING + " bytes), such as \"five_seconds\"");
                ok = false;
                continue;
            }
            if (!(delay instanceof JsonNumber n) || !n.isIntegral() || n.value().compareTo(BigDecimal.ONE) < 0
                    || n.value().compareTo(BigDecimal.valueOf(MAX_DELAY)) > 0) {
                problems.report(delay.location(), "delay \"" + name + "\" must be a whole number of milliseconds"
                        + " from 1 to " + MAX_DELAY + ", not " + MessageText.excerpt(JsonValues.toJson(delay))
                        + ": write \"" + name + "\": 5000");
                ok = false;
                continue;
            }
            long millis = n.value().longValueExact();
            String same = byMillis.putIfAbsent(millis, name);
            if (same != null) {
                problems.report(delay.location(), "delays \"" + same + "\" and \"" + name + "\" are both " + millis
                        + " ms: a delayed message is routed by its delay, so both queues would get it; remove one");
                ok = false;
                continue;
            }
            delays.put(name, millis);
        }
        return ok ? delays : null;
    }

    private @Nullable List<String> bindings(@Nullable JsonValue value, String key, List<String> fallback) {
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof JsonArray array)) {
            problems.report(value.location(), "\"" + key + "\" must be an array of topic patterns, not "
                    + value.typeName() + ": write \"" + key + "\": [\"orders.*.*\"]");
            return null;
        }
        List<String> patterns = new ArrayList<>();
        boolean ok = true;
        for (JsonValue element : array.elements()) {
            if (!(element instanceof JsonString s) || !TOPIC_PATTERN.matcher(s.value()).matches()
                    || s.value().length() > SHORT_STRING) {
                String shown = element instanceof JsonString s ? "\"" + MessageText.excerpt(s.value()) + "\""
                        : "(" + element.typeName() + ")";
                problems.report(element.location(), shown + " in \"" + key + "\" is not a topic pattern: write"
                        + " dot-separated words, '*' (one word) or '#' (any words), at most " + SHORT_STRING
                        + " characters, such as \"orders.*.*\"");
                ok = false;
            } else if (patterns.contains(s.value())) {
                problems.report(element.location(), "\"" + s.value() + "\" is named twice in \"" + key + "\": remove"
                        + " one");
                ok = false;
            } else {
                patterns.add(s.value());
            }
        }
        return ok ? patterns : null;
    }
}
