package io.busgen.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --cache-dir DIR} and {@code --no-cache} options of the commands that run a catalogue's generated code
 * ({@code @Mixin}): where the compiled classes of catalogues other than the bundled one are kept between runs.
 */
final class CacheOption {

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled catalogue classes are kept between runs. Default: ~/.cache/busgen"
                    + " ($XDG_CACHE_HOME/busgen when XDG_CACHE_HOME is set).")
    private @Nullable String cacheDir;

    @Option(names = "--no-cache", description = "Compile the catalogue in memory and keep nothing on disk.")
    private boolean noCache;

    /**
     * The cache folder, or empty with {@code --no-cache}.
     *
     * @throws ParameterException when both options are given, or the folder is not a valid path
     */
    Optional<Path> directory(CommandSpec spec) {
        if (noCache && cacheDir != null) {
            throw new ParameterException(spec.commandLine(), "--cache-dir and --no-cache contradict each other:"
                    + " give one of them");
        }
        if (noCache) {
            return Optional.empty();
        }
        try {
            return Optional.of(cacheDir != null ? Path.of(cacheDir) : defaultDirectory(System.getenv(),
                    System.getProperty("user.home", "")));
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "--cache-dir " + cacheDir + ": not a valid path ("
                    + e.getReason() + ")");
        }
    }

    /**
     * {@code $XDG_CACHE_HOME/busgen} when that is set to an absolute path (the XDG spec ignores a relative one), else
     * {@code ~/.cache/busgen}.
     */
    static Path defaultDirectory(Map<String, String> environment, String home) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "busgen");
        }
        return Path.of(home, ".cache", "busgen");
    }
}
