package io.busgen.generator.fuzz;

import io.busgen.generator.fuzz.FuzzPipeline.Failure;
import io.busgen.generator.fuzz.Json.Num;
import io.busgen.generator.instance.InstanceGenerator;
import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.JsonTree;
import io.busgen.runtime.TypeAdapter;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The checks of one compiled catalogue, entry by entry: the examples of the entry's schema, and valid instances (from
 * the {@link InstanceGenerator}, checked by networknt before they are relied on) decode, encode and decode again to
 * an equal record that keeps every value;
 * the generated validator agrees with networknt on them and on mutations of them (the verdict, and every networknt
 * error outside {@code anyOf}/{@code oneOf} branches has a violation at the same place with the same keyword); and
 * {@code decodeValidated} succeeds exactly when the validator finds nothing, and lists what it finds.
 */
final class EntryChecks {

    private final FuzzCatalogue catalogue;
    private final Catalog catalog;
    private final Path directory;
    private final ClassLoader loader;
    private final FuzzPipeline.Stats stats;
    private final int validPerEntry;
    private final int mutantsPerValid;
    private final List<String> patterns = new ArrayList<>();

    EntryChecks(FuzzCatalogue catalogue, Catalog catalog, Path directory, ClassLoader loader,
            FuzzPipeline.Stats stats, int validPerEntry, int mutantsPerValid) {
        this.catalogue = catalogue;
        this.catalog = catalog;
        this.directory = directory;
        this.loader = loader;
        this.stats = stats;
        this.validPerEntry = validPerEntry;
        this.mutantsPerValid = mutantsPerValid;
        catalogue.files().values().forEach(tree -> patterns(tree, patterns));
    }

    /** The entry under test, with what the generated code gives for it. */
    private record Subject(MessageType entry, TypeAdapter<Object> adapter, Validator validator,
            Method decodeValidated, com.networknt.schema.@Nullable Schema networknt) {}

