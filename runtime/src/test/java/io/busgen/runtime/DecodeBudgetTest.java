package io.busgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token budget, and the compact representation that keeps memory per input byte bounded. */
class DecodeBudgetTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyTokenCountsTowardsTheBudget() {
        // { "a" [ 1 2 ] "b" { } } is 10 tokens: values, property names and closing brackets.
        byte[] body = utf8("{\"a\":[1,2],\"b\":{}}");
        assertThat(JsonTree.parse(body, DecodeOptions.DEFAULTS.withMaxTokens(10))).isNotNull();
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> JsonTree.parse(body, DecodeOptions.DEFAULTS.withMaxTokens(9)));
        assertThat(error.reason()).isEqualTo(DecodeException.Reason.LIMIT_EXCEEDED);
        assertThat(error.getMessage()).isEqualTo("limit: the body has more than 9 JSON tokens"
                + " (DecodeOptions.maxTokens)");
        assertThat(error.pointer()).isEqualTo("");
    }

    @Test
    void theBudgetCountsAcrossTheWholeBodyNotPerCollection() {
        String fiveArrays = "[" + String.join(",", List.of("[0,0,0]", "[0,0,0]", "[0,0,0]", "[0,0,0]")) + "]";
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> JsonTree.parse(utf8(fiveArrays), DecodeOptions.DEFAULTS.withMaxTokens(12)));
        assertThat(error.reason()).isEqualTo(DecodeException.Reason.LIMIT_EXCEEDED);
        // [ [ 0 0 0 ] [ 0 0 0 ] [ 0: the thirteenth token is the third array's first element.
        assertThat(error.pointer()).isEqualTo("/2/0");
    }

    @Test
    void theDefaultBudgetRefusesFiveMillionEmptyObjects() {
        StringBuilder body = new StringBuilder("[");
        for (int chunk = 0; chunk < 5; chunk++) {
            body.append(chunk == 0 ? "[" : ",[").append("{},".repeat(999_998)).append("{}]");
        }
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> JsonTree.parse(utf8(body.append(']').toString()), DecodeOptions.DEFAULTS));
        assertThat(error.reason()).isEqualTo(DecodeException.Reason.LIMIT_EXCEEDED);
        assertThat(error.getMessage()).contains("(DecodeOptions.maxTokens)");
    }

    @Test
    void emptyObjectsAndArraysShareOneInstance() {
        List<?> tree = (List<?>) JsonTree.parse("[{},{},[],[]]");
        assertThat(tree.get(0)).isEqualTo(Map.of()).isSameAs(tree.get(1));
        assertThat(tree.get(2)).isEqualTo(List.of()).isSameAs(tree.get(3));
        List<?> plain = (List<?>) PlainJson.parse("[{},[]]");
        assertThat(plain.get(0)).isSameAs(tree.get(0));
        assertThat(plain.get(1)).isSameAs(tree.get(2));
    }

    @Test
    void smallObjectsKeepOrderAndTheLastDuplicateAtTheFirstPosition() {
        @SuppressWarnings("unchecked") Map<String, Object> object = (Map<String, Object>) JsonTree.parse("{\"b\":1,\"a\":2,\"b\":3,\"n\":null}");
        assertThat(object.keySet()).containsExactly("b", "a", "n");
        assertThat(object.get("b")).isEqualTo(3L);
        assertThat(object.containsKey("n")).isTrue();
        assertThat(object.get("n")).isNull();
        assertThat(object.containsKey("z")).isFalse();
        LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 3L);
        expected.put("a", 2L);
        expected.put("n", null);
        assertThat(object).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(object.toString()).isEqualTo(expected.toString());
    }

    @Test
    void objectsBeyondEightMembersKeepOrderAndDuplicatesToo() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 12; i++) {
            json.append('"').append((char) ('l' - i)).append("\":").append(i).append(',');
        }
        json.append("\"l\":99,\"h\":98}");
        @SuppressWarnings("unchecked") Map<String, Object> object = (Map<String, Object>) PlainJson.parse(json.toString());
        assertThat(object.keySet()).containsExactly("l", "k", "j", "i", "h", "g", "f", "e", "d", "c", "b", "a");
        assertThat(object.get("l")).isEqualTo(99L);
        assertThat(object.get("h")).isEqualTo(98L);
        assertThat(object.get("a")).isEqualTo(11L);
    }

    @Test
    void decodedMapsAndListsCannotBeChanged() {
        Map<String, Object> object = PlainJson.parseObject("{\"a\":1}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> object.put("b", 2L))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> object.entrySet().iterator().next().setValue(3L))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
