package io.busgen.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded, thread-safe queue of envelopes waiting to be sent, for callers that publish in batches: the highest
 * priority first, first in first out within a priority. {@link #offer(Envelope)} refuses when the outbox is full;
 * {@link #offer(Envelope, long, TimeUnit)} waits for room. An envelope without a priority counts as priority 0,
 * below every AMQP priority.
 */
public final class PriorityOutbox {

    private final int capacity;
    private final int maxPriority;
    /** One queue per priority, index = priority. */
    private final List<ArrayDeque<Envelope>> queues;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private int size;
    private int highest = -1;

    /**
     * An empty outbox.
     *
     * @param capacity how many envelopes the outbox holds at most
     * @param maxPriority the highest priority an envelope may have (the catalogue's)
     * @throws IllegalArgumentException when the capacity is below 1 or the priority outside 1..255
     */
    public PriorityOutbox(int capacity, int maxPriority) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        if (maxPriority < 1 || maxPriority > 255) {
            throw new IllegalArgumentException("maxPriority must be within 1..255, not " + maxPriority);
        }
        this.capacity = capacity;
        this.maxPriority = maxPriority;
        this.queues = new ArrayList<>(maxPriority + 1);
        for (int i = 0; i <= maxPriority; i++) {
            queues.add(new ArrayDeque<>());
        }
    }

    /**
     * How many envelopes the outbox holds at most.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * How many envelopes wait in the outbox now.
     *
     * @return the count
     */
    public int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds an envelope if there is room.
     *
     * @param envelope the envelope; without a priority it counts as 0
     * @return false when the outbox is full
     * @throws IllegalArgumentException when the envelope's priority is above the outbox's maximum
     */
    public boolean offer(Envelope envelope) {
        int priority = priorityOf(envelope);
        lock.lock();
        try {
            if (size == capacity) {
                return false;
            }
            add(envelope, priority);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds an envelope, waiting up to {@code timeout} for room.
     *
     * @param envelope the envelope; without a priority it counts as 0
     * @param timeout how long to wait, in {@code unit}
     * @param unit the unit of {@code timeout}
     * @return false when there was still no room when the time ran out
     * @throws InterruptedException when the thread is interrupted while waiting
     * @throws IllegalArgumentException when the envelope's priority is above the outbox's maximum
     */
    public boolean offer(Envelope envelope, long timeout, TimeUnit unit) throws InterruptedException {
        int priority = priorityOf(envelope);
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (size == capacity) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            add(envelope, priority);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes up to {@code maxBatch} envelopes, highest priority first, oldest first within a priority.
     *
     * @param maxBatch the most envelopes to take
     * @return the batch; empty when there is none
     */
    public List<Envelope> drain(int maxBatch) {
        lock.lock();
        try {
            return take(maxBatch);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes up to {@code maxBatch} envelopes, highest priority first, waiting up to {@code timeout} for the first one.
     *
     * @param maxBatch the most envelopes to take
     * @param timeout how long to wait, in {@code unit}
     * @param unit the unit of {@code timeout}
     * @return the batch, empty when none arrived in time
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public List<Envelope> drain(int maxBatch, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (size == 0) {
                if (nanos <= 0) {
                    return List.of();
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return take(maxBatch);
        } finally {
            lock.unlock();
        }
    }

    private int priorityOf(Envelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        int priority = envelope.priority() == null ? 0 : envelope.priority();
        if (priority < 0 || priority > maxPriority) {
            throw new IllegalArgumentException("priority " + priority + " is outside 0.." + maxPriority
                    + " for this outbox");
        }
        return priority;
    }

    private void add(Envelope envelope, int priority) {
        queues.get(priority).addLast(envelope);
        size++;
        highest = Math.max(highest, priority);
        notEmpty.signal();
    }

    private List<Envelope> take(int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, not " + maxBatch);
        }
        List<Envelope> batch = new ArrayList<>(Math.min(maxBatch, size));
        while (batch.size() < maxBatch && size > 0) {
            while (queues.get(highest).isEmpty()) {
                highest--;
            }
            batch.add(queues.get(highest).removeFirst());
            size--;
        }
        if (size == 0) {
            highest = -1;
        }
        if (!batch.isEmpty()) {
            notFull.signalAll();
        }
        return batch;
    }
}
