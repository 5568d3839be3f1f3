package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Kind;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import io.busgen.runtime.internal.BodyDecoder;
import io.busgen.runtime.internal.GeneratedValidator;
import io.busgen.runtime.internal.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code decodeValidated} of an invalid body lists every violation in the pass that decodes it: when decoding
 * refuses a value or an object that lacks a property, the generated validator goes on from there
 * ({@link BodyDecoder#decodeOrRefuse}). The list is the one the validator gives reading the body from the start, in
 * the same order; bodies that pass cannot tell (the same key twice, something after the value) are read again.
 */
class OnePassRefusalTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void refusedValuesAnywhereInTheBodyAreListedInOnePass() {
        // Where the benchmark's bodies are invalid, and the ways decoding refuses a value or an object.
        refusedInOnePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR,
                "{\"meta\":{\"correlation_id\":\"c-1\",\"reply_to\":\"amq.gen-reply\"},\"message\":42}",
                "/message: must be a string, not an integer");
        refusedInOnePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR,
                "{\"message\":null,\"meta\":{\"priority\":\"high\",\"retry_count\":1.5}}",
                "/message: must be a string, not null", "/meta/priority: must be an integer, not a string",
                "/meta/retry_count: must be an integer or null, not a number");
        refusedInOnePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR, "{\"meta\":{}}",
                "(root): required property \"message\" is missing");
        refusedInOnePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR, "{\"meta\":[],\"other\":1}",
                "/meta: must be an object, not an array", "(root): required property \"message\" is missing");
        refusedInOnePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR, "[1,2]",
                "(root): must be an object, not an array");
        refusedInOnePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR,
                "{\"meta\":{\"priority\":9223372036854775808},\"message\":\"m\"}",
                "/meta/priority: must be an integer from -9223372036854775808 to 9223372036854775807 (a Java long),"
                        + " not 9223372036854775808");
        refusedInOnePass(CheckGeneratorRun.ADAPTER, CheckGeneratorRun.VALIDATOR, "{\"generator_definition\":"
                + "{\"definition_id\":\"d\",\"convert_query_response\":\"yes\",\"query_models\":[\"a\",7]},"
                + "\"context\":{\"account\":{\"account_id\":\"a\",\"auth_type\":\"nope\"}}}", (String[]) null);
    }

    @Test
    void bodiesThePassCannotSettleAreReadAgainWithTheSameResult() {
        // The same key twice: a tree settles it (the last value counts), as validating from the start does.
        String duplicate = "{\"message\":1,\"meta\":{},\"message\":\"m\"}";
        assertThatThrownBy(() -> onePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR, duplicate))
                .isInstanceOf(DecodeException.class);
        assertThat(SendEchoRequest.decodeValidated(duplicate.getBytes(StandardCharsets.UTF_8)).message())
                .isEqualTo("m");
        // Something after the value: the pass from the start words it.
        String trailing = "{\"message\":1} {}";
        assertThatThrownBy(() -> onePass(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR, trailing))
                .isInstanceOf(DecodeException.class);
        assertThat(refusal(SendEchoRequest.ADAPTER, SendEchoRequest.VALIDATOR, trailing))
                .isEqualTo(SendEchoRequest.VALIDATOR.validate(trailing.getBytes(StandardCharsets.UTF_8)))
                .extracting(Violation::keyword).containsExactly(Validator.PARSE_KEYWORD);
    }

    /**
     * Every value of every vector body replaced by one of another type, one at a time and a few at a time: each body
     * decoding refuses is listed in one pass, exactly as the validator lists it from the start.
     */
    @Test
    void everyValueOfEveryVectorReplacedIsListedInOnePassAsFromTheStart() {
        Random random = new Random(20261203L);
        int onePass = 0;
        for (JsonNode vector : WireVectors.read("wire-valid.jsonl")) {
            Kind kind = vector.get("kind").asString().equals("response") ? Kind.RESPONSE : Kind.MESSAGE;
            EntryAdapter<?> adapter = InfrahubCatalog.INSTANCE.find(vector.get("routing_key").asString(), kind)
                    .orElseThrow();
            Validator validator = validator(adapter);
            JsonNode root = WireVectors.JSON.readTree(vector.get("body").asString());
            List<JsonNode[]> slots = new ArrayList<>();
            collect(root, slots);
            for (int i = 0; i < slots.size(); i++) {
                JsonNode copy = root.deepCopy();
                List<JsonNode[]> copied = new ArrayList<>();
                collect(copy, copied);
                replace(copied.get(i), random);
                for (int more = random.nextInt(3); more > 0; more--) {
                    replace(copied.get(random.nextInt(copied.size())), random);
                }
                String body = WireVectors.JSON.writeValueAsString(copy);
                List<Violation> fromTheStart = validator.validate(body.getBytes(StandardCharsets.UTF_8));
                if (fromTheStart.isEmpty()) {
                    continue; // the replacement was allowed (a null where null is, a string for a string)
                }
                List<Violation> listed = onePass(adapter, validator, body);
                assertThat(listed).as(vector.get("id").asString() + ": " + body).isEqualTo(fromTheStart);
                assertThat(refusal(adapter, validator, body)).as(body).isEqualTo(fromTheStart);
                onePass++;
            }
        }
        assertThat(onePass).as("invalid bodies listed in one pass").isGreaterThan(500);
    }

    /** Asserts that decoding refuses the body and the validator lists its violations in the same pass. */
    private static void refusedInOnePass(EntryAdapter<?> adapter, Validator validator, String body,
            String... expected) {
        List<Violation> fromTheStart = validator.validate(body.getBytes(StandardCharsets.UTF_8));
        assertThat(fromTheStart).as(body).isNotEmpty();
        if (expected != null) {
            assertThat(fromTheStart).as(body).extracting(Violation::toString).containsExactly(expected);
        }
        assertThat(onePass(adapter, validator, body)).as(body + ", in one pass").isEqualTo(fromTheStart);
        assertThat(refusal(adapter, validator, body)).as(body + ", by decodeValidated").isEqualTo(fromTheStart);
    }

    /** The violations {@link BodyDecoder#decodeOrRefuse} lists; it throws when the pass cannot tell them. */
    @SuppressWarnings("unchecked") // an entry's adapter is its generated codec
    private static List<Violation> onePass(EntryAdapter<?> adapter, Validator validator, String body) {
        Object result = BodyDecoder.decodeOrRefuse(body.getBytes(StandardCharsets.UTF_8),
                (JsonCodec<Object>) (JsonCodec<?>) adapter, DecodeOptions.DEFAULTS, (GeneratedValidator) validator,
                ValidationOptions.DEFAULTS);
        assertThat(result).as(body + " decodes").isInstanceOf(BodyDecoder.Refusal.class);
        return ((BodyDecoder.Refusal) result).violations();
    }

    private static List<Violation> refusal(EntryAdapter<?> adapter, Validator validator, String body) {
        try {
            adapter.decodeValidated(body.getBytes(StandardCharsets.UTF_8), validator);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError(body + " was accepted");
    }

    private static Validator validator(EntryAdapter<?> adapter) {
        try {
            return (Validator) adapter.type().getField("VALIDATOR").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Every member and element of a tree, as its container and its name or index. */
    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : object.properties()) {
                slots.add(new JsonNode[] {object, NODES.stringNode(member.getKey())});
                collect(member.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new JsonNode[] {array, NODES.numberNode(i)});
                collect(array.get(i), slots);
            }
        }
    }

    /** Replaces the value in a slot by one of another JSON type, or removes a member. */
    private static void replace(JsonNode[] slot, Random random) {
        JsonNode value = switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(7);
            case 2 -> NODES.numberNode(1.5);
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.stringNode("x");
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode().add(1);
            default -> null;
        };
        if (slot[0] instanceof ObjectNode object) {
            String name = slot[1].asString();
            if (value == null) {
                object.remove(name);
            } else if (object.has(name)) {
                object.set(name, value);
            }
        } else {
            ArrayNode array = (ArrayNode) slot[0];
            int index = slot[1].asInt();
            if (index < array.size()) {
                array.set(index, value == null ? NODES.numberNode(7) : value);
            }
        }
    }
}