    void run(List<Failure> failures) {
        Random random = new Random(catalogue.seed() ^ 0x3c6ef372fe94f82bL);
        InstanceGenerator values = new InstanceGenerator(catalog.schemas(), random.nextLong(),
                InstanceGenerator.Strings.ADVERSARIAL,
                schema -> catalog.scalarJavaType(schema).map(t -> t.format() != null).orElse(false));
        Mutations mutations = new Mutations(random);
        NetworkntOracle oracle = NetworkntOracle.of(directory, catalog);
        List<MessageType> entries = new ArrayList<>(catalog.messages());
        entries.addAll(catalog.responses());
        for (MessageType entry : entries) {
            stats.entries++;
            Subject subject = subject(entry, oracle, failures);
            if (subject == null) {
                continue;
            }
            for (JsonValue example : entry.body().schema().examples()) {
                check(subject, Json.of(example), false, failures);
            }
            for (int i = 0; i < validPerEntry; i++) {
                Optional<JsonValue> valid;
                try {
                    valid = values.valid(entry.body().schema());
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(new Failure("instance generator threw " + e.getClass().getSimpleName()
                            + FuzzPipeline.where(e), entry.routingKey() + ": " + e));
                    break;
                }
                if (valid.isEmpty()) {
                    stats.unsatisfied++;
                    break;
                }
                Object tree = Json.of(valid.get());
                stats.validInstances++;
                check(subject, tree, true, failures);
                for (int m = 0; m < mutantsPerValid; m++) {
                    stats.mutants++;
                    check(subject, mutations.mutate(tree), false, failures);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private @Nullable Subject subject(MessageType entry, NetworkntOracle oracle, List<Failure> failures) {
        String className = entry.javaName().canonicalName();
        try {
            Class<?> type = Class.forName(className, true, loader);
            TypeAdapter<Object> adapter = (TypeAdapter<Object>) type.getField("ADAPTER").get(null);
            Validator validator = (Validator) type.getField("VALIDATOR").get(null);
            Method decodeValidated = type.getMethod("decodeValidated", byte[].class);
            com.networknt.schema.Schema networknt = null;
            try {
                networknt = oracle.schema(entry.file());
            } catch (RuntimeException | StackOverflowError e) {
                stats.networkntUnavailable++;
            }
            return new Subject(entry, adapter, validator, decodeValidated, networknt);
        } catch (ExceptionInInitializerError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failures.add(new Failure("class initialisation fails: " + cause.getClass().getSimpleName()
                    + FuzzPipeline.where(cause), className + ": " + cause));
        } catch (ReflectiveOperationException | LinkageError e) {
            failures.add(new Failure("generated class unusable: " + e.getClass().getSimpleName(),
                    className + ": " + e));
        }
        return null;
    }

    private static final Set<String> PRESENCE_KEYWORDS = Set.of("dependentRequired", "dependentSchemas",
            "minProperties", "maxProperties", "uniqueItems", "not", "oneOf", "anyOf", "if", "then", "else", "contains",
            "minContains", "maxContains", "const", "enum",
            // a double holds the nearest value: 1e-400 is 0.0 (docs/validators.md, "Numbers and Java's types")
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");

    private static final Set<String> BUSGEN_ONLY = Set.of("int64", "double", "limit", "pattern-budget");

    /** Whether the body holds an integer a {@code long} cannot, or a number a {@code double} cannot. */
    private static boolean holdsANumberJavaCannot(@Nullable Object value) {
        if (value instanceof Json.Num number) {
            java.math.BigDecimal exact = number.value();
            boolean integral = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
            return integral && (exact.compareTo(java.math.BigDecimal.valueOf(Long.MIN_VALUE)) < 0
                    || exact.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0)
                    || Double.isInfinite(exact.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(EntryChecks::holdsANumberJavaCannot);
        }
        return value instanceof List<?> list && list.stream().anyMatch(EntryChecks::holdsANumberJavaCannot);
    }

    private void check(Subject subject, @Nullable Object tree, boolean generated, List<Failure> failures) {
        String json = Json.compact(tree);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String where = subject.entry().routingKey() + " " + subject.entry().kind().wireName() + " body " + json;
        List<Violation> ours;
        try {
            ours = subject.validator().validate(body);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new Failure("validator threw " + e.getClass().getSimpleName() + FuzzPipeline.where(e),
                    where + ": " + e));
            return;
        }
        List<Violation> ofTree;
        try {
            ofTree = subject.validator().validate(JsonTree.parse(body,
                    io.busgen.runtime.DecodeOptions.DEFAULTS));
        } catch (DecodeException e) {
            ofTree = ours; // a body beyond a limit: the validator's one violation says so, as decoding does
        }
        if (!ofTree.equals(ours)) {
            failures.add(new Failure("the streaming pass and the tree disagree", where + "\nstream: " + ours
                    + "\ntree: " + ofTree));
        }
        Set<String> ourErrors = new TreeSet<>();
        ours.forEach(v -> ourErrors.add(v.instanceLocation() + " " + v.keyword()));
        String ourKeywords = ours.stream().map(Violation::keyword).distinct().sorted().collect(Collectors.joining(","));

        List<NetworkntOracle.Finding> theirs = null;
        if (subject.networknt() != null) {
            try {
                theirs = NetworkntOracle.validate(subject.networknt(), json);
            } catch (RuntimeException | StackOverflowError e) {
                stats.networkntUnavailable++;
            }
        } else {
            stats.networkntUnavailable++;
        }
        boolean deviation = false;
        if (theirs != null && (theirs.isEmpty() != ours.isEmpty() || !theirs.isEmpty()) && !patterns.isEmpty()) {
            List<String> strings = new ArrayList<>();
            NetworkntOracle.strings(tree, strings);
            deviation = NetworkntOracle.regexDeviation(patterns, strings);
            if (deviation) {
                stats.regexDeviations++;
            }
        }
        // busgen's own verdicts, documented in docs/validators.md: numbers Java's types cannot hold, decode limits and
        // spent regex budgets; JSON Schema (networknt) has no such rule, so the comparison is left out.
        if (!deviation && ours.stream().anyMatch(v -> BUSGEN_ONLY.contains(v.keyword()))) {
            deviation = true;
            stats.busgenOnly++;
        }
        // The same verdicts inside a branch of anyOf, oneOf, not or if: the branch fails on "int64" or "double", and
        // what busgen reports is the applicator's violation (and unevaluated* then judging the member), not "int64".
        if (!deviation && theirs != null && theirs.isEmpty() && !ours.isEmpty() && holdsANumberJavaCannot(tree)) {
            deviation = true;
            stats.busgenOnly++;
        }
        if (theirs != null && !deviation) {
            String theirKeywords = theirs.stream().filter(f -> !f.insideBranch()).map(NetworkntOracle.Finding::keyword)
                    .distinct().sorted().collect(Collectors.joining(","));
            if (generated && !theirs.isEmpty() && !ours.isEmpty()) {
                failures.add(new Failure("fuzzer: the instance generator made an instance both validators reject ("
                        + ourKeywords + ")", where + "\nbusgen: " + ours + "\nnetworknt: " + theirs));
            }
            if (theirs.isEmpty() != ours.isEmpty()) {
                failures.add(new Failure(ours.isEmpty()
                        ? "validator accepts what networknt rejects (" + theirKeywords + ")"
                        : "validator rejects what networknt accepts (" + ourKeywords + ")",
                        where + "\nbusgen: " + ours + "\nnetworknt: " + theirs));
            } else {
                for (NetworkntOracle.Finding finding : theirs) {
                    if (!finding.insideBranch() && !finding.reportedIn(ourErrors)
                            && !boundOfANonInteger(finding, ourErrors)) {
                        failures.add(new Failure("validator misses networknt's " + finding.keyword() + " violation",
                                where + "\nnetworknt: " + finding + "\nbusgen: " + ours));
                    }
                }
            }
        }
        boolean accepted;
        try {
            subject.decodeValidated().invoke(null, (Object) body);
            accepted = true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ValidationException rejected) {
                accepted = false;
                if (ours.isEmpty()) {
                    failures.add(new Failure("decodeValidated rejects a body the validator accepts ("
                            + rejected.violations().stream().map(Violation::keyword).distinct().sorted()
                                    .collect(Collectors.joining(",")) + ")", where + ": " + rejected.violations()));
                } else if (!rejected.violations().equals(ours)) {
                    // A refusal is listed in the decoding pass where it can be: the list must be the validator's.
                    failures.add(new Failure("decodeValidated lists other violations than the validator",
                            where + "\ndecodeValidated: " + rejected.violations() + "\nvalidator: " + ours));
                }
            } else {
                failures.add(new Failure("decodeValidated threw " + cause.getClass().getSimpleName()
                        + FuzzPipeline.where(cause), where + ": " + cause));
                return;
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (accepted && !ours.isEmpty()) {
            failures.add(new Failure("decodeValidated accepts a body the validator rejects (" + ourKeywords + ")",
                    where + ": " + ours));
        }
        if (ours.isEmpty() && (theirs == null || theirs.isEmpty() || deviation)) {
            roundTrip(subject, tree, body, where, failures);
        }
    }

    private static final Set<String> BOUNDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf");

    /**
     * Whether networknt judges a bound of an integer schema on a value that busgen already refuses as not an integer
     * ({@code -6.5} against {@code "type": "integer", "exclusiveMaximum": -6}): networknt compares a rounded or
     * truncated value, so its verdict on the bound says nothing; both validators reject the body, at the same place.
     */
    private static boolean boundOfANonInteger(NetworkntOracle.Finding finding, Set<String> ourErrors) {
        return BOUNDS.contains(finding.keyword()) && ourErrors.contains(finding.instanceLocation() + " type");
    }

    private void roundTrip(Subject subject, @Nullable Object tree, byte[] body, String where,
            List<Failure> failures) {
        TypeAdapter<Object> adapter = subject.adapter();
        Object first;
        try {
            first = adapter.decode(body);
        } catch (DecodeException e) {
            failures.add(new Failure("valid body does not decode (" + e.reason() + ")", where + ": " + e.pointer()
                    + ": " + e.getMessage()));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new Failure("decode threw " + e.getClass().getSimpleName() + FuzzPipeline.where(e),
                    where + ": " + e));
            return;
        }
        byte[] encoded;
        Object second;
        try {
            encoded = adapter.encode(first);
            second = adapter.decode(encoded);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new Failure("encode or re-decode threw " + e.getClass().getSimpleName()
                    + FuzzPipeline.where(e), where + ": " + e));
            return;
        }
        stats.roundTrips++;
        String again = new String(encoded, StandardCharsets.UTF_8);
        if (!first.equals(second)) {
            failures.add(new Failure("decode(encode(decode(body))) differs from decode(body)", where
                    + "\nencoded: " + again + "\nfirst:  " + first + "\nsecond: " + second));
        }
        List<Violation> encodedViolations = subject.validator().validate(encoded);
        // A record keeps no unknown members and no null of an optional field (null means absent in Java), so keywords
        // that look at which members are present, or compare whole values, may judge the encoding differently: a
        // documented limit of the typed model (docs/generated-api.md), counted rather than failed.
        if (!encodedViolations.isEmpty() && encodedViolations.stream()
                .allMatch(v -> PRESENCE_KEYWORDS.contains(v.keyword()))) {
            stats.presenceDependent++;
            encodedViolations = List.of();
        }
        if (!encodedViolations.isEmpty()) {
            failures.add(new Failure("the encoding of a valid body is invalid (" + encodedViolations.stream()
                    .map(Violation::keyword).distinct().sorted().collect(Collectors.joining(",")) + ")",
                    where + "\nencoded: " + again + "\n" + encodedViolations));
        }
        String changed = changed(tree, JsonTree.parse(again), new TypeUse(new Shape.Named(subject.entry().javaName(),
                NamedType.Form.OBJECT), false), "");
        if (changed != null) {
            failures.add(new Failure("decoding and encoding change a value (" + changed.substring(0,
                    changed.indexOf(':')) + ")", where + "\nencoded: " + again + "\nat " + changed));
        }
    }

    /** Where the encoded value lost or changed what the body said, as {@code kind: pointer}; null when it kept it. */
    @SuppressWarnings("unchecked")
    private @Nullable String changed(@Nullable Object original, @Nullable Object encoded, TypeUse type,
            String pointer) {
        Shape shape = type.shape();
        if (original == null) {
            return encoded == null ? null : "null became a value: " + pointer;
        }
        if (shape instanceof Shape.Named named && named.form() == NamedType.Form.UNION
                && original instanceof Map<?, ?> members) {
            // A union's value is the record its discriminator names.
            io.busgen.generator.model.UnionType union = catalog.unionType(named.name());
            Object discriminator = members.get(union.discriminator());
            for (io.busgen.generator.model.UnionType.Alternative alternative : union.alternatives()) {
                if (alternative.value().equals(discriminator)) {
                    return changed(original, encoded, new TypeUse(new Shape.Named(alternative.type(),
                            NamedType.Form.OBJECT), false), pointer);
                }
            }
            return "no alternative for the discriminator: " + pointer;
        }
        if (shape instanceof Shape.Named named && named.form() == NamedType.Form.OBJECT
                && original instanceof Map<?, ?> members && encoded instanceof Map<?, ?> written) {
            ObjectType object = catalog.objectType(named.name());
            for (Field field : object.fields()) {
                if (!field.inBody() || !members.containsKey(field.wireName())) {
                    continue;
                }
                Object value = members.get(field.wireName());
                String at = JsonPointer.append(pointer, field.wireName());
                if (!written.containsKey(field.wireName())) {
                    if (value != null) {
                        return "value dropped: " + at;
                    }
                    continue;
                }
                String inner = changed(value, written.get(field.wireName()), field.type(), at);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (shape instanceof Shape.ArrayOf array && original instanceof List<?> items
                && encoded instanceof List<?> written) {
            if (items.size() != written.size()) {
                return "array length changed: " + pointer;
            }
            for (int i = 0; i < items.size(); i++) {
                String inner = changed(items.get(i), written.get(i), array.items(), pointer + "/" + i);
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (shape instanceof Shape.MapOf map && original instanceof Map<?, ?> members
                && encoded instanceof Map<?, ?> written) {
            // A typed map keeps every member, in wire order; each value as its type keeps it.
            if (!List.copyOf(members.keySet()).equals(List.copyOf(written.keySet()))) {
                return "map members changed: " + pointer;
            }
            for (Map.Entry<?, ?> member : members.entrySet()) {
                String inner = changed(member.getValue(), written.get(member.getKey()), map.values(),
                        JsonPointer.append(pointer, (String) member.getKey()));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        if (shape instanceof Shape.Scalar scalar && scalar.javaType() != null) {
            return sameMapped(scalar.javaType(), original, encoded) ? null : "value changed: " + pointer;
        }
        if (shape instanceof Shape.Scalar scalar && scalar.type() == JsonType.NUMBER && original instanceof Num number
                && encoded instanceof Number written) {
            // A number field is a double: any number keeps only its double.
            return number.value().doubleValue() == new BigDecimal(written.toString()).doubleValue() ? null
                    : "value changed: " + pointer;
        }
        return samePlain(original, encoded) ? null : "value changed: " + pointer;
    }

    /**
     * Whether a value held as a JDK type kept its value: the same UUID (written in lower case), the same date, the
     * same number exactly (a {@code BigDecimal} or {@code BigInteger} keeps every digit; docs/generated-api.md says
     * which lexemes are written back as read).
     */
    private static boolean sameMapped(io.busgen.generator.model.ScalarJavaType javaType, Object original,
            @Nullable Object encoded) {
        return switch (javaType) {
            case UUID -> original instanceof String s && encoded instanceof String t && s.equalsIgnoreCase(t)
                    && t.equals(t.toLowerCase(java.util.Locale.ROOT));
            case LOCAL_DATE -> original.equals(encoded);
            case BIG_DECIMAL, BIG_INTEGER -> {
                BigDecimal theirs = encoded instanceof BigDecimal d ? d : encoded instanceof Long l
                        ? BigDecimal.valueOf(l) : encoded instanceof BigInteger b ? new BigDecimal(b) : null;
                yield original instanceof Num number && theirs != null && number.value().compareTo(theirs) == 0;
            }
        };
    }

    /**
     * JSON equality of the body's value and the re-encoded one (for plain JSON values and scalars other than
     * numbers): numbers written as integers must keep every digit, numbers with a fraction or an exponent need only
     * keep their double (busgen holds them as doubles).
     */
    @SuppressWarnings("unchecked")
    private static boolean samePlain(@Nullable Object original, @Nullable Object encoded) {
        if (original == null || encoded == null) {
            return original == encoded;
        }
        if (original instanceof Num number) {
            BigDecimal theirs = encoded instanceof BigDecimal d ? d : encoded instanceof Long l ? BigDecimal.valueOf(l)
                    : encoded instanceof BigInteger b ? new BigDecimal(b) : null;
            if (theirs == null) {
                return false;
            }
            boolean written = number.lexeme().matches("-?[0-9]+");
            return written ? number.value().compareTo(theirs) == 0
                    : number.value().doubleValue() == theirs.doubleValue();
        }
        if (original instanceof Map<?, ?> map && encoded instanceof Map<?, ?> other) {
            if (map.size() != other.size()) {
                return false;
            }
            for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
                if (!other.containsKey(member.getKey()) || !samePlain(member.getValue(), other.get(member.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (original instanceof List<?> list && encoded instanceof List<?> other) {
            if (list.size() != other.size()) {
                return false;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!samePlain(list.get(i), other.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return original.equals(encoded);
    }

    /** Every {@code pattern} and {@code patternProperties} key of a schema file. */
    @SuppressWarnings("unchecked")
    private static void patterns(@Nullable Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
                if (member.getKey().equals("pattern") && member.getValue() instanceof String pattern) {
                    out.add(pattern);
                } else if (member.getKey().equals("patternProperties") && member.getValue() instanceof Map<?, ?> p) {
                    p.keySet().forEach(k -> out.add((String) k));
                }
                if (!member.getKey().equals("enum") && !member.getKey().equals("const")
                        && !member.getKey().equals("default") && !member.getKey().equals("examples")) {
                    patterns(member.getValue(), out);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(e -> patterns(e, out));
        }
    }
}
