package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** One class cache for the tests that only need the shop catalogue compiled (once). */
    @TempDir
    static Path sharedCache;

    @Test
    void aValidBodyOfTheBundledCatalogue(@TempDir Path dir) throws IOException {
        Path body = write(dir, "ping.json", "{\"meta\": {\"correlation_id\": \"c-1\"}, \"message\": \"ping\"}");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", body.toString());

        assertThat(run.out()).isEqualTo("1 file valid as send.echo.request message\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void everyViolationIsALineWithTheFileAndThePointer(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.json", "{\"message\": \"ping\"}");
        Path bad = write(dir, "bad.json", "{\"meta\": {\"request_id\": 7}, \"message\": 5}");
        Path missing = write(dir, "missing.json", "{}");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", good.toString(), bad.toString(),
                missing.toString());

        assertThat(run.out()).isEqualTo(bad + ": /meta/request_id: must be a string, not an integer\n"
                + bad + ": /message: must be a string, not an integer\n"
                + missing + ": (root): required property \"message\" is missing\n");
        assertThat(run.err()).isEqualTo("3 violations in 2 of 3 files (validated as send.echo.request message)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aFileThatIsNotJsonIsReportedWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path body = write(dir, "broken.json", "{\n  \"message\": ping\n}");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", body.toString());

        assertThat(run.out()).isEqualTo(body + ": line 2 column 14: malformed JSON: unexpected 'ping': expected a"
                + " value (a string is written in double quotes)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void anUnclosedObjectIsOneCleanLine() {
        CliRun run = CliRun.withStdin("{\"message\": \"ping\"\n", "validate", "--routing-key", "send.echo.request",
                "-");

        assertThat(run.out()).isEqualTo("<stdin>: line 2 column 1: malformed JSON: unexpected end of input: the"
                + " object opened at 1:1 is not closed\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void trailingDataIsReportedWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path body = write(dir, "twice.json", "{\"message\": \"a\"} {}");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", body.toString());

        assertThat(run.out()).isEqualTo(body + ": line 1 column 18: unexpected data after the JSON value\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void dashReadsStandardInput() {
        CliRun run = CliRun.withStdin("{\"message\": true}", "validate", "--routing-key", "send.echo.request", "-");

        assertThat(run.out()).isEqualTo("<stdin>: /message: must be a string, not a boolean\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void responseValidatesTheResponse(@TempDir Path dir) throws IOException {
        Path body = write(dir, "reply.json", "{\"data\": {\"response\": 1}}");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", "--response", body.toString());

        assertThat(run.out()).isEqualTo(body + ": /data/response: must be a string, not an integer\n");
        assertThat(run.err()).endsWith("(validated as send.echo.request response)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void anUnknownRoutingKeyIsAUsageErrorWithASuggestion(@TempDir Path dir) throws IOException {
        Path body = write(dir, "ping.json", "{\"message\": \"ping\"}");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.reqest", body.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("busgen: error: unknown message routing key 'send.echo.reqest'; the infrahub"
                + " catalogue's message routing keys: check.generator.run,")
                .contains("git.file.get, ")
                .endsWith(", send.echo.request; did you mean 'send.echo.request'?\n"
                        + "Run 'busgen validate --help' for usage.\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aKeyFarFromAnyIsListedWithoutASuggestion(@TempDir Path dir) throws IOException {
        Path body = write(dir, "x.json", "{}");

        CliRun run = CliRun.of("validate", "--catalog", CliRun.shop().toString(), "--no-cache", "--routing-key",
                "zzz", body.toString());

        assertThat(run.err()).isEqualTo("busgen: error: unknown message routing key 'zzz'; the shop catalogue's"
                + " message routing keys: order.item.placed\nRun 'busgen validate --help' for usage.\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aMessageWithoutAResponseIsAUsageError(@TempDir Path dir) throws IOException {
        Path body = write(dir, "x.json", "{}");

        CliRun run = CliRun.of("validate", "--routing-key", "check.generator.run", "--response", body.toString());

        assertThat(run.err()).startsWith("busgen: error: message 'check.generator.run' has no response; the infrahub"
                + " catalogue's response routing keys: git.file.get, send.echo.request\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aMissingFileIsAnErrorAndNothingIsValidated(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.json", "{\"message\": 1}");
        Path missing = dir.resolve("missing.json");

        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", good.toString(), missing.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("busgen: error: " + missing
                + ": cannot read the file (no such file or directory)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aFolderIsNotAFile(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", dir.toString());

        assertThat(run.err()).isEqualTo("busgen: error: " + dir + ": a directory, not a file; name the body files"
                + " to read\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void theRoutingKeyAndAFileAreRequired() {
        CliRun noKey = CliRun.of("validate", "x.json");
        CliRun noFile = CliRun.of("validate", "--routing-key", "send.echo.request");

        assertThat(noKey.err()).startsWith("busgen: error: Missing required option: '--routing-key=KEY'");
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(noFile.err()).startsWith("busgen: error: Missing required parameter: 'FILE'");
        assertThat(noFile.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", "--assert-format", "x.json");

        assertThat(run.err()).startsWith("busgen: error: Unknown option: '--assert-format'")
                .contains("--assert-formats");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aCatalogueWithProblemsPrintsTheProblems(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.brokenShop(dir);
        Path body = write(dir, "order.json", "{}");

        CliRun run = CliRun.of("validate", "--catalog", catalogue.toString(), "--no-cache", "--routing-key",
                "order.item.placed", body.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(CliRun.brokenShopProblem(catalogue) + "\nbusgen: error: 1 problem in ");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    // ---- catalogues other than the bundled one: compiled, and cached ------------------------------------------------

    @Test
    void anotherCatalogueIsCompiledAndValidates(@TempDir Path dir) throws IOException {
        Path good = write(dir, "good.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");
        Path bad = write(dir, "bad.json", "{\"order_id\": \"o-1\", \"quantity\": 0}");

        CliRun run = CliRun.of("validate", "--catalog", CliRun.shop().toString(), "--cache-dir",
                sharedCache.toString(), "--routing-key", "order.item.placed", good.toString(), bad.toString());

        assertThat(run.out()).isEqualTo(bad + ": /quantity: must be at least 1, not 0\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void anotherCataloguesResponse(@TempDir Path dir) throws IOException {
        Path body = write(dir, "reply.json", "{\"accepted\": \"yes\"}");

        CliRun run = CliRun.of("validate", "--catalog", CliRun.shop().toString(), "--cache-dir",
                sharedCache.toString(), "--routing-key", "order.item.placed", "--response", body.toString());

        assertThat(run.out()).isEqualTo(body + ": /accepted: must be a boolean, not a string\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aSecondRunLoadsTheClassesFromTheCache(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        Path body = write(dir, "good.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");
        String[] args = {"validate", "--catalog", CliRun.shop().toString(), "--cache-dir", cache.toString(),
            "--routing-key", "order.item.placed", body.toString()};

        int before = CatalogCompiler.compilations();
        CliRun first = CliRun.of(args);
        int afterFirst = CatalogCompiler.compilations();
        List<Path> entries = entries(cache);
        Path classFile = entries.get(0).resolve("com/example/shop/ShopCatalog.class");
        long written = Files.getLastModifiedTime(classFile).toMillis();
        CliRun second = CliRun.of(args);

        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(CatalogCompiler.compilations()).as("compilations after the second run").isEqualTo(afterFirst);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getFileName().toString()).matches("[0-9a-f]{64}");
        assertThat(entries.get(0).resolve(ClassCache.MANIFEST)).isRegularFile();
        assertThat(Files.getLastModifiedTime(classFile).toMillis()).isEqualTo(written);
        // Written atomically: no temporary folder is left behind.
        try (Stream<Path> all = Files.list(cache)) {
            assertThat(all).containsExactlyElementsOf(entries);
        }
    }

    @Test
    void aChangedCatalogueGetsANewCacheEntry(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.copyOfShop(dir);
        Path cache = dir.resolve("cache");
        Path body = write(dir, "order.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");
        CliRun.of("validate", "--catalog", catalogue.toString(), "--cache-dir", cache.toString(), "--routing-key",
                "order.item.placed", body.toString());
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"minimum\": 1", "\"minimum\": 5"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", "--catalog", catalogue.toString(), "--cache-dir", cache.toString(),
                "--routing-key", "order.item.placed", body.toString());

        assertThat(run.out()).isEqualTo(body + ": /quantity: must be at least 5, not 2\n");
        assertThat(entries(cache)).hasSize(2);
    }

    @Test
    void aBrokenCacheEntryIsIgnoredAndRebuilt(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        Path body = write(dir, "bad.json", "{\"order_id\": \"o-1\", \"quantity\": 0}");
        String[] args = {"validate", "--catalog", CliRun.shop().toString(), "--cache-dir", cache.toString(),
            "--routing-key", "order.item.placed", body.toString()};
        CliRun.of(args);
        Path entry = entries(cache).get(0);
        Path classFile = entry.resolve("com/example/shop/ShopValidators.class");
        Files.write(classFile, new byte[] {(byte) 0xca, (byte) 0xfe});

        int before = CatalogCompiler.compilations();
        CliRun truncated = CliRun.of(args);
        Files.delete(entry.resolve(ClassCache.MANIFEST));
        CliRun noManifest = CliRun.of(args);

        assertThat(truncated.out()).isEqualTo(body + ": /quantity: must be at least 1, not 0\n");
        assertThat(truncated.err()).doesNotContain("error").doesNotContain("warning");
        assertThat(noManifest.out()).isEqualTo(truncated.out());
        assertThat(CatalogCompiler.compilations()).isEqualTo(before + 2);
        assertThat(Files.size(classFile)).isGreaterThan(2);
        assertThat(entry.resolve(ClassCache.MANIFEST)).isRegularFile();
    }

    @Test
    void aCacheEntryWhoseClassesDoNotLoadIsRebuilt(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        Path body = write(dir, "good.json", "{\"order_id\": \"o-1\", \"quantity\": 1}");
        String[] args = {"validate", "--catalog", CliRun.shop().toString(), "--cache-dir", cache.toString(),
            "--routing-key", "order.item.placed", body.toString()};
        CliRun.of(args);
        Path entry = entries(cache).get(0);
        // A manifest that matches its files, but the classes are not class files.
        Path classFile = entry.resolve("com/example/shop/ShopCatalog.class");
        Files.write(classFile, "not a class".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(entry.resolve(ClassCache.MANIFEST),
                sha256("not a class") + "  com/example/shop/ShopCatalog.class\n", StandardCharsets.UTF_8);

        int before = CatalogCompiler.compilations();
        CliRun run = CliRun.of(args);

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CatalogCompiler.compilations()).isEqualTo(before + 1);
        assertThat(Files.size(classFile)).isGreaterThan(100);
    }

    @Test
    void cacheDirAndNoCacheContradictEachOther(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", "--catalog", CliRun.shop().toString(), "--no-cache", "--cache-dir",
                dir.toString(), "--routing-key", "order.item.placed", "x.json");

        assertThat(run.err()).startsWith("busgen: error: --cache-dir and --no-cache contradict each other");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void formatsAreAssertedOnlyWhenAsked(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"format\": \"uuid\"\n"),
                StandardCharsets.UTF_8);
        Path body = write(dir, "order.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");

        CliRun annotation = CliRun.of("validate", "--catalog", catalogue.toString(), "--cache-dir",
                sharedCache.toString(), "--routing-key", "order.item.placed", body.toString());
        CliRun assertion = CliRun.of("validate", "--catalog", catalogue.toString(), "--cache-dir",
                sharedCache.toString(), "--routing-key", "order.item.placed", "--assert-formats", body.toString());

        assertThat(annotation.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(assertion.out()).startsWith(body + ": /order_id: ").contains("uuid");
        assertThat(assertion.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void assertsTheInternationalisedNameFormatsWithTheIcuItCarries(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"format\": \"idn-hostname\"\n"),
                StandardCharsets.UTF_8);
        Path good = write(dir, "good.json", "{\"order_id\": \"b\u00FCcher.example\", \"quantity\": 2}");
        Path bad = write(dir, "bad.json", "{\"order_id\": \"\u0640\u07FA.example\", \"quantity\": 2}");

        CliRun run = CliRun.of("validate", "--catalog", catalogue.toString(), "--cache-dir", sharedCache.toString(),
                "--routing-key", "order.item.placed", "--assert-formats", good.toString(), bad.toString());

        assertThat(run.err()).startsWith("1 violation in 1 of 2 files");
        assertThat(run.out()).startsWith(bad + ": /order_id: must be a valid idn-hostname").doesNotContain(good + ":");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void withoutACompilerAnotherCatalogueIsOneErrorLine(@TempDir Path dir) throws IOException {
        Path body = write(dir, "good.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");
        var available = CatalogCompiler.compilerAvailable;
        CatalogCompiler.compilerAvailable = () -> false;
        try {
            CliRun run = CliRun.of("validate", "--catalog", CliRun.shop().toString(), "--cache-dir",
                    dir.resolve("cache").toString(), "--routing-key", "order.item.placed", body.toString());

            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("busgen: error: cannot compile the Java of the catalogue "
                    + CliRun.shop() + ": this Java runtime has no compiler").hasLineCount(1);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        } finally {
            CatalogCompiler.compilerAvailable = available;
        }
    }

    @Test
    void theBundledCatalogueNeedsNoCompiler(@TempDir Path dir) throws IOException {
        Path body = write(dir, "ping.json", "{\"message\": \"ping\"}");
        var available = CatalogCompiler.compilerAvailable;
        CatalogCompiler.compilerAvailable = () -> false;
        try {
            CliRun run = CliRun.of("validate", "--routing-key", "send.echo.request", body.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        } finally {
            CatalogCompiler.compilerAvailable = available;
        }
    }

    @Test
    void theDefaultCacheFollowsXdg() {
        assertThat(CacheOption.defaultDirectory(java.util.Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me"))
                .isEqualTo(Path.of("/var/cache/me/busgen"));
        assertThat(CacheOption.defaultDirectory(java.util.Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/busgen"));
        assertThat(CacheOption.defaultDirectory(java.util.Map.of("XDG_CACHE_HOME", "relative"), "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/busgen"));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The entries of a class cache (its hash-named folders). */
    static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> all = Files.list(cache)) {
            return all.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
