package io.busgen.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topic matching as RabbitMQ's topic exchange does it: {@code *} exactly one word, {@code #} zero or more. */
class BrokerTopologyTest {

    @ParameterizedTest
    @CsvSource({
        "a.b.c, a.b.c, true",
        "a.b.c, a.b, false",
        "a.b.c, a.b.c.d, false",
        "a.*.c, a.b.c, true",
        "a.*.c, a.c, false",
        "a.*.c, a.b.b.c, false",
        "*, a, true",
        "*, a.b, false",
        "#, a, true",
        "#, a.b.c, true",
        "a.#, a, true",
        "a.#, a.b.c, true",
        "a.#, b.a, false",
        "#.c, c, true",
        "#.c, a.b.c, true",
        "#.c, a.b.c.d, false",
        "a.#.c, a.c, true",
        "a.#.c, a.b.b.c, true",
        "a.#.c, a.b.b.d, false",
        "#.*, a, true",
        "#.*.*, a, false",
        "refresh.registry.*, refresh.registry.branches, true",
        "refresh.registry.*, refresh.registry, false",
        "refresh.webhook.*, refresh.registry.branches, false",
    })
    void topicMatchesAsATopicExchange(String pattern, String key, boolean matches) {
        assertThat(BrokerTopology.topicMatches(pattern, key)).isEqualTo(matches);
    }

    @Test
    void manyHashesDoNotBacktrack() {
        String pattern = "#.".repeat(120) + "x";
        String key = "a.".repeat(120) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(BrokerTopology.topicMatches(pattern, key)).isFalse());
    }

    @Test
    void workAndBroadcastFollowTheirOwnBindings() {
        BrokerTopology topology = new BrokerTopology("shop", Map.of(), List.of("order.#"),
                List.of("*.cache.*", "order.cache.flushed"));
        assertThat(topology.isWork("order.item.placed")).isTrue();
        assertThat(topology.isBroadcast("order.item.placed")).isFalse();
        assertThat(topology.isWork("price.cache.flushed")).isFalse();
        assertThat(topology.isBroadcast("price.cache.flushed")).isTrue();
        assertThat(topology.isWork("order.cache.flushed")).isTrue();
        assertThat(topology.isBroadcast("order.cache.flushed")).isTrue();
        assertThat(topology.isWork("audit.entry.written")).isFalse();
        assertThat(topology.isBroadcast("audit.entry.written")).isFalse();
    }

    @Test
    void infrahubsRefreshKeysAreSplitBetweenWorkAndBroadcast() {
        assertThat(BrokerTopology.DEFAULT.isWork("refresh.webhook.configuration")).isTrue();
        assertThat(BrokerTopology.DEFAULT.isBroadcast("refresh.webhook.configuration")).isFalse();
        assertThat(BrokerTopology.DEFAULT.isBroadcast("refresh.git.fetch")).isTrue();
        assertThat(BrokerTopology.DEFAULT.isWork("refresh.git.fetch")).isFalse();
    }
}
