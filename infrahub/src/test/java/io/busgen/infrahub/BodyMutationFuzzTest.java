package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Kind;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random byte and JSON mutations of the wire vectors' bodies ({@code testdata/vectors/}), decoded with the generated
 * Infrahub classes: {@code decode} gives a value or a {@link DecodeException} with a reason, {@code decodeValidated}
 * a value or a {@link ValidationException} with violations, {@code VALIDATOR.validate} a list of violations, and the
 * validator reports no violation exactly when {@code decodeValidated} succeeds. Never any other exception, never
 * "internal error"; a generous time-out per input guards against hangs (it is not a performance assertion).
 *
 * <p>Seeded: {@code -Dbusgen.fuzz.seed=N} replays a run, {@code -Dbusgen.fuzz.bodies=N} sets how many mutations
 * (default 5,000), {@code -Dbusgen.fuzz.case=I} runs mutation I alone.
 */
class BodyMutationFuzzTest {

    private static final long SEED = Long.getLong("busgen.fuzz.seed", 20261203L);
    private static final int CASES = Integer.getInteger("busgen.fuzz.bodies", 5_000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] INSERTS = {"{}", "[]", "null", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"",
        "1e999999999", "-0", "-0.0", "1.0", "9223372036854775808", "-9223372036854775809", "1e400", "1e-400",
        "\"", ",", ":", "{", "}", "[", "]", "\\", "\u0000", "\uFEFF", "true", "\"a\":1,", "0.1e1", "é", "💥"};

    /** What only Jackson's own messages hold: busgen's messages are in its own words (JsonParseError). */
    private static final String[] JACKSONS_WORDS = {"Source:", "REDACTED", "StreamReadFeature", "#UNKNOWN",
        "tools.jackson", "end-of-input", "Unexpected", "Unrecognized", "(code "};

    /** One vector body, with the type its routing key names. */
    private record Subject(String id, EntryAdapter<?> adapter, Validator validator, String body) {}

