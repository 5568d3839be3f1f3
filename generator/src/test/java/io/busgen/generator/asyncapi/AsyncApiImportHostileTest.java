package io.busgen.generator.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Imported documents are input from anyone: every bad one gets a located line, within bounded time and memory. */
class AsyncApiImportHostileTest {

    private static AsyncApiImport.Result read(String text) {
        return AsyncApiImport.read("doc.yaml", text.getBytes(StandardCharsets.UTF_8), AsyncApiImport.Options.DEFAULTS);
    }

    private static String only(AsyncApiImport.Result result) {
        assertThat(result.problems()).hasSize(1);
        assertThat(result.files()).isEmpty();
        return result.problems().get(0).format();
    }

    @Test
    void aBillionLaughsStopsAtTheValueLimit() {
        StringBuilder yaml = new StringBuilder("asyncapi: 3.0.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        long start = System.nanoTime();
        String problem = only(read(yaml.toString()));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(problem).startsWith("doc.yaml:").contains("holds more than 500000 values (YAML aliases counted");
    }

    @Test
    void deepNestingStopsAtTheDepthLimit() {
        String problem = only(read("asyncapi: 3.0.0\nx: " + "[".repeat(200) + "]".repeat(200) + "\n"));
        assertThat(problem).startsWith("doc.yaml:2:").contains("nest deeper than 96 levels");
    }

    @Test
    void anAliasToNothingIsLocated() {
        assertThat(only(read("asyncapi: 3.0.0\nx: *nothing\n"))).startsWith("doc.yaml:2:");
    }

    @Test
    void duplicateKeysAreLocated() {
        assertThat(only(read("asyncapi: 3.0.0\ninfo: {}\ninfo: {}\n")))
                .isEqualTo("doc.yaml:3:7: #/info: duplicate key \"info\": readers disagree on which one counts; keep"
                        + " only one");
    }

    @Test
    void malformedYamlIsOneLocatedLine() {
        String problem = only(read("asyncapi: 3.0.0\ninfo: [\n"));
        assertThat(problem).startsWith("doc.yaml:").contains("malformed YAML").doesNotContain("\n");
    }

    @Test
    void aDocumentBeyondTheSizeLimitIsNotRead() {
        byte[] big = new byte[AsyncApiReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        AsyncApiImport.Result result = AsyncApiImport.read("big.yaml", big, AsyncApiImport.Options.DEFAULTS);
        assertThat(result.problems()).extracting(Problem::format).containsExactly("big.yaml:1:1: the document has "
                + (AsyncApiReader.MAX_BYTES + 1) + " bytes, more than the " + AsyncApiReader.MAX_BYTES
                + " busgen reads: split it, or import its parts one by one");
    }

    @Test
    void aVersionBusgenDoesNotReadNamesTheConversion() {
        assertThat(only(read("asyncapi: 1.2.0\ninfo: {title: t, version: '1'}\n")))
                .isEqualTo("doc.yaml:1:11: #/asyncapi: AsyncAPI 1.2.0: busgen imports AsyncAPI 3.0 and 2.0 to 2.6;"
                        + " convert the document (the AsyncAPI CLI's 'asyncapi convert') and import that");
    }

    @Test
    void referencesOutsideTheDocumentAreRefused() {
        String problem = only(read("asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nchannels:\n  a:\n"
                + "    address: a.b.c\n    messages:\n      m:\n        payload:\n"
                + "          $ref: 'https://example.com/schema.json'\n"));
        assertThat(problem).startsWith("doc.yaml:9:17: #/channels/a/messages/m/payload/$ref: the reference"
                + " \"https://example.com/...\" leaves the document: busgen reads one document and never the network;"
                + " bundle it first (the AsyncAPI CLI's 'asyncapi bundle')");
    }

    @Test
    void aLoopOfReferencesIsLocated() {
        AsyncApiImport.Result result = read("asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nchannels:\n"
                + "  a: {$ref: '#/channels/b'}\n  b: {$ref: '#/channels/a'}\n");
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "doc.yaml:4:6: #/channels/a: more than 64 references in a row (or a loop of them): point at the"
                        + " object itself",
                "doc.yaml:5:6: #/channels/b: more than 64 references in a row (or a loop of them): point at the"
                        + " object itself");
    }
}
