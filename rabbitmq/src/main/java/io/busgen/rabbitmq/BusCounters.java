package io.busgen.rabbitmq;

/**
 * What a bus has done since it connected: a snapshot of its counters.
 *
 * @param published messages handed to the broker (publishes, delayed publishes, requests, replies, retries)
 * @param confirmed publishes the broker confirmed
 * @param returned publishes the broker returned as unroutable
 * @param nacked publishes the broker nacked
 * @param lost publishes whose connection closed before the broker confirmed them
 * @param delivered deliveries consumed from the work queue and the events queue
 * @param acked work deliveries acknowledged (handled, answered, retried or given up)
 * @param rejected deliveries that did not decode or validate, rejected without requeue (or dropped, unacked ones)
 * @param retried failed work messages re-published with the retry delay
 * @param givenUp failed work messages that had used every retry, dropped with a log line
 * @param replied replies sent, error replies included
 * @param failed deliveries whose handler threw
 * @param timedOut requests that had no reply in time
 * @param lateReplies replies that arrived for no waiting request (after its time-out), dropped
 */
public record BusCounters(
        long published,
        long confirmed,
        long returned,
        long nacked,
        long lost,
        long delivered,
        long acked,
        long rejected,
        long retried,
        long givenUp,
        long replied,
        long failed,
        long timedOut,
        long lateReplies) {}
