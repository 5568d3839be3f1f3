package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * busgen's distribution as a team gets it: the standalone jar and the archives the build attaches, copied or unpacked
 * into a folder outside the build tree and run there with nothing of the build around, on the bundled catalogue and on
 * a catalogue of their own (which validate compiles in-process against the jar's own runtime and Jackson).
 */
class DistributionIT {

    private static final String VERSION = ProcessRun.property("busgen.version");
    private static final Path STANDALONE_JAR = Path.of(ProcessRun.property("busgen.standaloneJar"));
    private static final Path TAR_GZ = Path.of(ProcessRun.property("busgen.distTarGz"));
    private static final Path ZIP = Path.of(ProcessRun.property("busgen.distZip"));
    private static final String FOLDER = ProcessRun.property("busgen.distFolder");
    /** The jars the standalone jar is made of (the module's runtime dependencies). */
    private static final Path LIB = Path.of(ProcessRun.property("busgen.lib"));
    private static final Path LICENSE = Path.of("..", "LICENSE");
    /** How the dependencies' licence files name the Apache License 2.0, whose text is META-INF/LICENSE. */
    private static final Pattern APACHE_2 = Pattern.compile("Apache (\\(Software\\) )?License,? [Vv]ersion 2\\.0");

    @Test
    void theStandaloneJarRunsOnItsOwnOutsideTheBuildTree(@TempDir Path team) throws Exception {
        Path jar = Files.copy(STANDALONE_JAR, Files.createDirectories(team.resolve("tools")).resolve("busgen.jar"));
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", team.resolve("xdg").toString());

        assertThat(busgen(team, environment, jar, "--version").out()).isEqualTo("busgen " + VERSION + "\n");
        ProcessRun bundled = busgen(team, environment, jar, "lint");
        assertThat(bundled.out()).matches("infrahub: 13 messages, 2 responses, \\d+ types: no problems\n");
        assertThat(bundled.exitCode()).isZero();

        assertThat(busgen(team, environment, jar, "init", "schemas/shop").exitCode()).isZero();
        ProcessRun lint = busgen(team, environment, jar, "lint", "--catalog", "schemas/shop");
        assertThat(lint.out()).isEqualTo("shop: 1 message, 1 response, 3 types: no problems\n");
        ProcessRun generate = busgen(team, environment, jar, "generate", "--catalog", "schemas/shop", "--out",
                "build/busgen");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(team.resolve("build/busgen/java/com/example/shop/ShopCatalog.java")).isRegularFile();
        assertThat(team.resolve("build/busgen/docs/catalog.md")).isRegularFile();

        Files.writeString(team.resolve("order.json"), "{\"order_id\": \"5f0c6a38-6d43-4b0e-9d53-3c1b8e0a6c11\","
                + " \"lines\": [{\"sku\": \"MUG-BLUE-350\", \"quantity\": 0}]}", StandardCharsets.UTF_8);
        List<String> validate = List.of("validate", "--catalog", "schemas/shop", "--routing-key",
                "order.stock.reserve", "order.json");
        ProcessRun compiled = busgen(team, environment, jar, validate.toArray(String[]::new));
        ProcessRun cached = busgen(team, environment, jar, validate.toArray(String[]::new));

        assertThat(compiled.out()).isEqualTo("order.json: /lines/0/quantity: must be at least 1, not 0\n");
        assertThat(compiled.err()).isEqualTo("1 violation in 1 of 1 file (validated as order.stock.reserve"
                + " message)\n");
        assertThat(compiled.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cached.out()).isEqualTo(compiled.out());
        try (Stream<Path> entries = Files.list(team.resolve("xdg/busgen"))) {
            assertThat(entries).as("the compiled classes, cached").hasSize(1);
        }
    }

    @Test
    void theStandaloneJarHoldsEveryDependencyAndNothingThatBelongsToAnotherJar() throws IOException {
        try (JarFile jar = new JarFile(STANDALONE_JAR.toFile())) {
            Set<String> names = names(jar);
            for (Path dependency : dependencies()) {
                try (ZipFile source = new ZipFile(dependency.toFile())) {
                    for (String name : names(source)) {
                        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                            assertThat(names).as("%s of %s", name, dependency.getFileName()).contains(name);
                        }
                    }
                }
            }
            assertThat(names).noneMatch(n -> n.endsWith("module-info.class"))
                    .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Main-Class")).isEqualTo("io.busgen.cli.Main");
            assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
            assertThat(manifest.getValue("Class-Path")).as("nothing outside the jar").isNull();
            // Both jars that provide a Jackson TokenStreamFactory are found through one merged service file.
            assertThat(text(jar, "META-INF/services/tools.jackson.core.TokenStreamFactory").lines())
                    .contains("tools.jackson.core.json.JsonFactory", "tools.jackson.dataformat.yaml.YAMLFactory");
            assertThat(text(jar, "META-INF/services/org.slf4j.spi.SLF4JServiceProvider")).isNotBlank();
        }
    }

    @Test
    void theStandaloneJarCarriesTheLicenceAndNoticeOfEveryLibraryInIt() throws IOException {
        try (JarFile jar = new JarFile(STANDALONE_JAR.toFile())) {
            String apacheLicence = Files.readString(LICENSE, StandardCharsets.UTF_8);
            assertThat(text(jar, "META-INF/LICENSE")).isEqualTo(apacheLicence);
            String notice = text(jar, "META-INF/NOTICE");
            String thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
            for (Path dependency : dependencies()) {
                String artifact = dependency.getFileName().toString().replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", "");
                if (!artifact.startsWith("busgen-")) {
                    assertThat(thirdParty).as("THIRD-PARTY.txt names %s", artifact).contains(":" + artifact);
                }
                try (ZipFile source = new ZipFile(dependency.toFile())) {
                    for (String name : names(source)) {
                        String upper = name.toUpperCase(java.util.Locale.ROOT);
                        if (upper.startsWith("META-INF/NOTICE")) {
                            for (String line : text(source, name).lines().filter(l -> !l.isBlank()).toList()) {
                                assertThat(notice).as("META-INF/NOTICE holds %s of %s", name, artifact)
                                        .contains(line);
                            }
                        } else if (upper.startsWith("META-INF/") && upper.contains("LICENSE")) {
                            String licence = text(source, name).replace("\r\n", "\n");
                            boolean sameFile = jar.getEntry(name) != null
                                    && text(jar, name).replace("\r\n", "\n").equals(licence);
                            boolean apache = APACHE_2.matcher(licence).find();
                            assertThat(sameFile || apache || thirdParty.contains(licence.strip()))
                                    .as("the licence %s of %s is in the jar, or is the Apache License, or is in"
                                            + " THIRD-PARTY.txt", name, artifact).isTrue();
                        }
                    }
                }
            }
        }
    }

    @Test
    void theTarGzUnpacksToAbinBusgenThatRunsFromAnywhere(@TempDir Path team) throws Exception {
        Path opt = Files.createDirectories(team.resolve("opt"));
        ProcessRun untar = ProcessRun.of(opt, Map.of(), List.of("tar", "-xzf", TAR_GZ.toString()));
        assertThat(untar.exitCode()).as(untar.err()).isZero();
        Path home = opt.resolve(FOLDER);

        assertThat(files(home)).containsExactly("LICENSE", "NOTICE", "THIRD-PARTY.txt", "bin/busgen",
                "bin/busgen.cmd", "lib/busgen.jar");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/busgen")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("lib/busgen.jar")).hasSameBinaryContentAs(STANDALONE_JAR);
        // Linked from a folder on the PATH, as people install it.
        Path link = Files.createSymbolicLink(Files.createDirectories(team.resolve("bin")).resolve("busgen"),
                home.resolve("bin/busgen"));
        Map<String, String> jdk = Map.of("JAVA_HOME", System.getProperty("java.home"));

        ProcessRun version = ProcessRun.of(team, jdk, List.of(link.toString(), "--version"));
        ProcessRun list = ProcessRun.of(team, jdk, List.of(home.resolve("bin/busgen").toString(), "list",
                "--format", "json"));

        assertThat(version.out()).isEqualTo("busgen " + VERSION + "\n");
        assertThat(version.exitCode()).isZero();
        assertThat(list.out()).contains("\"routingKey\" : \"git.file.get\"");
        assertThat(list.exitCode()).isZero();
    }

    @Test
    void theZipHoldsTheSameFilesAndItsScriptsRun(@TempDir Path team) throws Exception {
        Path home = team.resolve(FOLDER);
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                Path target = team.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(team)).as("%s stays in the folder", entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }

        assertThat(files(home)).containsExactly("LICENSE", "NOTICE", "THIRD-PARTY.txt", "bin/busgen",
                "bin/busgen.cmd", "lib/busgen.jar");
        String cmd = Files.readString(home.resolve("bin/busgen.cmd"), StandardCharsets.UTF_8);
        assertThat(cmd).contains("\"%BUSGEN_HOME%\\lib\\busgen.jar\"").doesNotContain("\r\r");
        assertThat(cmd.split("\n")).allSatisfy(line -> assertThat(line).endsWith("\r"));
        ProcessRun version = ProcessRun.of(team, Map.of("JAVA_HOME", System.getProperty("java.home")),
                List.of("sh", home.resolve("bin/busgen").toString(), "--version"));
        assertThat(version.out()).isEqualTo("busgen " + VERSION + "\n");
    }

    private static ProcessRun busgen(Path workingDirectory, Map<String, String> environment, Path jar,
            String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessRun.java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(workingDirectory, environment, command);
    }

    private static List<Path> dependencies() throws IOException {
        try (Stream<Path> jars = Files.list(LIB)) {
            List<Path> all = jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList();
            assertThat(all).as("the jars in %s", LIB).isNotEmpty();
            return all;
        }
    }

    private static Set<String> names(ZipFile zip) {
        Set<String> names = new TreeSet<>();
        zip.stream().forEach(e -> names.add(e.getName()));
        return names;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as("%s in %s", name, zip.getName()).isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The regular files under {@code root}, as sorted relative paths with {@code /}. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
