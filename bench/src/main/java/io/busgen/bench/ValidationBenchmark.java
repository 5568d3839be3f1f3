package io.busgen.bench;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From {@code byte[]} to a validated, typed message: what users do today (Jackson {@code readTree}, networknt
 * {@code validate}, databind {@code treeToValue}) against busgen's generated decode-and-validate; busgen's decode alone
 * (the cost of validation); and networknt alone on a pre-parsed tree, for reference. The {@code together} group runs
 * busgen's decode-and-validate and the competitor at the same time, for ratios on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(3)
public class ValidationBenchmark {

    @Param({"small", "medium", "large"})
    public String size;

    @Param({"valid", "invalid"})
    public String body;

    private EntryAdapter<Object> adapter;
    private Validator validator;
    private Class<?> type;
    private byte[] bytes;
    private JsonMapper mapper;
    private Schema networknt;
    private JsonNode tree;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked") // the sample's adapter is of its type
    public void setUp() throws ReflectiveOperationException {
        Messages.Sample<?> sample = Messages.sample(size);
        adapter = (EntryAdapter<Object>) sample.adapter();
        type = sample.type();
        validator = (Validator) type.getField("VALIDATOR").get(null);
        String json = new String(sample.body(), StandardCharsets.UTF_8);
        if (body.equals("invalid")) {
            json = switch (size) {
                case "small" -> json.replace("\"message\":\"ping\"", "\"message\":42");
                case "medium" -> json.replace("\"convert_query_response\":true", "\"convert_query_response\":\"yes\"");
                default -> json.replace("\"display_label\":\"device-500 ethernet20\"", "\"display_label\":null");
            };
        }
        bytes = json.getBytes(StandardCharsets.UTF_8);
        mapper = Databind.mapper();
        String folder = adapter.kind() == io.busgen.runtime.Kind.MESSAGE ? "messages" : "responses";
        networknt = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:busgen/catalogs/infrahub/" + folder + "/"
                        + adapter.routingKey() + ".json"));
        tree = mapper.readTree(bytes);
        boolean valid = networknt.validate(tree).isEmpty();
        if (valid != body.equals("valid") || validator.validate(bytes).isEmpty() != valid) {
            throw new IllegalStateException("the " + body + " " + size + " body is not " + body + " for both sides");
        }
    }

    /** busgen: decode and validate in one pass (the whole schema is enforced by decoding). */
    @Benchmark
    public Object busgenDecodeValidated() {
        try {
            return adapter.decodeValidated(bytes, validator);
        } catch (ValidationException invalid) {
            return invalid.violations();
        }
    }

    /** busgen: decode alone, for the cost of validation. */
    @Benchmark
    public Object busgenDecode() {
        try {
            return adapter.decode(bytes);
        } catch (DecodeException invalid) {
            return invalid;
        }
    }

    /** busgen: the validator's streaming pass alone, every violation listed, nothing decoded. */
    @Benchmark
    public Object busgenValidate() {
        return validator.validate(bytes);
    }

    /** What a user does today: parse a tree, validate it with networknt, bind it with databind. */
    @Benchmark
    public Object jacksonNetworknt() {
        JsonNode parsed = mapper.readTree(bytes);
        List<com.networknt.schema.Error> errors = networknt.validate(parsed);
        return errors.isEmpty() ? mapper.treeToValue(parsed, type) : errors;
    }

    /**
     * {@link #busgenDecodeValidated}, run in one JMH group with {@link #togetherJacksonNetworknt}, one thread each at
     * the same time, so that the load of a shared machine falls on both alike (as in {@code BrokerBenchmark}).
     */
    @Benchmark
    @Group("together")
    @GroupThreads(1)
    public Object togetherBusgenDecodeValidated() {
        return busgenDecodeValidated();
    }

    /** {@link #jacksonNetworknt}, beside {@link #togetherBusgenDecodeValidated}. */
    @Benchmark
    @Group("together")
    @GroupThreads(1)
    public Object togetherJacksonNetworknt() {
        return jacksonNetworknt();
    }

    /** For reference: networknt alone on a tree parsed beforehand. */
    @Benchmark
    public Object networkntOnly() {
        return networknt.validate(tree);
    }
}
