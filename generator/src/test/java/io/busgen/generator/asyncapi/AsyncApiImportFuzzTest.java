package io.busgen.generator.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer of the importer (docs/fuzzing.md): documents made from the fixtures and an export by
 * deleting, duplicating, swapping and retyping pieces of their text. Every document must give a catalogue or located
 * one-line problems, never an exception; every catalogue it gives is then loaded, and loading must not throw either.
 * Bounded to about 30 seconds. It has found no failure at this seed; the shapes it aims at are kept below as fixed
 * cases, and the limits it leans on in {@link AsyncApiImportHostileTest}.
 */
class AsyncApiImportFuzzTest {

    private static final long SEED = 0x5EED_A5F1L;
    private static final long BUDGET_NANOS = 30_000_000_000L;
    private static final String[] INSERTS = {"$ref: '#/components/schemas'", "null", "[]", "{}", "'#/'", "&a", "*a",
        "0", "-1", "256", "1e400", "\"\\u0000\"", "type: object", "items: [{}]", "oneOf: []", "address: null",
        "priority: 0", "reply: {}", "definitions: {x: {}}", "~", "x-busgen-name: n", "? [a]\n: b", "!!binary x"};

    @Test
    void everyMutantGivesACatalogueOrLocatedProblems(@TempDir Path temp) throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String name : List.of("streetlights-2.6.yaml", "inventory-2.6.json", "orders-3.0.yaml")) {
            seeds.add(new String(AsyncApiImportFixturesTest.fixture(name), StandardCharsets.UTF_8));
        }
        seeds.add(DocumentFormat.YAML.write(AsyncApiExport.export(AsyncApiCatalogues.all().get(0).root(), "infrahub")
                .document()));
        Random random = new Random(SEED);
        long start = System.nanoTime();
        int runs = 0;
        while (System.nanoTime() - start < BUDGET_NANOS && runs < 3_000) {
            String text = mutate(seeds.get(random.nextInt(seeds.size())), random);
            check(text, temp.resolve("run" + runs));
            runs++;
        }
        assertThat(runs).isGreaterThan(50);
    }

    /** Shapes the mutations aim at, kept as fixed cases. */
    @Test
    void fixedCases(@TempDir Path temp) throws IOException {
        check("asyncapi: 3.0.0\nchannels:\n  a:\n    address: a.b.c\n    messages:\n      m:\n        payload: true\n",
                temp.resolve("boolean-payload"));
        check("asyncapi: 3.0.0\noperations:\n  o:\n    action: send\n    channel: {$ref: '#/channels/x'}\n",
                temp.resolve("operation-to-nothing"));
        check("asyncapi: 3.0.0\ncomponents:\n  schemas:\n    s: {$ref: '#/components/schemas/s'}\n",
                temp.resolve("component-to-itself"));
    }

    private static void check(String text, Path folder) throws IOException {
        AsyncApiImport.Result result;
        try {
            result = AsyncApiImport.read("fuzz.yaml", text.getBytes(StandardCharsets.UTF_8),
                    AsyncApiImport.Options.DEFAULTS);
        } catch (RuntimeException | StackOverflowError e) {
            fail("the importer threw on:\n" + text, e);
            return;
        }
        for (Problem problem : result.problems()) {
            assertThat(problem.format()).as(text).startsWith("fuzz.yaml:").doesNotContain("\n");
        }
        if (result.ok()) {
            for (Map.Entry<String, String> file : result.files().entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            try {
                CatalogLoader.load(folder, "imported");
            } catch (RuntimeException e) {
                fail("loading what the importer wrote threw, for:\n" + text, e);
            }
        }
    }

    private static String mutate(String seed, Random random) {
        String text = seed;
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, 1 + random.nextInt(40));
            switch (random.nextInt(5)) {
                case 0 -> text = text.substring(0, at) + text.substring(at + length);
                case 1 -> text = text.substring(0, at) + text.substring(at, at + length) + text.substring(at);
                case 2 -> text = text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)]
                        + text.substring(at + length);
                case 3 -> {
                    // swap two lines
                    String[] lines = text.split("\n", -1);
                    int a = random.nextInt(lines.length);
                    int b = random.nextInt(lines.length);
                    String line = lines[a];
                    lines[a] = lines[b];
                    lines[b] = line;
                    text = String.join("\n", lines);
                }
                default -> text = text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)]
                        + text.substring(at);
            }
        }
        return text;
    }
}
