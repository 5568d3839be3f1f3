package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Kind;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The generated validators agree with upstream (the wire vectors) and with networknt 3.0.9, the interpreting
 * validator, on the verdict and on where and by which keyword an instance fails.
 */
class ValidatorAgreementTest {

    private static final Path CATALOGUE = Path.of("..", "schemas", "infrahub").toAbsolutePath().normalize();
    private static final Pattern MISSING = Pattern.compile("required property \"(.+)\" is missing");
    private static final int RANDOM_INSTANCES = 10_000;
    private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources()
                    .allow(iri -> "file".equals(iri.getScheme()))));

    /** A type of the catalogue: its generated validator and the schema it was made from. */
    private record Subject(String validator, String file, String pointer) {
        Validator busgen() {
            try {
                return (Validator) InfrahubValidators.class.getField(validator).get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("no validator " + validator, e);
            }
        }

        Schema networknt() {
            String uri = CATALOGUE.resolve(file).toUri() + (pointer.isEmpty() ? "" : "#" + pointer);
            return NETWORKNT.getSchema(SchemaLocation.of(uri));
        }
    }

    private static String upperSnake(String upperCamel) {
        return upperCamel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** Every message and response, every shared type and every $defs entry of a defs file. */
    static List<Subject> subjects() throws IOException {
        List<Subject> subjects = new ArrayList<>();
        for (EntryAdapter<?> entry : InfrahubCatalog.INSTANCE.entries()) {
            String folder = entry.kind() == Kind.MESSAGE ? "messages" : "responses";
            subjects.add(new Subject(upperSnake(entry.type().getSimpleName()), folder + "/" + entry.routingKey()
                    + ".json", ""));
        }
        try (Stream<Path> defs = Files.list(CATALOGUE.resolve("defs"))) {
            for (Path def : defs.sorted().toList()) {
                JsonNode schema = WireVectors.JSON.readTree(Files.readString(def));
                String stem = def.getFileName().toString().replace(".json", "");
                if (schema.has("properties")) {
                    subjects.add(new Subject(stem.toUpperCase(Locale.ROOT), "defs/" + def.getFileName(), ""));
                }
                schema.path("$defs").propertyNames().forEach(name -> subjects.add(new Subject(upperSnake(name),
                        "defs/" + def.getFileName(), "/$defs/" + name)));
            }
        }
        return subjects;
    }

    private static Validator validatorFor(JsonNode vector) {
        String suffix = vector.get("kind").asString().equals("response") ? "_RESPONSE" : "";
        String name = upperSnake(InfrahubCatalog.INSTANCE.find(vector.get("routing_key").asString(),
                suffix.isEmpty() ? Kind.MESSAGE : Kind.RESPONSE).orElseThrow().type().getSimpleName());
        return new Subject(name, "", "").busgen();
    }

    static Stream<Arguments> validBodies() {
        return Stream.concat(
                WireVectors.read("wire-valid.jsonl").stream()
                        .map(v -> Arguments.argumentSet(v.get("id").asString(), v, v.get("body").asString())),
                WireVectors.read("wire-decode.jsonl").stream()
                        .map(v -> Arguments.argumentSet(v.get("id").asString(), v, v.get("input").asString())));
    }

    static Stream<Arguments> invalidBodies() {
        return WireVectors.arguments("wire-invalid.jsonl");
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("validBodies")
    void everyUpstreamBodyIsValid(JsonNode vector, String body) {
        assertThat(validatorFor(vector).validate(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("invalidBodies")
    void everyBodyUpstreamRejectsIsInvalidAtItsPath(JsonNode vector) {
        List<Violation> violations = validatorFor(vector)
                .validate(vector.get("input").asString().getBytes(StandardCharsets.UTF_8));

        assertThat(violations).isNotEmpty();
        String path = vector.get("path").asString();
        assertThat(violations).as("a violation at %s", path).anySatisfy(v -> {
            Matcher missing = MISSING.matcher(v.message());
            String at = v.keyword().equals("required") && missing.matches()
                    ? v.instanceLocation() + "/" + missing.group(1).replace("~", "~0").replace("/", "~1")
                    : v.instanceLocation();
            assertThat(at).isEqualTo(path);
        });
    }

    @Test
    void seededRandomInstancesGetNetworkntsVerdictAndErrors() throws IOException {
        List<Subject> subjects = subjects();
        assertThat(subjects).hasSizeGreaterThan(25);
        RandomInstances random = new RandomInstances(CATALOGUE, 20261127L);
        int perSubject = RANDOM_INSTANCES / subjects.size() + 1;
        int checked = 0;
        int invalid = 0;
        int budgetSpent = 0;
        for (Subject subject : subjects) {
            Validator busgen = subject.busgen();
            Schema networknt = subject.networknt();
            for (int i = 0; i < perSubject; i++) {
                JsonNode instance = random.valid(subject.file(), subject.pointer());
                if (i % 2 == 1) {
                    instance = random.mutate(instance);
                }
                String json = WireVectors.JSON.writeValueAsString(instance);
                List<Violation> ours = busgen.validate(JsonTree.parse(json));
                assertThat(busgen.validate(json.getBytes(StandardCharsets.UTF_8)))
                        .as("the streaming pass over " + json + " lists what validating its tree lists")
                        .isEqualTo(ours);
                if (ours.stream().anyMatch(v -> v.keyword().equals(Validator.BUDGET_KEYWORD))) {
                    budgetSpent++; // busgen gave up on a pattern (networknt would backtrack on): nothing to compare
                    continue;
                }
                List<Error> theirs = networknt.validate(instance);
                String what = subject.validator() + " on " + json;
                assertThat(ours.isEmpty()).as("verdict of " + what + "\nnetworknt: " + theirs + "\nbusgen: " + ours)
                        .isEqualTo(theirs.isEmpty());
                Set<String> ourErrors = new TreeSet<>();
                ours.forEach(v -> ourErrors.add(v.instanceLocation() + " " + v.keyword()));
                for (Error error : theirs) {
                    if (!insideABranch(error.getEvaluationPath())) {
                        assertThat(ourErrors).as("networknt's %s for %s", error, what)
                                .contains(pointer(error.getInstanceLocation()) + " " + error.getKeyword());
                    }
                }
                checked++;
                invalid += ours.isEmpty() ? 0 : 1;
            }
        }
        assertThat(checked + budgetSpent).isGreaterThanOrEqualTo(RANDOM_INSTANCES);
        assertThat(budgetSpent).as("instances left out for a spent pattern budget").isLessThan(checked / 100 + 1);
        assertThat(invalid).as("the mutations make invalid instances").isGreaterThan(checked / 5);
    }

    /** Whether an error belongs to a branch of anyOf or oneOf (whose own error is the one both sides report). */
    private static boolean insideABranch(NodePath evaluationPath) {
        for (int i = 0; i < evaluationPath.getNameCount() - 1; i++) {
            String name = evaluationPath.getName(i);
            if (name.equals("anyOf") || name.equals("oneOf")) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
