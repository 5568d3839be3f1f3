package io.busgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PriorityOutboxTest {

    private static Envelope envelope(String name, Integer priority) {
        return Envelope.of(name, priority, null, null, null, null, new byte[] {'{', '}'});
    }

    private static List<String> names(List<Envelope> batch) {
        return batch.stream().map(Envelope::routingKey).toList();
    }

    @Test
    void drainsHighestPriorityFirstAndInArrivalOrderWithinAPriority() {
        PriorityOutbox outbox = new PriorityOutbox(10, 5);
        outbox.offer(envelope("a3", 3));
        outbox.offer(envelope("b1", 1));
        outbox.offer(envelope("c5", 5));
        outbox.offer(envelope("d3", 3));
        outbox.offer(envelope("e-none", null));
        outbox.offer(envelope("f5", 5));

        assertThat(names(outbox.drain(4))).containsExactly("c5", "f5", "a3", "d3");
        outbox.offer(envelope("g4", 4));
        assertThat(names(outbox.drain(10))).containsExactly("g4", "b1", "e-none");
        assertThat(outbox.drain(10)).isEmpty();
        assertThat(outbox.size()).isZero();
    }

    @Test
    void refusesWhenFullAndAcceptsAgainOnceDrained() {
        PriorityOutbox outbox = new PriorityOutbox(2, 5);
        assertThat(outbox.offer(envelope("a", 1))).isTrue();
        assertThat(outbox.offer(envelope("b", 5))).isTrue();
        assertThat(outbox.offer(envelope("c", 5))).isFalse();
        assertThat(outbox.size()).isEqualTo(2);
        outbox.drain(1);
        assertThat(outbox.offer(envelope("c", 5))).isTrue();
    }

    @Test
    void theBlockingOfferWaitsForRoomOrGivesUp() throws Exception {
        PriorityOutbox outbox = new PriorityOutbox(1, 5);
        outbox.offer(envelope("first", 3));
        assertThat(outbox.offer(envelope("late", 3), 50, TimeUnit.MILLISECONDS)).isFalse();

        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            Future<Boolean> offered = executor.submit(() -> {
                waiting.countDown();
                return outbox.offer(envelope("second", 3), 10, TimeUnit.SECONDS);
            });
            waiting.await();
            assertThat(names(outbox.drain(1, 1, TimeUnit.SECONDS))).containsExactly("first");
            assertThat(offered.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(names(outbox.drain(1))).containsExactly("second");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theBlockingDrainWaitsForAnEnvelopeOrReturnsEmpty() throws Exception {
        PriorityOutbox outbox = new PriorityOutbox(4, 5);
        assertThat(outbox.drain(4, 20, TimeUnit.MILLISECONDS)).isEmpty();
    }

    @Test
    void refusesPrioritiesAboveItsMaximumAndBadSizes() {
        PriorityOutbox outbox = new PriorityOutbox(4, 5);
        assertThatThrownBy(() -> outbox.offer(envelope("x", 6))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority 6 is outside 0..5 for this outbox");
        assertThatThrownBy(() -> new PriorityOutbox(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.drain(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentProducersLoseNothingAndKeepTheirOrderWithinAPriority() throws Exception {
        int producers = 4;
        int perProducer = 5_000;
        PriorityOutbox outbox = new PriorityOutbox(64, 5);
        ExecutorService executor = Executors.newFixedThreadPool(producers);
        List<Envelope> drained = new ArrayList<>();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int producer = p;
                running.add(executor.submit(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        int priority = 1 + (i % 5);
                        if (!outbox.offer(envelope(producer + ":" + priority + ":" + i, priority), 10,
                                TimeUnit.SECONDS)) {
                            throw new AssertionError("no room within 10 s");
                        }
                    }
                    return null;
                }));
            }
            while (drained.size() < producers * perProducer) {
                List<Envelope> batch = outbox.drain(16, 10, TimeUnit.SECONDS);
                assertThat(batch).as("envelopes keep coming").isNotEmpty();
                assertThat(batch.size()).isLessThanOrEqualTo(16);
                drained.addAll(batch);
            }
            for (Future<?> producer : running) {
                producer.get(10, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(drained).hasSize(producers * perProducer);
        assertThat(outbox.size()).isZero();
        // Within one producer and one priority, envelopes leave in the order they came.
        Map<String, Integer> last = new HashMap<>();
        for (Envelope envelope : drained) {
            String[] parts = envelope.routingKey().split(":");
            String stream = parts[0] + ":" + parts[1];
            int sequence = Integer.parseInt(parts[2]);
            Integer previous = last.put(stream, sequence);
            assertThat(previous == null || previous < sequence).as(envelope.routingKey()).isTrue();
        }
    }
}
