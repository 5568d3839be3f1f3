package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problems;
import io.busgen.runtime.Kind;
import io.busgen.runtime.internal.EcmaPattern;
import io.busgen.runtime.internal.EcmaRegex;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of message and response files: what their {@code x-routing-key}, {@code x-kind} and {@code x-priority}
 * say, each file on its own and between files (unique keys, a message for every response), and the catalogue's
 * routing-key rule ({@code routingKeyPattern}).
 */
final class EntryRules {

    /** A message or response file, with what its x- keywords say. */
    record Entry(CatalogFile file, Kind kind, String routingKey, @Nullable Integer declaredPriority) {}

    /** What every routing key must be, whatever the catalogue's pattern: a file name, and a key AMQP carries. */
    private static final Pattern ROUTING_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    /** AMQP's limit on a routing key (a short string). */
    private static final int MAX_ROUTING_KEY_BYTES = 255;
    /**
     * The steps a backtracking {@code routingKeyPattern} may take on one key (at most 255 characters): ample for any
     * sensible pattern, and a bound on a hostile one.
     */
    private static final long ROUTING_KEY_PATTERN_STEPS = 1_000_000;

    private final CatalogInfo info;
    private final Set<String> unreadable;
    private final Problems problems;
    private final EcmaPattern routingKeyPattern;

    /**
     * @param unreadable the paths of schema files that could not be read (already reported: a response whose message
     *     is among them is not reported again)
     */
    EntryRules(CatalogInfo info, Set<String> unreadable, Problems problems) {
        this.info = info;
        this.unreadable = unreadable;
        this.problems = problems;
        this.routingKeyPattern = EcmaPattern.compile(info.routingKeyPattern());
    }

    /** Why a routing key is refused: the rule every key keeps, then the catalogue's {@code routingKeyPattern}. */
    private Optional<String> routingKeyProblem(String key) {
        String shown = "routing key \"" + (key.length() <= MAX_ROUTING_KEY_BYTES ? key : MessageText.excerpt(key))
                + "\"";
        if (!ROUTING_KEY.matcher(key).matches()) {
            return Optional.of(shown + " must be segments of letters, digits, '_' and '-' separated by single dots"
                    + " (it names the schema file and travels as an AMQP routing key): fix the key");
        }
        if (key.length() > MAX_ROUTING_KEY_BYTES) {
            return Optional.of(shown + " has " + key.length() + " characters, more than AMQP's "
                    + MAX_ROUTING_KEY_BYTES + ": use a shorter key");
        }
        if (routingKeyPattern.test(key, ROUTING_KEY_PATTERN_STEPS).equals(EcmaPattern.Outcome.MATCH)) {
            return Optional.empty();
        }
        if (info.routingKeyPattern().equals(CatalogInfo.DEFAULT_ROUTING_KEY_PATTERN)) {
            return Optional.of(shown + " must be three lower-case segments domain.subdomain.action (letters, digits"
                    + " and '_'): fix the key, or set \"routingKeyPattern\" in catalog.json to the rule of your bus");
        }
        return Optional.of(shown + " does not match the catalogue's \"routingKeyPattern\" "
                + EcmaRegex.quote(info.routingKeyPattern()) + ": fix the key, or the pattern in catalog.json");
    }

