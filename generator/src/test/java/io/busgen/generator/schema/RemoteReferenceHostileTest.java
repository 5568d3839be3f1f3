package io.busgen.generator.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile standalone schemas and registries: reference cycles within and across documents, dynamic references that
 * come back to themselves, registry paths that lead out of their folder, huge, deep and endless chains of remote
 * documents. Each gets a located one-line problem with its fix; none hangs or overflows the stack. The time-out only
 * guards against a hang.
 */
class RemoteReferenceHostileTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final String HOST = "https://schemas.example.com/";

    @TempDir
    Path folder;

    private SchemaRegistry registry() {
        return SchemaRegistry.builder().folder(HOST, folder).build();
    }

    private void write(String name, String json) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    private List<String> problems(String schema, SchemaRegistry registry) {
        StandaloneSchema.Loaded loaded = assertTimeoutPreemptively(HANG_GUARD,
                () -> StandaloneSchema.load("s.json", schema, registry));
        return loaded.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aReferenceCycleThroughRemoteDocumentsIsRefusedWhereItStarts() throws IOException {
        write("a.json", "{\"$ref\": \"b.json\"}");
        write("b.json", "{\"allOf\": [{\"$ref\": \"a.json\"}]}");

        assertThat(problems("{\"$ref\": \"" + HOST + "a.json\"}", registry())).containsExactly(
                HOST + "a.json:1:10: #/$ref: reference cycle: validating a value here comes back here without"
                        + " reading into the value (" + HOST + "a.json# -> " + HOST + "b.json# -> " + HOST
                        + "b.json#/allOf/0 -> " + HOST + "a.json#), so it would never finish; break the cycle");
    }

    @Test
    void aSchemaThatRefersToItselfIsRefused() {
        assertThat(problems("{\"$defs\": {\"a\": {\"$ref\": \"#\"}}, \"anyOf\": [{\"$ref\": \"#/$defs/a\"}]}",
                SchemaRegistry.NONE)).containsExactly(
                "s.json:1:52: #/anyOf/0/$ref: reference cycle: validating a value here comes back here without"
                        + " reading into the value (s.json# -> s.json#/anyOf/0 -> s.json#/$defs/a -> s.json#), so it"
                        + " would never finish; break the cycle");
    }

    @Test
    void aDynamicReferenceThatCanComeBackToItselfIsRefused() {
        assertThat(problems("{\"$dynamicAnchor\": \"node\", \"$dynamicRef\": \"#node\"}", SchemaRegistry.NONE))
                .containsExactly("s.json:1:43: #/$dynamicRef: reference cycle: validating a value here comes back"
                        + " here without reading into the value (s.json# -> s.json#), so it would never finish; break"
                        + " the cycle");
    }

    @Test
    void aRecursiveDynamicReferenceThatReadsIntoTheValueIsFine() {
        assertThat(problems("{\"$dynamicAnchor\": \"node\", \"properties\": {\"child\": {\"$dynamicRef\": \"#node\"}}}",
                SchemaRegistry.NONE)).isEmpty();
    }

    @Test
    void aRegistryPathThatLeadsOutOfItsFolderIsRefused(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("secret.json"), "{}");
        Files.createSymbolicLink(folder.resolve("link.json"), outside);
        write("inner/x.json", "{\"$ref\": \"../../away.json\"}");

        assertThat(problems("{\"anyOf\": [{\"$ref\": \"" + HOST + "link.json\"}, {\"$ref\": \"" + HOST
                + "%2e%2e/secret.json\"}, {\"$ref\": \"" + HOST + "inner/x.json\"}]}", registry()))
                .containsExactly(
                        HOST + "inner/x.json:1:10: #/$ref: reference \"../../away.json\": \""
                                + HOST + "../away.json\" leads out of the documents mapped at "
                                + HOST + " (or escapes its name): busgen reads only plain names below the mapped"
                                + " folder; map that document itself with SchemaRegistry.Builder.file",
                        "s.json:1:21: #/anyOf/0/$ref: reference \"" + HOST + "link.json\": "
                                + folder.resolve("link.json")
                                + " is a link that leads out of " + folder + ", the folder mapped at " + HOST
                                + ": busgen reads only inside the mapped folder; copy the document into it",
                        "s.json:1:72: #/anyOf/1/$ref: reference \"" + HOST + "%2e%2e/secret.json\": \"" + HOST
                                + "../secret.json\" leads out of the documents mapped at " + HOST + " (or escapes"
                                + " its name): busgen reads only plain names below the mapped folder; map that"
                                + " document itself with SchemaRegistry.Builder.file");
    }

    @Test
    void aHugeRemoteDocumentIsRefusedUnread() throws IOException {
        write("huge.json", "{\"description\": \"" + "x".repeat(SchemaRegistry.MAX_DOCUMENT_BYTES) + "\"}");

        assertThat(problems("{\"$ref\": \"" + HOST + "huge.json\"}", registry())).containsExactly(
                "s.json:1:10: #/$ref: reference \"" + HOST + "huge.json\": " + folder.resolve("huge.json")
                        + " is longer than 8388608 bytes, the most busgen reads of one schema document; split it");
    }

    @Test
    void aDeepRemoteDocumentIsReportedInThatDocument() throws IOException {
        write("deep.json", "{\"not\": ".repeat(10_000) + "{}" + "}".repeat(10_000));

        assertThat(problems("{\"$ref\": \"" + HOST + "deep.json\"}", registry())).singleElement()
                .asString().startsWith(HOST + "deep.json:1:");
    }

    @Test
    void anEndlessChainOfRemoteDocumentsStopsAtTheLimit() throws IOException {
        for (int i = 0; i <= StandaloneSchema.MAX_DOCUMENTS + 5; i++) {
            write("chain/" + i + ".json", "{\"properties\": {\"next\": {\"$ref\": \"" + (i + 1) + ".json\"}}}");
        }

        assertThat(problems("{\"$ref\": \"" + HOST + "chain/0.json\"}", registry())).containsExactly(
                HOST + "chain/998.json:1:34: #/properties/next/$ref: reference \"999.json\" would read a document"
                        + " beyond the 1000 that one schema may bring in; bundle the schemas into fewer documents");
    }

    @Test
    void aUriTheRegistryDoesNotMapSaysHowToMapIt() {
        assertThat(problems("{\"$ref\": \"https://elsewhere.example.com/a.json#/$defs/b\"}", registry()))
                .containsExactly("s.json:1:10: #/$ref: remote reference"
                        + " \"https://elsewhere.example.com/a.json#/$defs/b\" (https://elsewhere.example.com/a.json) is"
                        + " in no document of the schema registry: busgen never fetches schemas; map the URI to a file"
                        + " or folder (SchemaRegistry.builder().file(...) or .folder(...), see docs/validators.md), or"
                        + " put the schema in \"$defs\"");
    }
}
