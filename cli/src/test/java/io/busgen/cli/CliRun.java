package io.busgen.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the busgen command line in the test's JVM: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), args);
    }

    /** Runs busgen with {@code stdin} as its standard input (what {@code -} reads). */
    static CliRun withStdin(String stdin, String... args) {
        return of(Main.newCommandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), args);
    }

    /** Runs {@code commandLine} (made by {@link Main#newCommandLine}, maybe with more subcommands) with {@code args}. */
    static CliRun of(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new CliRun(exitCode, normalize(out), normalize(err));
    }

    /** A folder of the test resources, as a path. */
    static Path resource(String name) {
        URL url = CliRun.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The small valid test catalogue {@code shop}. */
    static Path shop() {
        return resource("/catalogs/shop");
    }

    /** A copy of the {@code shop} catalogue in {@code dir}, to change. */
    static Path copyOfShop(Path dir) throws IOException {
        Path target = dir.resolve("shop");
        copyTree(shop(), target);
        return target;
    }

    /** Copies the folder {@code source} to {@code target}, with everything in it. */
    static void copyTree(Path source, Path target) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(source)) {
            sources = walk.toList();
        }
        for (Path file : sources) {
            Path copy = target.resolve(source.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(file, copy);
            }
        }
    }

    /** A copy of {@code shop} with a lint problem: an unknown keyword in its message. */
    static Path brokenShop(Path dir) throws IOException {
        Path catalogue = copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"type\": \"string\"\n", "\"type\": \"string\",\n      \"requried\": true\n"),
                StandardCharsets.UTF_8);
        return catalogue;
    }

    /** The one problem line of {@link #brokenShop}. */
    static String brokenShopProblem(Path catalogue) {
        return catalogue + "/messages/order.item.placed.json:14:19: #/properties/order_id/requried: unknown keyword"
                + " \"requried\": did you mean \"required\"?";
    }

    /** The shared fixtures ({@code testdata/}), as surefire names them, else beside the module. */
    static Path testdata() {
        String configured = System.getProperty("busgen.testdata");
        return configured != null && !configured.isEmpty() ? Path.of(configured) : Path.of("..", "testdata");
    }

    private static String normalize(StringWriter written) {
        return written.toString().replace(System.lineSeparator(), "\n");
    }
}