    /** Reads an entry file's x- keywords, reporting what is wrong; the entry keeps what could be read. */
    Entry read(CatalogFile file, Kind kind) {
        Schema root = file.document().root();
        if (root.isBooleanSchema() || !root.allowsOnly(JsonType.OBJECT)) {
            problems.report(root.location(), "a " + kind.wireName() + " schema must describe an object: add"
                    + " \"type\": \"object\" with its \"properties\"");
        }
        String routingKey = file.stem();
        JsonValue declaredKey = root.extensions().get("x-routing-key");
        if (declaredKey == null) {
            problems.report(root.location(), "a " + kind.wireName() + " needs \"x-routing-key\": add"
                    + " \"x-routing-key\": \"" + file.stem() + "\"");
        } else {
            String key = ((JsonString) declaredKey).value();
            Optional<String> refused = routingKeyProblem(key);
            if (refused.isPresent()) {
                problems.report(declaredKey.location(), refused.get());
            } else if (!key.equals(file.stem())) {
                problems.report(declaredKey.location(), "routing key \"" + key + "\" does not match the file name \""
                        + file.stem() + ".json\": rename the file to " + key + ".json or fix the key");
                routingKey = key;
            }
        }
        JsonValue declaredKind = root.extensions().get("x-kind");
        if (declaredKind == null) {
            problems.report(root.location(), "a file in " + CatalogFile.folder(kind) + "/ needs \"x-kind\": add"
                    + " \"x-kind\": \"" + kind.wireName() + "\"");
        } else {
            String value = ((JsonString) declaredKind).value();
            if (!value.equals(Kind.MESSAGE.wireName()) && !value.equals(Kind.RESPONSE.wireName())) {
                problems.report(declaredKind.location(), "\"x-kind\" must be \"message\" or \"response\", not \""
                        + value + "\"");
            } else if (!value.equals(kind.wireName())) {
                Kind other = kind == Kind.MESSAGE ? Kind.RESPONSE : Kind.MESSAGE;
                problems.report(declaredKind.location(), "\"x-kind\" is \"" + value + "\" but the file is in "
                        + CatalogFile.folder(kind) + "/: move it to " + CatalogFile.folder(other) + "/ or write"
                        + " \"x-kind\": \"" + kind.wireName() + "\"");
            }
        }
        JsonValue priority = root.extensions().get("x-priority");
        Integer declaredPriority = null;
        if (priority != null) {
            int value = ((JsonNumber) priority).value().intValue();
            if (kind == Kind.RESPONSE) {
                problems.report(priority.location(), "\"x-priority\" is for messages only: a response is documented"
                        + " with its request's priority and sent with its own meta priority; remove it");
            } else if (value < 1 || value > info.maxPriority()) {
                problems.report(priority.location(), "priority " + value + " is out of range: use 1 (lowest) to "
                        + info.maxPriority() + " (highest, the catalogue's \"maxPriority\")");
            } else {
                declaredPriority = value;
            }
        }
        return new Entry(file, kind, routingKey, declaredPriority);
    }

    /** The rules between entries: unique routing keys, and a message for every response. */
    void checkAcross(List<Entry> entries) {
        checkUniqueRoutingKeys(entries);
        checkPairs(entries);
    }

    private void checkUniqueRoutingKeys(List<Entry> entries) {
        Map<String, Entry> seen = new HashMap<>();
        for (Entry entry : entries) {
            // Keys that differ only in case name files that are one file on macOS and Windows.
            Entry first = seen.putIfAbsent(entry.kind() + " " + entry.routingKey().toLowerCase(Locale.ROOT), entry);
            if (first != null && first.routingKey().equals(entry.routingKey())) {
                problems.report(entry.file().document().root().location(), "routing key \"" + entry.routingKey()
                        + "\" is already used by " + first.file().display() + ": give each " + entry.kind().wireName()
                        + " its own routing key");
            } else if (first != null) {
                problems.report(entry.file().document().root().location(), "routing key \"" + entry.routingKey()
                        + "\" differs only in case from \"" + first.routingKey() + "\" (" + first.file().display()
                        + "), and their files would be one file on macOS and Windows: give each "
                        + entry.kind().wireName() + " a routing key of its own");
            }
        }
    }

    private void checkPairs(List<Entry> entries) {
        Set<String> messageKeys = new java.util.HashSet<>();
        for (Entry entry : entries) {
            if (entry.kind() == Kind.MESSAGE) {
                messageKeys.add(entry.routingKey());
            }
        }
        for (Entry entry : entries) {
            if (entry.kind() == Kind.RESPONSE && !messageKeys.contains(entry.routingKey())
                    && !unreadable.contains(CatalogFile.folder(Kind.MESSAGE) + "/" + entry.routingKey() + ".json")) {
                problems.report(entry.file().document().root().location(), "response \"" + entry.routingKey()
                        + "\" answers no message: add messages/" + entry.routingKey() + ".json or rename the response"
                        + " after the message it answers");
            }
        }
    }

    /** A message's priority, declared or the catalogue's default; a response's, its request's. */
    int priorityOf(Entry entry, List<Entry> entries) {
        if (entry.kind() == Kind.MESSAGE) {
            return entry.declaredPriority() != null ? entry.declaredPriority() : info.defaultPriority();
        }
        for (Entry other : entries) {
            if (other.kind() == Kind.MESSAGE && other.routingKey().equals(entry.routingKey())) {
                return priorityOf(other, entries);
            }
        }
        return info.defaultPriority();
    }
}
