package io.busgen.cli;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.java.JavaEmitter;
import io.busgen.generator.model.Catalog;
import io.busgen.runtime.BusCatalog;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Makes the classes of a catalogue other than the bundled one: generates its Java, compiles it in memory with the
 * running JDK's compiler, and keeps the class files in a {@link ClassCache} keyed by the catalogue's input hash, so
 * that the next run on the same catalogue loads them instead of compiling again. A cache that is not the user's own
 * ({@link CacheTrust}) is not used: one warning line, and the catalogue is compiled in memory.
 */
final class CatalogCompiler {

    /** javac options: the release busgen targets; generated code is checked warning-free by busgen's own build. */
    private static final List<String> OPTIONS = List.of("--release", "17", "-proc:none", "-Xlint:none");

    /** How many catalogues this JVM has compiled: tests read it to see that a run used the cache. */
    private static final AtomicInteger COMPILATIONS = new AtomicInteger();

    /** Whether a compiler is at hand; tests replace it to see what a JRE gives. */
    static BooleanSupplier compilerAvailable = InMemoryCompiler::available;

    /** Who the class cache must belong to; tests replace it to see what a cache another user owns gives. */
    static Supplier<CacheTrust> cacheTrust = CacheTrust::ofCurrentUser;

    private CatalogCompiler() {}

    static int compilations() {
        return COMPILATIONS.get();
    }

    /**
     * The classes of {@code model}, the catalogue in {@code source}: from the cache when it holds them, else compiled
     * (and stored in the cache).
     *
     * @param cacheDirectory the cache folder, or empty to compile in memory and write nothing
     * @throws CliException when there is no compiler (a JRE) and the cache cannot help
     */
    static CatalogClasses classes(CatalogSource source, Catalog model, Optional<Path> cacheDirectory,
            PrintWriter warnings) {
        ClassLoader parent = CatalogCompiler.class.getClassLoader();
        Optional<ClassCache> cache = cacheDirectory.map(directory -> new ClassCache(directory, cacheTrust.get()));
        String key = null;
        if (cache.isPresent()) {
            try {
                key = ClassCache.key(source.root(), io.busgen.generator.BusgenVersion.identity());
            } catch (IOException e) {
                throw new CliException("cannot read the catalogue " + source.displayRoot() + " ("
                        + IoMessages.describe(e) + ")");
            }
            try {
                Optional<ClassLoader> cached = cache.get().find(key, parent);
                if (cached.isPresent()) {
                    try {
                        return CatalogClasses.load(cached.get(), model);
                    } catch (ReflectiveOperationException | LinkageError | RuntimeException broken) {
                        cache.get().discard(key);
                    }
                }
            } catch (UntrustedCacheException untrusted) {
                warn(warnings, untrusted.getMessage());
                cache = Optional.empty();
            }
        }
        Map<String, byte[]> classes = compile(source, model);
        if (cache.isPresent() && key != null) {
            try {
                cache.get().store(key, classes);
            } catch (UntrustedCacheException untrusted) {
                warn(warnings, untrusted.getMessage());
            } catch (IOException | RuntimeException e) {
                warn(warnings, "cannot write the class cache in " + cache.get().root() + " ("
                        + (e instanceof IOException io ? IoMessages.describe(io) : e.toString())
                        + "); continuing without it");
            }
        }
        try {
            return CatalogClasses.load(new OwnClassesFirst(classes, parent), model);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new IllegalStateException("the classes compiled from " + source.displayRoot()
                    + " cannot be loaded: " + e, e);
        }
    }

    private static void warn(PrintWriter warnings, String warning) {
        warnings.println("busgen: warning: " + warning);
        warnings.flush();
    }

    private static Map<String, byte[]> compile(CatalogSource source, Catalog model) {
        if (!compilerAvailable.getAsBoolean()) {
            throw new CliException("cannot compile the Java of the catalogue " + source.displayRoot() + ": this Java"
                    + " runtime has no compiler (it is a JRE: " + System.getProperty("java.home") + "); run busgen"
                    + " with a JDK 17 or newer, for example by pointing JAVA_HOME at one");
        }
        COMPILATIONS.incrementAndGet();
        InMemoryCompiler.Result result = InMemoryCompiler.compile(JavaEmitter.emit(model, null), classPath(),
                OPTIONS);
        List<String> errors = result.diagnostics().stream()
                .filter(d -> d.startsWith("error: ") || d.contains(": error: "))
                .toList();
        if (!errors.isEmpty() || result.classes().isEmpty()) {
            throw new IllegalStateException("the Java generated from " + source.displayRoot()
                    + " does not compile, which is a busgen bug: " + String.join("; ", errors));
        }
        return result.classes();
    }

    /**
     * What generated code compiles against: the runtime, jackson-core and JSpecify, wherever this JVM loaded them from
     * (the class path of {@code java -jar} is the jar alone, its manifest's class path not included).
     */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(BusCatalog.class, tools.jackson.core.JsonParser.class,
                org.jspecify.annotations.Nullable.class)) {
            CodeSource code = type.getProtectionDomain().getCodeSource();
            if (code == null || code.getLocation() == null) {
                return System.getProperty("java.class.path");
            }
            try {
                entries.add(Path.of(code.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                return System.getProperty("java.class.path");
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
