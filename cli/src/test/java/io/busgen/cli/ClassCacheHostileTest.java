package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.busgen.generator.BusgenVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another user plants classes in the class cache, under the key of a catalogue the victim validates (the key is a
 * hash of the catalogue's files, which anyone who can read them can compute), with a manifest that matches them.
 * busgen must not load them: it uses a cache only when the folder and every part of the entry are the user's own.
 *
 * <p>The planted classes are the shop catalogue's, compiled with {@code "minimum": 100} for the quantity: a body
 * with quantity 2 is valid for the real catalogue and invalid for the planted one, so the output shows which ran.
 */
class ClassCacheHostileTest {

    /** What the planted classes say about a quantity of 2. */
    private static final String PLANTED_VERDICT = ": /quantity: must be at least 100, not 2\n";

    @TempDir
    static Path shared;

    /** An entry compiled from the altered catalogue, to copy under the shop's key. */
    private static Path plantedEntry;

    @TempDir
    Path dir;

    private Path body;
    private String key;

    @BeforeAll
    static void compileThePlantedClasses() throws IOException {
        Path altered = CliRun.copyOfShop(shared);
        Path message = altered.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8)
                .replace("\"minimum\": 1", "\"minimum\": 100"), StandardCharsets.UTF_8);
        Path body = ValidateCommandTest.write(shared, "two.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");
        Path build = shared.resolve("build");
        CliRun run = CliRun.of("validate", "--catalog", altered.toString(), "--cache-dir", build.toString(),
                "--routing-key", "order.item.placed", body.toString());
        assertThat(run.out()).isEqualTo(body + PLANTED_VERDICT);
        plantedEntry = ValidateCommandTest.entries(build).get(0);
    }

    @BeforeEach
    void aBody() throws IOException {
        body = ValidateCommandTest.write(dir, "two.json", "{\"order_id\": \"o-1\", \"quantity\": 2}");
        key = ClassCache.key(CliRun.shop(), BusgenVersion.identity());
    }

    @Test
    void classesPlantedInAPrivateCacheWouldBeLoadedWhichIsWhatTheOtherTestsPrevent() throws IOException {
        Path cache = privateFolder("private-cache");
        plant(cache);

        CliRun run = validate(cache);

        assertThat(run.out()).as("the plant works when the cache is the user's own").isEqualTo(body
                + PLANTED_VERDICT);
    }

    @Test
    void classesPlantedInAWorldWritableCacheAreNotLoaded() throws IOException {
        Path cache = dir.resolve("world-writable");
        Files.createDirectories(cache);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        plant(cache);
        Map<String, String> before = GenerateHostileTest.hashes(cache);
        int compilations = CatalogCompiler.compilations();

        CliRun run = validate(cache);

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.err()).isEqualTo("busgen: warning: not using the class cache " + cache + ": it is writable by"
                + " group and others (rwxrwxrwx), so another user could plant classes there that busgen would run:"
                + " make it private (chmod 700 " + cache + ") or name a folder of your own with --cache-dir;"
                + " continuing without it\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CatalogCompiler.compilations()).as("compiled in memory instead").isEqualTo(compilations + 1);
        assertThat(GenerateHostileTest.hashes(cache)).as("nothing stored in, nothing deleted from the cache")
                .isEqualTo(before);
    }

    @Test
    void aGroupWritableCacheIsNotUsed() throws IOException {
        Path cache = dir.resolve("group-writable");
        Files.createDirectories(cache);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwx---"));
        plant(cache);

        CliRun run = validate(cache);

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.err()).startsWith("busgen: warning: not using the class cache " + cache + ": it is writable"
                + " by group (rwxrwx---)").hasLineCount(1);
    }

    @Test
    void aClassFileOthersCanWriteInAPrivateCacheIsNotLoaded() throws IOException {
        Path cache = privateFolder("cache");
        Path entry = plant(cache);
        Path classFile = entry.resolve("com/example/shop/ShopValidators.class");
        Files.setPosixFilePermissions(classFile, PosixFilePermissions.fromString("rw-rw-rw-"));

        CliRun run = validate(cache);

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.err()).isEqualTo("busgen: warning: not using the class cache " + cache + ": its entry " + key
                + "/com/example/shop/ShopValidators.class is writable by group and others (rw-rw-rw-), so another"
                + " user could have planted classes there that busgen would run: delete the entry (rm -r " + entry
                + ") or name a folder of your own with --cache-dir; continuing without it\n");
        assertThat(classFile).as("left for the user to look at").exists();
    }

    @Test
    void anEntryOwnedBySomeoneElseIsNotLoaded() throws IOException {
        Path cache = privateFolder("cache");
        Path entry = plant(cache);
        Path classFile = entry.resolve("com/example/shop/ShopCatalog.class").toRealPath();

        CliRun run = withOwner(classFile, () -> validate(cache));

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.err()).isEqualTo("busgen: warning: not using the class cache " + cache + ": its entry " + key
                + "/com/example/shop/ShopCatalog.class is owned by mallory, not by you (" + me().getName() + "), so"
                + " another user could have planted classes there that busgen would run: delete the entry (rm -r "
                + entry + ") or name a folder of your own with --cache-dir; continuing without it\n");
    }

    @Test
    void aCacheFolderOwnedBySomeoneElseIsNotUsed() throws IOException {
        Path cache = privateFolder("cache");
        plant(cache);

        CliRun run = withOwner(cache.toRealPath(), () -> validate(cache));

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.err()).isEqualTo("busgen: warning: not using the class cache " + cache + ": it is owned by"
                + " mallory, not by you (" + me().getName() + "), so another user could plant classes there that"
                + " busgen would run: name a folder of your own with --cache-dir; continuing without it\n");
    }

    @Test
    void anEntryAnotherUserReallyOwnsIsNotLoaded() throws IOException {
        Path cache = privateFolder("cache");
        Path entry = plant(cache);
        UserPrincipal nobody;
        try {
            nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(entry, nobody);
        } catch (UserPrincipalNotFoundException | java.nio.file.FileSystemException cannotChown) {
            nobody = null;
        }
        assumeThat(nobody).as("only root can give a file away").isNotNull();

        CliRun run = validate(cache);

        assertThat(run.out()).isEqualTo("1 file valid as order.item.placed message\n");
        assertThat(run.err()).startsWith("busgen: warning: not using the class cache " + cache + ": its entry " + key
                + " is owned by nobody, not by you").hasLineCount(1);
    }

    @Test
    void theCacheBusgenCreatesIsPrivate() throws IOException {
        Path cache = dir.resolve("new/parents/cache");

        CliRun run = validate(cache);

        assertThat(run.err()).isEmpty();
        assertThat(mode(cache)).isEqualTo("rwx------");
        List<Path> all;
        try (Stream<Path> walk = Files.walk(cache)) {
            all = walk.toList();
        }
        assertThat(all).hasSizeGreaterThan(4).allSatisfy(path -> assertThat(mode(path)).as(path.toString())
                .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        assertThat(validate(cache).err()).as("and trusted the next time").isEmpty();
    }

    @Test
    void aCacheReachedThroughALinkIsCheckedWhereItReallyIs() throws IOException {
        Path real = dir.resolve("real");
        Files.createDirectories(real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path link = privateFolder("private").resolve("cache");
        Files.createSymbolicLink(link, real);

        CliRun run = validate(link);

        assertThat(run.err()).startsWith("busgen: warning: not using the class cache " + link + ": it is writable"
                + " by group and others (rwxrwxrwx)");
    }

    private CliRun validate(Path cache) {
        return CliRun.of("validate", "--catalog", CliRun.shop().toString(), "--cache-dir", cache.toString(),
                "--routing-key", "order.item.placed", body.toString());
    }

    /** Copies the planted entry into {@code cache} under the shop's key, as another user would. */
    private Path plant(Path cache) throws IOException {
        Path entry = cache.resolve(key);
        CliRun.copyTree(plantedEntry, entry);
        return entry;
    }

    private Path privateFolder(String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }

    /** Runs {@code run} with busgen believing that {@code path} belongs to mallory. */
    private static CliRun withOwner(Path path, java.util.function.Supplier<CliRun> run) {
        UserPrincipal mallory = () -> "mallory";
        var trust = CatalogCompiler.cacheTrust;
        CatalogCompiler.cacheTrust = () -> new CacheTrust(me(), (file, attributes) -> file.equals(path) ? mallory
                : attributes.owner());
        try {
            return run.get();
        } finally {
            CatalogCompiler.cacheTrust = trust;
        }
    }

    private static UserPrincipal me() {
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
