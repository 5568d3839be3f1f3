package io.busgen.generator.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random truncations, byte flips, deletions and insertions of valid bodies (the wire vectors) and valid schema files
 * (the test catalogues), read by both of busgen's JSON readers: body decoding ({@link JsonTree#parse}, which the
 * validators, decoders and {@code busgen validate} share) and catalogue loading ({@link LocatedJsonReader}, which
 * also reads accept files). Every message must be in busgen's words: nothing of Jackson's (its wording, settings,
 * source descriptions or class names), a line and a column for every malformed input, and a specific translation
 * rather than the catch-all.
 *
 * <p>Seeded: {@code -Dbusgen.fuzz.seed=N} replays a run, {@code -Dbusgen.fuzz.json=N} sets how many inputs
 * (default 4,000), {@code -Dbusgen.fuzz.case=I} runs input I alone.
 */
class MalformedJsonMessagesFuzzTest {

    private static final long SEED = Long.getLong("busgen.fuzz.seed", 20261214L);
    private static final int CASES = Integer.getInteger("busgen.fuzz.json", 4_000);

    /** What Jackson writes and busgen must not: its wording, its settings, its source descriptions, its classes. */
    private static final List<String> FOREIGN = List.of("Source:", "REDACTED", "StreamReadFeature", "#UNKNOWN",
            "tools.jackson", "JsonReadFeature", "StreamReadConstraints", "Exception", "CTRL-CHAR", "(code ",
            "end-of-input", "Unexpected", "Unrecognized", "Illegal", "VALUE_", "START_", "END_", "PROPERTY_NAME",
            "was expecting", "getMax", "this is not JSON");
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|\\b(Json|Stream|Token)[A-Z][a-z]\\w*");
    private static final Pattern BODY_POSITION = Pattern.compile(" at line [1-9]\\d*, column [1-9]\\d*(: |$)");
    private static final String[] INSERTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "'", "/", "//", "/*", "-",
        "+", ".", "e", "0", "01", "1e", "NaN", "Infinity", "tru", "nul", "x", " ", "\t", "\n", "\u0000", "\u0001",
        "\u00a0", "\ufeff", "é", "\ud83d\ude00", "\\u12", "\\ud800", "\\q", "0x1F", ",]", ",}", "\"a\":1,"};

    private record Subject(String name, byte[] bytes) {}

    @Test
    void everyMalformedInputGetsALocatedMessageInBusgensWords() throws IOException {
        List<Subject> subjects = subjects();
        Integer only = Integer.getInteger("busgen.fuzz.case");
        Map<String, Integer> kinds = new TreeMap<>();
        for (int index = 0; index < CASES; index++) {
            if (only != null && only != index) {
                continue;
            }
            Random random = new Random(SEED * 1_000_003L + index);
            Subject subject = subjects.get(random.nextInt(subjects.size()));
            String[] mutation = new String[1];
            byte[] input = mutate(subject.bytes(), random, mutation);
            String replay = "seed " + SEED + ", case " + index + " (-Dbusgen.fuzz.seed=" + SEED
                    + " -Dbusgen.fuzz.case=" + index + "): " + subject.name() + ", " + mutation[0];

            DecodeOptions options = random.nextInt(4) == 0
                    ? DecodeOptions.DEFAULTS.withRejectDuplicateProperties(true) : DecodeOptions.DEFAULTS;
            try {
                JsonTree.parse(input, options);
            } catch (DecodeException e) {
                String message = e.getMessage();
                assertInBusgensWords(message, replay);
                if (e.reason() == DecodeException.Reason.MALFORMED_JSON
                        || e.reason() == DecodeException.Reason.INVALID_UTF8
                        || e.reason() == DecodeException.Reason.TRAILING_DATA) {
                    assertThat(BODY_POSITION.matcher(message).find()).as(replay + ": a line and a column in \"%s\"",
                            message).isTrue();
                }
                kinds.merge("body " + e.reason(), 1, Integer::sum);
            }

            Problems problems = new Problems();
            LocatedJsonReader.read(subject.name(), new String(input, StandardCharsets.UTF_8), problems);
            for (Problem problem : problems.sorted()) {
                assertInBusgensWords(problem.format(), replay);
                assertThat(problem.location().line()).as(replay + ": " + problem.format()).isPositive();
                assertThat(problem.location().column()).as(replay + ": " + problem.format()).isPositive();
                kinds.merge("file " + problem.message().replaceFirst(":.*", ""), 1, Integer::sum);
            }
        }
        System.out.println("MalformedJsonMessagesFuzzTest: " + CASES + " inputs from seed " + SEED + ": " + kinds);
        if (only == null) {
            assertThat(kinds).as("the mutations reach malformed JSON in both readers")
                    .containsKeys("body MALFORMED_JSON", "body INVALID_UTF8", "file malformed JSON");
        }
    }

    private static void assertInBusgensWords(String message, String replay) {
        for (String foreign : FOREIGN) {
            assertThat(message).as(replay).doesNotContain(foreign);
        }
        assertThat(CLASS_NAME.matcher(message).find()).as(replay + ": a Java class name in \"%s\"", message)
                .isFalse();
        assertThat(message).as(replay).doesNotContain("\n").doesNotContain("\r");
    }

    private static List<Subject> subjects() throws IOException {
        List<Subject> subjects = new ArrayList<>();
        Path vectors = Path.of(System.getProperty("busgen.testdata", "../testdata"), "vectors");
        for (String file : List.of("wire-valid.jsonl", "wire-decode.jsonl")) {
            int line = 0;
            for (String vector : Files.readAllLines(vectors.resolve(file), StandardCharsets.UTF_8)) {
                line++;
                JsonValue.JsonObject object = (JsonValue.JsonObject) LocatedJsonReader.read(file, vector,
                        new Problems()).orElseThrow();
                JsonValue body = object.members().containsKey("body") ? object.members().get("body")
                        : object.members().get("input");
                subjects.add(new Subject(file + ":" + line, ((JsonValue.JsonString) body).value()
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path catalogs = Path.of(System.getProperty("user.dir"), "src/test/resources/catalogs");
        try (Stream<Path> files = Files.walk(catalogs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                subjects.add(new Subject(catalogs.relativize(file).toString(), Files.readAllBytes(file)));
            }
        }
        assertThat(subjects).hasSizeGreaterThan(50);
        return subjects;
    }

    private static byte[] mutate(byte[] valid, Random random, String[] description) {
        byte[] bytes = valid.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                int length = random.nextInt(bytes.length + 1);
                description[0] = "cut to " + length + " bytes";
                return java.util.Arrays.copyOf(bytes, length);
            }
            case 1 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
                description[0] = "byte " + at + " set to " + (bytes[at] & 0xFF);
                return bytes;
            }
            case 2 -> {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(8));
                description[0] = "bytes " + from + " to " + to + " deleted";
                byte[] cut = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, cut, 0, from);
                System.arraycopy(bytes, to, cut, from, bytes.length - to);
                return cut;
            }
            case 3 -> {
                int at = random.nextInt(bytes.length + 1);
                String insert = INSERTS[random.nextInt(INSERTS.length)];
                description[0] = "inserted " + insert.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList()
                        + " at " + at;
                byte[] add = insert.getBytes(StandardCharsets.UTF_8);
                byte[] grown = new byte[bytes.length + add.length];
                System.arraycopy(bytes, 0, grown, 0, at);
                System.arraycopy(add, 0, grown, at, add.length);
                System.arraycopy(bytes, at, grown, at + add.length, bytes.length - at);
                return grown;
            }
            default -> {
                // A bracket, brace, quote or comma swapped for another: the mistakes of a hand-edited file.
                List<Integer> structural = new ArrayList<>();
                for (int i = 0; i < bytes.length; i++) {
                    if ("{}[]\",:".indexOf(bytes[i]) >= 0) {
                        structural.add(i);
                    }
                }
                if (structural.isEmpty()) {
                    description[0] = "no structural byte, as it is";
                    return bytes;
                }
                int at = structural.get(random.nextInt(structural.size()));
                byte replacement = (byte) "{}[]\",: x".charAt(random.nextInt(9));
                description[0] = "byte " + at + " '" + (char) bytes[at] + "' set to '" + (char) replacement + "'";
                bytes[at] = replacement;
                return bytes;
            }
        }
    }
}
