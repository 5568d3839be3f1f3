package io.busgen.generator.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.source.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export then import gives the catalogue back, file for file (the same JSON, members in the same order, numbers of the
 * same value); and exporting what was imported gives the same document, byte for byte.
 */
class AsyncApiRoundTripTest {

    static Stream<AsyncApiCatalogues.Named> catalogues() {
        return AsyncApiCatalogues.all().stream();
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void yamlRoundTrip(AsyncApiCatalogues.Named catalogue, @TempDir Path temp) throws IOException {
        roundTrip(catalogue, DocumentFormat.YAML, temp);
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void jsonRoundTrip(AsyncApiCatalogues.Named catalogue, @TempDir Path temp) throws IOException {
        roundTrip(catalogue, DocumentFormat.JSON, temp);
    }

    private static void roundTrip(AsyncApiCatalogues.Named catalogue, DocumentFormat format, Path temp)
            throws IOException {
        JsonValue document = AsyncApiExport.export(catalogue.root(), catalogue.name()).document();
        String text = format.write(document);
        AsyncApiImport.Result imported = AsyncApiImport.read("exported", text.getBytes(StandardCharsets.UTF_8),
                AsyncApiImport.Options.DEFAULTS);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.notes()).as("a busgen export imports without notes").isEmpty();

        Map<String, JsonValue> original = files(catalogue.root());
        Map<String, JsonValue> back = new TreeMap<>();
        imported.files().forEach((path, content) -> back.put(path, parse(path, content)));
        assertThat(back.keySet()).isEqualTo(original.keySet());
        for (String path : original.keySet()) {
            assertThat(same(back.get(path), original.get(path)))
                    .as(path + ":\n" + imported.files().get(path) + "\nwas\n"
                            + JsonValues.toPrettyJson(original.get(path)))
                    .isTrue();
        }

        Path written = temp.resolve(catalogue.name());
        for (Map.Entry<String, String> file : imported.files().entrySet()) {
            Path target = written.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        AsyncApiExport.Result again = AsyncApiExport.export(written, catalogue.name());
        assertThat(again.problems()).isEmpty();
        assertThat(format.write(again.document())).isEqualTo(text);
    }

    static Map<String, JsonValue> files(Path root) throws IOException {
        Map<String, JsonValue> files = new TreeMap<>();
        files.put("catalog.json", parse("catalog.json", Files.readString(root.resolve("catalog.json"))));
        for (String folder : new String[] {"messages", "responses", "defs"}) {
            Path directory = root.resolve(folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path file : entries.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                    String path = folder + "/" + file.getFileName();
                    files.put(path, parse(path, Files.readString(file)));
                }
            }
        }
        return files;
    }

    static JsonValue parse(String path, String text) {
        Problems problems = new Problems();
        JsonValue value = LocatedJsonReader.read(path, text, problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        return value;
    }

    /** The same JSON, members in the same order, numbers compared by value. */
    static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            if (!x.members().keySet().stream().toList().equals(y.members().keySet().stream().toList())) {
                return false;
            }
            return x.members().keySet().stream().allMatch(k -> same(x.members().get(k), y.members().get(k)));
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.elements().size() != y.elements().size()) {
                return false;
            }
            for (int i = 0; i < x.elements().size(); i++) {
                if (!same(x.elements().get(i), y.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.value().compareTo(y.value()) == 0;
        }
        return JsonValues.sameValue(a, b);
    }
}
