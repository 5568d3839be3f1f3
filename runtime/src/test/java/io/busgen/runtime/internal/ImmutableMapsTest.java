package io.busgen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed maps generated records hold: immutable, in the order given, copied once. */
class ImmutableMapsTest {

    @Test
    void aCopyKeepsTheOrderAndCannotBeChanged() {
        LinkedHashMap<String, Long> members = new LinkedHashMap<>();
        members.put("zeta", 1L);
        members.put("alpha", 2L);
        Map<String, Long> copy = Immutable.map(members);
        members.put("later", 3L);
        assertThat(List.copyOf(copy.keySet())).isEqualTo(List.of("zeta", "alpha"));
        assertThatThrownBy(() -> copy.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.entrySet().iterator().next().setValue(5L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Immutable.map(copy)).isSameAs(copy);
        assertThat(Immutable.isFrozen(copy)).isTrue();
        assertThat(copy).isEqualTo(Map.of("alpha", 2L, "zeta", 1L));
    }

    @Test
    void aNullValueIsRefusedUnlessTheMapAllowsNulls() {
        LinkedHashMap<String, String> members = new LinkedHashMap<>();
        members.put("a", "x");
        members.put("b", null);
        assertThatThrownBy(() -> Immutable.map(members)).isInstanceOf(NullPointerException.class)
                .hasMessage("the value of \"b\" is null");
        Map<String, String> allowing = Immutable.mapAllowingNulls(members);
        assertThat(allowing.containsKey("b")).isTrue();
        assertThat(allowing.get("b")).isNull();
        assertThat(Immutable.mapAllowingNulls(allowing)).isSameAs(allowing);
        // A map holding a null is copied, and refused, when a map without nulls is asked for.
        assertThatThrownBy(() -> Immutable.map(allowing)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDefaultIsBuiltFromNamesAndValues() {
        Map<String, Long> limits = Immutable.mapOf("low", 1L, "high", 99L);
        assertThat(List.copyOf(limits.entrySet())).isEqualTo(List.of(Map.entry("low", 1L), Map.entry("high", 99L)));
        assertThatThrownBy(() -> Immutable.mapOf("low", 1L, "high")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the member high has no value");
        assertThatThrownBy(() -> Immutable.mapOf(1L, 1L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a map's names are strings, not 1");
    }

    @Test
    void dumpingTurnsEachValueAndKeepsNulls() {
        LinkedHashMap<String, Integer> members = new LinkedHashMap<>();
        members.put("b", 2);
        members.put("a", null);
        Map<String, Object> plain = Dumping.map(members, value -> "#" + value);
        assertThat(List.copyOf(plain.keySet())).isEqualTo(List.of("b", "a"));
        assertThat(plain.get("b")).isEqualTo("#2");
        assertThat(plain.get("a")).isNull();
    }
}
