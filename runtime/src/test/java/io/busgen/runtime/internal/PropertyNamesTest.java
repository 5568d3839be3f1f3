package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Where a validator's names stand among a generated reader's ({@link PropertyNames#indexesIn}): what a validator that
 * goes on from a failed decode reads the names the decode saw by.
 */
class PropertyNamesTest {

    @Test
    void eachNameIsFoundAtItsIndexInTheDecodersNamesAndAnUnknownOneIsMinusOne() {
        PropertyNames names = PropertyNames.of("message", "meta", "extra");
        PropertyNameMatcher decoder = JsonReading.names("meta", "message", "other");

        assertThat(names.indexesIn(decoder)).containsExactly(1, 0, -1);
    }

    @Test
    void theEmptyNameIsFoundThoughAMatcherHoldsItUnderAStandIn() {
        PropertyNames names = PropertyNames.of("", "a");
        PropertyNameMatcher decoder = JsonReading.namesWithEmpty("a", "");

        assertThat(names.indexesIn(decoder)).containsExactly(1, 0);
        assertThat(PropertyNames.of("").indexesIn(JsonReading.names("a"))).containsExactly(-1);
    }

    @Test
    void anotherDecodersNamesAreLookedUpAgainNotTakenFromTheLastAnswer() {
        PropertyNames names = PropertyNames.of("a", "b");
        PropertyNameMatcher first = JsonReading.names("a", "b");
        PropertyNameMatcher second = JsonReading.names("b", "x");

        int[] answer = names.indexesIn(first);
        assertThat(names.indexesIn(first)).as("the same decoder: the answer kept").isSameAs(answer);
        assertThat(names.indexesIn(second)).containsExactly(-1, 0);
        assertThat(names.indexesIn(first)).containsExactly(0, 1);
    }
}
