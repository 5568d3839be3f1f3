package io.busgen.bench;

import io.busgen.runtime.EntryAdapter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * busgen's generated codecs against Jackson 3 databind on the same records, from and to {@code byte[]}, and a bare
 * streaming token scan of the same bytes as the floor for decoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class CodecBenchmark {

    @Param({"small", "medium", "large"})
    public String size;

    private EntryAdapter<Object> adapter;
    private Class<?> type;
    private Object message;
    private byte[] body;
    private JsonMapper mapper;
    private JsonFactory scanner;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked") // the sample's adapter and message are of the same type
    public void setUp() {
        Messages.Sample<?> sample = Messages.sample(size);
        adapter = (EntryAdapter<Object>) sample.adapter();
        type = sample.type();
        message = sample.message();
        body = sample.body();
        mapper = Databind.mapper();
        scanner = new JsonFactory();
        // Both sides must produce and read the same JSON value, or the comparison means nothing.
        JsonNode busgen = mapper.readTree(body);
        JsonNode databind = mapper.readTree(mapper.writeValueAsBytes(message));
        if (!busgen.equals(databind)) {
            throw new IllegalStateException("databind writes another JSON value for " + size + ":\n" + databind
                    + "\nbusgen:\n" + busgen);
        }
        Object read = mapper.readValue(body, type);
        if (!java.util.Arrays.equals(adapter.encode(read), body)) {
            throw new IllegalStateException("databind reads another value for " + size);
        }
    }

    @Benchmark
    public byte[] encodeBusgen() {
        return adapter.encode(message);
    }

    @Benchmark
    public byte[] encodeDatabind() {
        return mapper.writeValueAsBytes(message);
    }

    @Benchmark
    public Object decodeBusgen() {
        return adapter.decode(body);
    }

    @Benchmark
    public Object decodeDatabind() {
        return mapper.readValue(body, type);
    }

    /** A second reference: every token, with every string and name materialised as a Java String. */
    @Benchmark
    public void scanTokensAndStrings(Blackhole blackhole) {
        try (JsonParser parser = scanner.createParser(ObjectReadContext.empty(), body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    blackhole.consume(parser.getString());
                } else if (token == JsonToken.PROPERTY_NAME) {
                    blackhole.consume(parser.currentName());
                }
            }
        }
    }

    /** The floor: every token of the body, nothing built. */
    @Benchmark
    public void scanTokens(Blackhole blackhole) {
        try (JsonParser parser = scanner.createParser(ObjectReadContext.empty(), body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                blackhole.consume(token);
            }
        }
    }
}
