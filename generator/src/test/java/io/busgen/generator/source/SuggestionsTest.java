package io.busgen.generator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYWORDS = List.of("required", "properties", "minLength", "maxLength", "type");

    @Test
    void suggestsTheNearestKnownWordForATypo() {
        assertThat(Suggestions.nearest("requried", KEYWORDS)).contains("required");
        assertThat(Suggestions.nearest("propertes", KEYWORDS)).contains("properties");
        assertThat(Suggestions.nearest("minlength", KEYWORDS)).contains("minLength");
        assertThat(Suggestions.nearest("tpye", KEYWORDS)).contains("type");
    }

    @Test
    void completesAnAbbreviation() {
        assertThat(Suggestions.nearest("maxLen", KEYWORDS)).contains("maxLength");
        assertThat(Suggestions.nearest("prop", KEYWORDS)).contains("properties");
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertThat(Suggestions.nearest("colour", KEYWORDS)).isEmpty();
        assertThat(Suggestions.nearest("x", KEYWORDS)).isEmpty();
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("requried", "required")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
