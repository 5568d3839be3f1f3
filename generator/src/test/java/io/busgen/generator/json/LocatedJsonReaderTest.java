package io.busgen.generator.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LocatedJsonReaderTest {

    @Test
    void locatesEveryValueByPointerLineAndColumn() {
        Problems problems = new Problems();
        JsonValue root = LocatedJsonReader.read("a.json", "{\n  \"a/b\": [1, {\"c~d\": true}]\n}", problems)
                .orElseThrow();

        assertThat(problems.isEmpty()).isTrue();
        assertThat(JsonValues.locate(root, "/a~1b/1/c~0d")).isEqualTo(new SourceLocation("a.json", "/a~1b/1/c~0d", 2, 22));
        assertThat(JsonValues.locate(root, "/a~1b/0")).isEqualTo(new SourceLocation("a.json", "/a~1b/0", 2, 11));
        // A pointer to nothing is located at its nearest existing ancestor.
        assertThat(JsonValues.locate(root, "/missing")).isEqualTo(new SourceLocation("a.json", "/missing", 1, 1));
    }

    @Test
    void keepsNumbersExactAndAsWritten() {
        JsonObject root = (JsonObject) LocatedJsonReader.read("n.json", "{\"big\": 12345678901234567890, \"e\": 1E2,"
                + " \"f\": 1.0}", new Problems()).orElseThrow();

        JsonNumber big = (JsonNumber) root.members().get("big");
        assertThat(big.value()).isEqualTo(new BigDecimal("12345678901234567890"));
        assertThat(((JsonNumber) root.members().get("e")).lexeme()).isEqualTo("1E2");
        assertThat(root.members().get("f").typeName()).isEqualTo("integer");
        assertThat(JsonValues.sameValue(root.members().get("e"), new JsonNumber(new BigDecimal("100"), "100",
                SourceLocation.ofFile("x")))).isTrue();
    }

    @Test
    void reportsMalformedJsonAtItsPosition() {
        Problems problems = new Problems();
        assertThat(LocatedJsonReader.read("m.json", "{\n  \"a\": [1, 2\n}", problems)).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "m.json:3:1: malformed JSON: expected ']' to close the array opened at 2:8, found '}'");
    }

    @Test
    void reportsMalformedJsonInBusgensWordsWithColumnsInCharacters() {
        Problems problems = new Problems();
        LocatedJsonReader.read("a.json", "{\"é\": [1 x]}", problems);
        LocatedJsonReader.read("b.json", "{\n  \"type\": \"object\",\n  \"properties\": {\n", problems);
        LocatedJsonReader.read("c.json", "{\"type\": \"object\",}", problems);
        LocatedJsonReader.read("d.json", "{\"maximum\": " + "9".repeat(1001) + "}", problems);
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "a.json:1:10: malformed JSON: unexpected character 'x': expected ',' or ']' after an array element",
                "b.json:4:1: malformed JSON: unexpected end of input: the object opened at 3:17 is not closed",
                "c.json:1:19: malformed JSON: unexpected '}' after ',': JSON allows no trailing comma",
                "d.json:1:1014: a number is longer than 1000 characters, more than busgen reads: make it smaller");
    }

    @Test
    void reportsTrailingContentAndEmptyFiles() {
        Problems problems = new Problems();
        LocatedJsonReader.read("t.json", "{} {}", problems);
        LocatedJsonReader.read("e.json", "  ", problems);
        assertThat(problems.sorted()).extracting(Problem::format).containsExactly(
                "e.json:1:1: malformed JSON: the file is empty; write a JSON object",
                "t.json:1:4: malformed JSON: unexpected content after the end of the document; remove it");
    }
}
