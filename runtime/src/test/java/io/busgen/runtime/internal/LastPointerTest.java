package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** A pointer made again for the path it was last made for is the same string; any other path gets its own. */
class LastPointerTest {

    private static final JsonFactory JSON = new JsonFactory();

    /** The pointer of every scalar value of a body, in reading order, as the decoders locate them. */
    private static List<String> pointersOfValues(String json) {
        List<String> pointers = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue()) {
                    pointers.add(JsonReading.pointerOfValue(parser));
                }
            }
        }
        return pointers;
    }

    @Test
    void eachValueIsLocatedByItsOwnPathWhateverWasLocatedBefore() {
        String body = "{\"a\":1,\"b\":{\"a\":2,\"c\":[3,4,{\"a\":5}],\"a~/b\":6},\"c\":[[7],[8]],\"\":9,\"a\":10}";
        List<String> expected = List.of("/a", "/b/a", "/b/c/0", "/b/c/1", "/b/c/2/a", "/b/a~0~1b", "/c/0/0",
                "/c/1/0", "/", "/a");
        assertThat(pointersOfValues(body)).containsExactlyElementsOf(expected);
        assertThat(pointersOfValues(body)).as("read again, with the last pointer kept").containsExactlyElementsOf(
                expected);
    }

    @Test
    void theSamePathGivesTheSameStringAndAnotherPathItsOwn() {
        String first = pointersOfValues("{\"meta\":{\"id\":1}}").get(0);
        String again = pointersOfValues("{\"meta\":{\"id\":2}}").get(0);
        assertThat(again).isEqualTo("/meta/id").isSameAs(first);
        assertThat(pointersOfValues("{\"meta\":{\"ids\":[1]}}")).containsExactly("/meta/ids/0");
        assertThat(pointersOfValues("{\"meta\":[{\"id\":1}]}")).containsExactly("/meta/0/id");
        assertThat(pointersOfValues("{\"id\":{\"meta\":1}}")).containsExactly("/id/meta");
        assertThat(pointersOfValues("{\"meta\":{\"id\":{\"x\":1}}}")).containsExactly("/meta/id/x");
        assertThat(pointersOfValues("{\"x\":{\"meta\":{\"id\":1}}}")).containsExactly("/x/meta/id");
    }

    @Test
    void aLongPathIsNotKept() {
        String name = "n".repeat(300);
        String deep = "{\"" + name + "\":1}";
        String first = pointersOfValues(deep).get(0);
        assertThat(first).isEqualTo("/" + name);
        assertThat(pointersOfValues(deep).get(0)).isEqualTo(first).isNotSameAs(first);
        String nested = "[".repeat(20) + "1" + "]".repeat(20);
        String once = pointersOfValues(nested).get(0);
        assertThat(once).isEqualTo("/0".repeat(20));
        assertThat(pointersOfValues(nested).get(0)).isEqualTo(once).isNotSameAs(once);
    }
}
