package io.busgen.runtime.internal;

/**
 * AMQP topic patterns, matched as a RabbitMQ topic exchange matches them: words split on {@code .}, {@code *} is
 * exactly one word, {@code #} zero or more. One implementation for the generator (which marks work and broadcast
 * channels) and busgen-rabbitmq (which declares and routes), so both always agree.
 */
public final class TopicPatterns {

    private TopicPatterns() {
    }

    /**
     * Whether {@code pattern} matches {@code routingKey}, in at most (pattern words + 1) x (key words + 1) steps: a
     * pattern of many {@code #} from a hostile catalogue costs no backtracking.
     *
     * @param pattern the binding pattern
     * @param routingKey the routing key
     * @return whether a topic exchange routes the key through a binding with this pattern
     */
    public static boolean matches(String pattern, String routingKey) {
        String[] words = pattern.split("\\.", -1);
        String[] key = routingKey.split("\\.", -1);
        // matched[k]: the pattern's words from p on match the key's words from k on; p runs from the end
        boolean[] matched = new boolean[key.length + 1];
        matched[key.length] = true;
        for (int p = words.length - 1; p >= 0; p--) {
            boolean[] next = matched;
            matched = new boolean[key.length + 1];
            for (int k = key.length; k >= 0; k--) {
                matched[k] = words[p].equals("#")
                        ? next[k] || k < key.length && matched[k + 1]
                        : k < key.length && (words[p].equals("*") || words[p].equals(key[k])) && next[k + 1];
            }
        }
        return matched[0];
    }
}