    @Test
    void mutatedBodiesGetTypedResultsAndValidationAgreesWithDecoding() throws Exception {
        List<Subject> subjects = subjects();
        Integer only = Integer.getInteger("busgen.fuzz.case");
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "body-fuzz");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int index = 0; index < CASES; index++) {
                if (only != null && only != index) {
                    continue;
                }
                Random random = new Random(SEED * 1_000_003L + index);
                Subject subject = subjects.get(random.nextInt(subjects.size()));
                String[] mutation = new String[1];
                byte[] body = mutate(subject.body(), random, mutation);
                String replay = "seed " + SEED + ", case " + index + " (-Dbusgen.fuzz.seed=" + SEED
                        + " -Dbusgen.fuzz.case=" + index + "): " + subject.id() + ", " + mutation[0] + ": "
                        + shorten(new String(body, StandardCharsets.UTF_8));
                Future<?> check = runner.submit(() -> check(subject, body, replay));
                try {
                    check.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    check.cancel(true);
                    fail(replay + ": no result within 20 s (a hang guard, not a performance target)");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AssertionError assertion) {
                        throw assertion;
                    }
                    throw new AssertionError(replay + ": " + e.getCause(), e.getCause());
                }
            }
        } finally {
            runner.shutdownNow();
        }
    }

    private static void check(Subject subject, byte[] body, String replay) {
        try {
            subject.adapter().decode(body);
        } catch (DecodeException e) {
            assertThat(e.reason()).as(replay).isNotNull();
            assertThat(e.getMessage()).as(replay).isNotBlank().doesNotContain("internal error")
                    .doesNotContain(JACKSONS_WORDS);
        }
        List<Violation> violations = subject.validator().validate(body);
        for (Violation violation : violations) {
            assertThat(violation.message()).as(replay).isNotBlank().doesNotContain("internal error")
                    .doesNotContain(JACKSONS_WORDS);
        }
        Object tree;
        try {
            tree = JsonTree.parse(body, DecodeOptions.DEFAULTS);
        } catch (DecodeException e) {
            tree = e; // not JSON, or beyond a limit: the validator says so in one violation, checked below
        }
        if (!(tree instanceof DecodeException)) {
            assertThat(violations).as(replay + ": the streaming pass lists what validating the tree lists")
                    .isEqualTo(subject.validator().validate(tree));
        }
        boolean decoded;
        try {
            subject.adapter().decodeValidated(body, subject.validator());
            decoded = true;
        } catch (ValidationException e) {
            assertThat(e.violations()).as(replay + ": a refusal lists its violations").isNotEmpty();
            if (!violations.isEmpty()) {
                assertThat(e.violations()).as(replay + ": decodeValidated lists the validator's violations")
                        .isEqualTo(violations);
            }
            decoded = false;
        }
        assertThat(decoded).as(replay + ": the validator reports no violation exactly when decodeValidated succeeds;"
                + " violations: " + violations).isEqualTo(violations.isEmpty());
    }

    private static List<Subject> subjects() throws ReflectiveOperationException {
        List<Subject> subjects = new ArrayList<>();
        for (String file : List.of("wire-valid.jsonl", "wire-decode.jsonl", "wire-invalid.jsonl")) {
            for (JsonNode vector : WireVectors.read(file)) {
                Kind kind = vector.get("kind").asString().equals("response") ? Kind.RESPONSE : Kind.MESSAGE;
                EntryAdapter<?> adapter = InfrahubCatalog.INSTANCE.find(vector.get("routing_key").asString(), kind)
                        .orElseThrow();
                Validator validator = (Validator) adapter.type().getField("VALIDATOR").get(null);
                String body = (vector.has("body") ? vector.get("body") : vector.get("input")).asString();
                subjects.add(new Subject(vector.get("id").asString(), adapter, validator, body));
            }
        }
        return subjects;
    }

    private static byte[] mutate(String body, Random random, String[] description) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                JsonNode root;
                try {
                    root = WireVectors.JSON.readTree(bytes);
                } catch (RuntimeException e) {
                    description[0] = "unparsable vector, as it is";
                    return bytes;
                }
                description[0] = mutateJson(root, random);
                return WireVectors.JSON.writeValueAsBytes(root);
            }
            case 2 -> {
                // The same key twice: a random value first, the vector's own value last (or the other way round).
                List<String> keys = new ArrayList<>();
                for (int i = body.indexOf("\":"); i > 0; i = body.indexOf("\":", i + 1)) {
                    keys.add(body.substring(body.lastIndexOf('"', i - 1), i + 2));
                }
                if (keys.isEmpty()) {
                    description[0] = "no key, as it is";
                    return bytes;
                }
                String key = keys.get(random.nextInt(keys.size()));
                String value = randomValue(random, List.of()).toString();
                int at = body.indexOf(key);
                description[0] = "duplicate " + key + value;
                String mutated = random.nextBoolean()
                        ? body.substring(0, at) + key + value + "," + body.substring(at)
                        : body.substring(0, at) + key + body.substring(at + key.length()).replaceFirst(
                                "^", java.util.regex.Matcher.quoteReplacement(value + "," + key));
                return mutated.getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                int at = random.nextInt(bytes.length + 1);
                String insert = INSERTS[random.nextInt(INSERTS.length)];
                description[0] = "inserted " + insert + " at " + at;
                byte[] add = insert.getBytes(StandardCharsets.UTF_8);
                byte[] grown = new byte[bytes.length + add.length];
                System.arraycopy(bytes, 0, grown, 0, at);
                System.arraycopy(add, 0, grown, at, add.length);
                System.arraycopy(bytes, at, grown, at + add.length, bytes.length - at);
                return grown;
            }
            case 4 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
                description[0] = "byte " + at + " set";
                return bytes;
            }
            default -> {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(20));
                description[0] = "bytes " + from + " to " + to + " deleted";
                byte[] cut = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, cut, 0, from);
                System.arraycopy(bytes, to, cut, from, bytes.length - to);
                return cut;
            }
        }
    }

    private static String mutateJson(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return "a scalar body, as it is";
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = randomValue(random, containers);
        if (target instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>(object.propertyNames());
            int choice = random.nextInt(3);
            if (choice == 0 && !keys.isEmpty()) {
                String key = keys.get(random.nextInt(keys.size()));
                object.remove(key);
                return "removed " + key;
            }
            String key = choice == 1 && !keys.isEmpty() ? keys.get(random.nextInt(keys.size()))
                    : List.of("unknown", "", "meta", "kind", "💥").get(random.nextInt(5));
            object.set(key, value);
            return "set " + key + " to " + shorten(value.toString());
        }
        ArrayNode array = (ArrayNode) target;
        if (!array.isEmpty() && random.nextBoolean()) {
            int at = random.nextInt(array.size());
            array.set(at, value);
            return "element " + at + " set to " + shorten(value.toString());
        }
        array.add(value);
        return "added " + shorten(value.toString());
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static JsonNode randomValue(Random random, List<JsonNode> containers) {
        return switch (random.nextInt(containers.isEmpty() ? 16 : 18)) {
            case 0 -> NODES.stringNode("");
            case 1 -> NODES.stringNode("x".repeat(random.nextInt(100)));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(new java.math.BigInteger("9223372036854775808"));
            case 5 -> NODES.numberNode(1.5);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.nullNode();
            case 8 -> NODES.arrayNode();
            case 9 -> NODES.objectNode();
            case 10 -> NODES.numberNode(new java.math.BigDecimal("1.0"));
            case 11 -> NODES.stringNode(List.of("all", "artifact", "ALL", "2026-12-03T00:00:00Z", "main",
                    "not-a-uuid").get(random.nextInt(6)));
            case 12 -> NODES.numberNode(random.nextInt(20) - 5);
            case 13 -> {
                ArrayNode deep = NODES.arrayNode();
                ArrayNode at = deep;
                for (int i = 0; i < 10 + random.nextInt(70); i++) {
                    at = at.addArray();
                }
                yield deep;
            }
            case 14 -> NODES.numberNode(new java.math.BigDecimal("-0.0"));
            case 15 -> NODES.stringNode("\ud83d\ude00");
            default -> containers.get(random.nextInt(containers.size())).deepCopy();
        };
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
