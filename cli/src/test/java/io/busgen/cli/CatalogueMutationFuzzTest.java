package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random byte and JSON mutations of the bundled catalogue and the test catalogues, through the command line's entry
 * point ({@code lint}, then {@code generate --out}): exit codes 0, 1 or 2 only, every problem one located line, never
 * an internal error, and nothing written outside the output folder.
 *
 * <p>Seeded: {@code -Dbusgen.fuzz.seed=N} replays a run, {@code -Dbusgen.fuzz.catalogues=N} sets how many mutations
 * (default 300), {@code -Dbusgen.fuzz.case=I} runs mutation I of the seed alone. Each failure names its seed and
 * index; every case found is kept as a fixed test (a catalogue under {@code generator/src/test/resources/broken/} or a
 * CLI test).
 */
class CatalogueMutationFuzzTest {

    private static final long SEED = Long.getLong("busgen.fuzz.seed", 20261203L);
    private static final int CASES = Integer.getInteger("busgen.fuzz.catalogues", 300);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A problem: {@code file:line:column: message}, on one line. */
    private static final Pattern LOCATED = Pattern.compile("[^\\s:][^:]*:\\d+:\\d+: \\S.*");
    private static final List<Pattern> SUMMARIES = List.of(
            Pattern.compile("\\S+: \\d+ messages?, \\d+ responses?, \\d+ types?: no problems"
                    + "(, \\d+ warnings?)?(, \\d+ information)?"),
            Pattern.compile("\\d+ problems?(, \\d+ warnings?)?(, \\d+ information)? in \\S+"),
            Pattern.compile("\\S+: \\d+ types?, \\d+ files? written, \\d+ unchanged, in .*"),
            Pattern.compile("busgen: error: \\d+ problems? in \\S+ \\(listed above\\): fix the catalogue first; .*"));

    private static final List<String> KEYWORDS = List.of("type", "properties", "required", "$ref", "$defs", "enum",
            "const", "default", "items", "prefixItems", "anyOf", "oneOf", "allOf", "not", "if", "then", "else",
            "pattern", "patternProperties", "additionalProperties", "propertyNames", "minLength", "maxLength",
            "minimum", "maximum", "multipleOf", "minItems", "uniqueItems", "format", "$id", "$anchor", "$schema",
            "x-routing-key", "x-kind", "x-priority", "x-envelope", "x-java-name", "x-response", "description",
            "title", "examples", "dependentRequired", "contains", "javaPackage", "name", "maxPriority",
            "defaultPriority", "requried", "", "meta", "class", "💥");

    @Test
    void mutatedCataloguesGetLocatedProblemsOrGenerate(@TempDir Path tmp) throws Exception {
        List<Path> sources = sources();
        Integer only = Integer.getInteger("busgen.fuzz.case");
        for (int index = 0; index < CASES; index++) {
            if (only != null && only != index) {
                continue;
            }
            Random random = new Random(SEED * 1_000_003L + index);
            Path source = sources.get(random.nextInt(sources.size()));
            Path work = Files.createDirectories(tmp.resolve("case" + index));
            Path catalogue = work.resolve("catalog");
            CliRun.copyTree(source, catalogue);
            Files.writeString(Files.createDirectories(work.resolve("sibling")).resolve("keep.txt"), "keep");
            String mutation = mutate(catalogue, random);
            String replay = "seed " + SEED + ", case " + index + " (-Dbusgen.fuzz.seed=" + SEED
                    + " -Dbusgen.fuzz.case=" + index + "): " + source + ", " + mutation;
            String before = hashExcept(work, work.resolve("out"));

            check(replay, run("lint", "--catalog", catalogue.toString()));
            check(replay, run("generate", "--out", work.resolve("out").toString(), "--catalog",
                    catalogue.toString()));

            assertThat(hashExcept(work, work.resolve("out"))).as(replay + ": nothing outside the output folder")
                    .isEqualTo(before);
            deleteTree(work);
        }
    }

