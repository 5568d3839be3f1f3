package io.busgen.bench;

import io.busgen.infrahub.CheckGeneratorRun;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.JsonTree;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Measures what a decoded body keeps in memory per input byte, for the shapes that cost the most per byte: heap used
 * after a full GC while the decoded value is held, minus heap used after a full GC before decoding, over the body's
 * length. JMH's GC profiler measures allocation, not retention, hence this plain harness.
 *
 * <p>{@code java -Xmx2g -cp "bench/target/classes:bench/target/lib/*" io.busgen.bench.RetentionHarness [BYTES]}
 * prints one Markdown row per shape and decoding path: what a body of {@code BYTES} bytes (default 4,000,000) keeps
 * without the token budget ({@code DecodeOptions.maxTokens}), which measures the representation alone, and what the
 * largest body of the shape that the default options accept (16 MiB, or as many elements as the token budget allows)
 * keeps: the most one decode holds. A body the limits refuse shows the limit instead of a figure.
 */
public final class RetentionHarness {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** One repeated element: the worst shapes per byte are the smallest values that each allocate something. */
    private record Shape(String name, int tokens, Function<Integer, String> element) {}

    /** A decoding path: the body it decodes, given the shape's array, and the decode with some options. */
    private record Path(String name, Function<String, String> body,
            BiFunction<byte[], DecodeOptions, Object> decode) {}

    private RetentionHarness() {}

    public static void main(String[] args) {
        int bytes = args.length > 0 ? Integer.parseInt(args[0]) : 4_000_000;
        List<Shape> shapes = List.of(
                new Shape("{}", 2, i -> "{}"),
                new Shape("[]", 2, i -> "[]"),
                new Shape("[{}]", 4, i -> "[{}]"),
                new Shape("{\"a\":0}", 4, i -> "{\"a\":0}"),
                new Shape("{\"\":{}}", 5, i -> "{\"\":{}}"),
                new Shape("[0]", 3, i -> "[0]"),
                new Shape("0", 1, i -> "0"),
                new Shape("1.5", 1, i -> "1.5"),
                new Shape("\"\"", 1, i -> "\"\""),
                new Shape("\"a\"", 1, i -> "\"a\""),
                new Shape("true", 1, i -> "true"),
                new Shape("null", 1, i -> "null"),
                new Shape("123456789012", 1, i -> "123456789012"),
                new Shape("distinct keys {\"k1\":0,...}", 2, null));
        List<Path> paths = List.of(
                new Path("validator tree (JsonTree.parse)", array -> array, JsonTree::parse),
                new Path("typed, free-form field (CheckGeneratorRun.variables)",
                        array -> medium().replace("\"variables\":{}", "\"variables\":{\"v\":" + array + "}"),
                        CheckGeneratorRun.ADAPTER::decode));
        DecodeOptions noTokenBudget = DecodeOptions.DEFAULTS.withMaxTokens(Integer.MAX_VALUE);
        int largest = DecodeOptions.DEFAULTS.maxBodyBytes() - 2_000;
        System.out.println("| shape | path | retained per input byte, " + String.format(Locale.ROOT, "%,d", bytes)
                + "-byte body, no token budget | retained by the largest body the defaults accept |");
        System.out.println("|---|---|---:|---:|");
        for (Shape shape : shapes) {
            for (Path path : paths) {
                String perByte = measure(body(shape, path, bytes, Integer.MAX_VALUE), path.decode(), noTokenBudget,
                        true);
                int elements = (DecodeOptions.DEFAULTS.maxTokens() - 1_000) / shape.tokens();
                String most = measure(body(shape, path, largest, elements), path.decode(), DecodeOptions.DEFAULTS,
                        false);
                System.out.println("| `" + shape.name() + "` | " + path.name() + " | " + perByte + " | " + most
                        + " |");
            }
        }
    }

    private static byte[] body(Shape shape, Path path, int bytes, int elements) {
        String array = shape.element() == null ? distinctKeys(bytes, elements)
                : repeated(shape.element(), bytes, elements);
        return path.body().apply(array).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The element repeated to about {@code bytes} bytes or {@code elements} times, in an array of arrays of {@value #CHUNK} elements each, so
     * that no one array is longer than the collection limit allows.
     */
    private static String repeated(Function<Integer, String> element, int bytes, int elements) {
        StringBuilder out = new StringBuilder(bytes + 16).append("[[");
        for (int i = 0; out.length() < bytes && i < elements; i++) {
            if (i > 0) {
                out.append(i % CHUNK == 0 ? "],[" : ",");
            }
            out.append(element.apply(i));
        }
        return out.append("]]").toString();
    }

    private static final int CHUNK = 500_000;

    /** One object with as many distinct short keys as fit in {@code bytes}, and at most {@code members}. */
    private static String distinctKeys(int bytes, int members) {
        StringBuilder out = new StringBuilder(bytes + 16).append('{');
        for (int i = 0; out.length() < bytes && i < members; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("\"k").append(Integer.toString(i, 36)).append("\":0");
        }
        return out.append('}').toString();
    }

    private static String medium() {
        return CheckGeneratorRun.ADAPTER.toJson(Messages.medium()
                .toBuilder().variables(java.util.Map.of()).build());
    }

    /** Retained bytes, per input byte or in MB, or why the body was refused. */
    private static String measure(byte[] body, BiFunction<byte[], DecodeOptions, Object> decode,
            DecodeOptions options, boolean perByte) {
        long before = usedAfterGc();
        Object held;
        try {
            held = decode.apply(body, options);
        } catch (DecodeException e) {
            return "refused (" + e.getMessage().substring(0, e.getMessage().indexOf(" (")) + ")";
        } catch (OutOfMemoryError e) {
            return "out of memory";
        }
        long after = usedAfterGc();
        long retained = after - before;
        String row = perByte ? String.format(Locale.ROOT, "%.1f×", (double) retained / body.length)
                : String.format(Locale.ROOT, "%.0f MB", retained / 1e6);
        Reference.reachabilityFence(held); // the value is held until after the second measurement
        return row;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
