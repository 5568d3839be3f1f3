package io.busgen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of docs/benchmarks.md: each score with its
 * error and the bytes allocated per operation, then the ratios the issues set targets for, computed from the pooled
 * iterations of all forks.
 *
 * <p>{@code java -cp "bench/target/classes:bench/target/lib/*" io.busgen.bench.BenchmarkReport RESULT.json RATIO...}
 * where each RATIO is {@code name=numeratorMethod/denominatorMethod} (such as
 * {@code decode-vs-databind=decodeBusgen/decodeDatabind}).
 */
public final class BenchmarkReport {

    private BenchmarkReport() {}

    private record Result(String method, String size, double score, double error, String unit, double allocated,
            List<Double> pooled) {}

    public static void main(String[] args) throws IOException {
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        Map<String, Result> byKey = new LinkedHashMap<>();
        List<String> sizes = new ArrayList<>();
        String paramNames = "size";
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asString();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode params = result.get("params");
            // The column is the benchmark's parameters, such as the message size or the confirm mode.
            String size = "-";
            if (params != null && !params.isEmpty()) {
                paramNames = String.join(", ", params.propertyNames());
                List<String> values = new ArrayList<>();
                params.values().forEach(value -> values.add(value.asString()));
                size = String.join(", ", values);
            }
            if (!sizes.contains(size)) {
                sizes.add(size);
            }
            JsonNode secondary = result.get("secondaryMetrics");
            JsonNode gc = secondary.get("gc.alloc.rate.norm");
            double allocated = gc == null ? Double.NaN : gc.get("score").asDouble();
            // The methods of a JMH group (run at the same time) are secondary metrics named after the method, each
            // with its own iterations; the group's own score is their sum, left out. Profilers' names have a dot.
            boolean group = false;
            for (String name : secondary.propertyNames()) {
                if (!name.contains(".") && secondary.get(name).has("rawData")) {
                    group = true;
                    byKey.put(name + "/" + size, result(name, size, secondary.get(name), Double.NaN));
                }
            }
            if (!group) {
                byKey.put(method + "/" + size, result(method, size, result.get("primaryMetric"), allocated));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | ").append(paramNames)
                .append(" | score | error (99.9%) | unit | bytes/op |\n|---|---|---:|---:|---|---:|\n");
        for (Result r : byKey.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | ± %,.0f | %s | %s |%n", r.method(),
                    r.size(), r.score(), r.error(), r.unit(), Double.isNaN(r.allocated()) ? "-"
                            : String.format(Locale.ROOT, "%,.0f", r.allocated())));
        }
        if (args.length > 1) {
            out.append("\n| ratio | ").append(String.join(" | ", sizes)).append(" |\n|---|")
                    .append("---:|".repeat(sizes.size())).append('\n');
            for (int i = 1; i < args.length; i++) {
                String[] spec = args[i].split("=");
                String[] methods = spec[1].split("/");
                out.append("| ").append(spec[0]).append(" (").append(methods[0]).append(" / ").append(methods[1])
                        .append(") |");
                for (String size : sizes) {
                    Result numerator = byKey.get(methods[0] + "/" + size);
                    Result denominator = byKey.get(methods[1] + "/" + size);
                    out.append(numerator == null || denominator == null ? " - |"
                            : String.format(Locale.ROOT, " %.2f× |", mean(numerator.pooled())
                                    / mean(denominator.pooled())));
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }

    private static Result result(String method, String size, JsonNode metric, double allocated) {
        List<Double> pooled = new ArrayList<>();
        for (JsonNode fork : metric.get("rawData")) {
            for (JsonNode iteration : fork) {
                pooled.add(iteration.asDouble());
            }
        }
        return new Result(method, size, metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                metric.get("scoreUnit").asString(), allocated, pooled);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