    private static void check(String replay, CliRun run) {
        assertThat(run.exitCode()).as(replay + "\n" + run).isIn(0, 1, 2);
        for (String line : (run.out() + run.err()).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            assertThat(line).as(replay + ": never an internal error\n" + run).doesNotContain("internal error");
            boolean summary = SUMMARIES.stream().anyMatch(p -> p.matcher(line).matches());
            assertThat(summary || LOCATED.matcher(line).matches())
                    .as(replay + ": each line is a located problem or a summary: " + line + "\n" + run).isTrue();
        }
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
        return new CliRun(exit, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    /** The bundled catalogue, the generator's test catalogues and the broken cases' valid one. */
    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        sources.add(Path.of("..", "schemas", "infrahub"));
        try (Stream<Path> catalogs = Files.list(Path.of("..", "generator", "src", "test", "resources", "catalogs"))) {
            catalogs.filter(Files::isDirectory).sorted().forEach(sources::add);
        }
        sources.add(Path.of("..", "generator", "src", "test", "resources", "broken", "valid", "catalog"));
        return sources;
    }

    /** Applies one random mutation; says which. */
    private static String mutate(Path catalogue, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(catalogue)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path file = files.get(random.nextInt(files.size()));
        String name = catalogue.relativize(file).toString();
        int kind = random.nextInt(10);
        byte[] bytes = Files.readAllBytes(file);
        switch (kind) {
            case 0, 1, 2, 3 -> {
                JsonNode root;
                try {
                    root = JSON.readTree(bytes);
                } catch (RuntimeException e) {
                    return name + ": unparsable, left as it is";
                }
                String what = mutateJson(root, random);
                Files.write(file, JSON.writeValueAsBytes(root));
                return name + ": " + what;
            }
            case 4 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
                Files.write(file, bytes);
                return name + ": byte " + at + " set";
            }
            case 5 -> {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(40));
                byte[] cut = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, cut, 0, from);
                System.arraycopy(bytes, to, cut, from, bytes.length - to);
                Files.write(file, cut);
                return name + ": bytes " + from + " to " + to + " deleted";
            }
            case 6 -> {
                int at = random.nextInt(bytes.length + 1);
                String[] inserts = {"\uFEFF", "\u0000", "\"", "{", "[", "]", "}", ",", "\\u", "\\ud800", "1e99999",
                        "\n\r\t", "é", "💥", "%", "/"};
                byte[] insert = random.nextBoolean() ? inserts[random.nextInt(inserts.length)]
                        .getBytes(StandardCharsets.UTF_8) : new byte[] {(byte) (0x80 + random.nextInt(128))};
                byte[] grown = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, grown, 0, at);
                System.arraycopy(insert, 0, grown, at, insert.length);
                System.arraycopy(bytes, at, grown, at + insert.length, bytes.length - at);
                Files.write(file, grown);
                return name + ": bytes inserted at " + at;
            }
            case 7 -> {
                Files.delete(file);
                return name + ": deleted";
            }
            case 8 -> {
                String[] names = {"messages/a.b.c.json", "defs/x.json", "messages/copy.json", "responses/a.b.c.json",
                        "messages/.hidden.json", "stray.txt", "defs/sub/x.json", "messages/NUL.json"};
                Path copy = catalogue.resolve(names[random.nextInt(names.length)]);
                Files.createDirectories(copy.getParent());
                Files.write(copy, bytes);
                return name + ": copied to " + catalogue.relativize(copy);
            }
            default -> {
                Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
                return name + ": truncated";
            }
        }
    }

    private static String mutateJson(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = randomValue(random, containers);
        if (target instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>(object.propertyNames());
            int choice = random.nextInt(3);
            if (choice == 0 && !keys.isEmpty()) {
                String key = keys.get(random.nextInt(keys.size()));
                object.remove(key);
                return "removed " + key;
            }
            if (choice == 1 && !keys.isEmpty()) {
                String key = keys.get(random.nextInt(keys.size()));
                object.set(key, value);
                return "replaced " + key + " with " + shorten(value);
            }
            String key = KEYWORDS.get(random.nextInt(KEYWORDS.size()));
            object.set(key, value);
            return "set " + key + " to " + shorten(value);
        }
        ArrayNode array = (ArrayNode) target;
        if (!array.isEmpty() && random.nextBoolean()) {
            int at = random.nextInt(array.size());
            array.set(at, value);
            return "element " + at + " replaced with " + shorten(value);
        }
        array.add(value);
        return "added " + shorten(value);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    private static JsonNode randomValue(Random random, List<JsonNode> containers) {
        return switch (random.nextInt(22)) {
            case 0 -> NODES.stringNode("");
            case 1 -> NODES.stringNode("x".repeat(random.nextInt(3) == 0 ? 70_000 : 5));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e99999"));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(2147483648L);
            case 5 -> NODES.numberNode(1.5);
            case 6 -> NODES.booleanNode(random.nextBoolean());
            case 7 -> NODES.nullNode();
            case 8 -> NODES.arrayNode();
            case 9 -> NODES.objectNode();
            case 10 -> NODES.objectNode().put("$ref", List.of("#", "#/$defs/%ZZ", "../defs/none.json",
                    "../../../etc/passwd", "https://example.com/x.json", "#/properties", "meta.json#/$defs/x",
                    "../defs/meta.json#", "#/$defs/a~2b").get(random.nextInt(9)));
            case 11 -> NODES.objectNode().put("type", List.of("object", "string", "integer", "number", "boolean",
                    "array", "null", "any").get(random.nextInt(8)));
            case 12 -> NODES.stringNode(List.of("(a+)+$", "[", "\\p{Foo}", "(?<n>a)\\k<n>", "^\\d{1,99999}$",
                    "\\ud800", "(?=a)").get(random.nextInt(7)));
            case 13 -> NODES.stringNode(List.of("a.b.c", "A.B", "class", "java.lang", "x-", "1abc", "a..b", "",
                    "order.item.placed", "com.example", "$", "_").get(random.nextInt(12)));
            case 14 -> {
                ArrayNode deep = NODES.arrayNode();
                ArrayNode at = deep;
                for (int i = 0; i < 20 + random.nextInt(60); i++) {
                    at = at.addArray();
                }
                yield deep;
            }
            case 15 -> {
                ArrayNode many = NODES.arrayNode();
                int size = random.nextInt(4) == 0 ? 12_000 : 1_200;
                for (int i = 0; i < size; i++) {
                    many.add("v" + i);
                }
                yield many;
            }
            case 16 -> NODES.stringNode(List.of("message", "response", "priority", "headers", "date-time",
                    "x", "reply_to").get(random.nextInt(7)));
            case 17 -> NODES.numberNode(random.nextInt(12) - 1);
            case 18 -> NODES.objectNode().set("properties", NODES.objectNode().set("k" + random.nextInt(5),
                    NODES.objectNode().put("type", "string")));
            default -> containers.get(random.nextInt(containers.size())).deepCopy();
        };
    }

    private static String shorten(JsonNode value) {
        String text = value.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A hash of every file and folder under {@code root} but {@code excluded}: names and contents. */
    private static String hashExcept(Path root, Path excluded) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> !p.startsWith(excluded)).sorted().toList();
        }
        for (Path path : paths) {
            sha.update(root.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
            if (Files.isRegularFile(path)) {
                sha.update(Files.readAllBytes(path));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
