package io.busgen.generator.fuzz;

import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.java.JavaEmitter;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to each generated catalogue: {@code lint} (the loader); when it refuses, every problem must be a
 * located one-line message; when it accepts, Java is generated, compiled with the catalogues of the batch in one
 * {@code javac} call ({@code -Xlint:all -Werror}), and each entry's codec and validator are put through
 * {@link EntryChecks}. Every way a catalogue fails becomes a {@link Failure} whose signature names the kind of
 * defect without the catalogue's own names, so that failures of one kind can be counted and shrunk together.
 */
final class FuzzPipeline {

    /** One way a catalogue fails: its kind (no catalogue names in it) and the particulars. */
    record Failure(String signature, String detail) {}

    /** What became of one catalogue. */
    record Outcome(FuzzCatalogue catalogue, boolean refused, boolean ran, List<Failure> failures) {
        boolean failed() {
            return !failures.isEmpty();
        }

        boolean has(String signature) {
            return failures.stream().anyMatch(f -> f.signature().equals(signature));
        }
    }

    /** Counts over a run, to see that the fuzzer exercises what it should. */
    static final class Stats {
        int catalogues;
        int refused;
        int compiled;
        int entries;
        int validInstances;
        int mutants;
        int unsatisfied;
        int networkntUnavailable;
        int regexDeviations;
        int busgenOnly;
        int presenceDependent;
        int roundTrips;
        int javacCalls;
        long sourceLines;
        long lintNanos;
        long emitNanos;
        long javacNanos;
        long checkNanos;
        final Map<String, Integer> refusals = new TreeMap<>();

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d catalogues: %d refused by lint,"
                    + " %d compiled and run; %d entries, %d valid instances (%d round trips), %d mutants;"
                    + " %d schemas without an instance found, %d checks without networknt, %d excused as"
                    + " networknt regex deviations, %d with busgen's own verdicts (int64, double, limit,"
                    + " pattern-budget), %d encodings judged differently for members a record does not keep",
                    catalogues, refused, compiled, entries, validInstances, roundTrips, mutants, unsatisfied,
                    networkntUnavailable, regexDeviations, busgenOnly, presenceDependent));
            out.append(String.format(Locale.ROOT, "%n  time: lint %d ms, emit %d ms, javac %d ms (%d calls),"
                    + " checks %d ms; %d lines of Java generated", lintNanos / 1_000_000, emitNanos / 1_000_000,
                    javacNanos / 1_000_000, javacCalls, checkNanos / 1_000_000, sourceLines));
            refusals.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .limit(Boolean.getBoolean("busgen.fuzz.verbose") ? 100 : 12)
                    .forEach(e -> out.append("\n  refused ").append(e.getValue()).append("x: ").append(e.getKey()));
            return out.toString();
        }
    }

    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private final Path work;
    private final Stats stats;
    private final int validPerEntry;
    private final int mutantsPerValid;

    FuzzPipeline(Path work, Stats stats, int validPerEntry, int mutantsPerValid) {
        this.work = work;
        this.stats = stats;
        this.validPerEntry = validPerEntry;
        this.mutantsPerValid = mutantsPerValid;
    }

    /** Runs every catalogue, compiling the accepted ones together. */
    List<Outcome> run(List<FuzzCatalogue> catalogues) {
        return run(catalogues, true);
    }

    /**
     * Runs every catalogue, compiling the accepted ones together; the codec and validator checks only when
     * {@code checkEntries}.
     */
    List<Outcome> run(List<FuzzCatalogue> catalogues, boolean checkEntries) {
        Map<Integer, List<Failure>> failures = new LinkedHashMap<>();
        Map<Integer, Catalog> models = new LinkedHashMap<>();
        Map<Integer, List<GeneratedFile>> sources = new LinkedHashMap<>();
        Map<Integer, Path> directories = new LinkedHashMap<>();
        Set<Integer> refused = new LinkedHashSet<>();
        for (int i = 0; i < catalogues.size(); i++) {
            FuzzCatalogue catalogue = catalogues.get(i);
            List<Failure> found = new ArrayList<>();
            failures.put(i, found);
            stats.catalogues++;
            Path directory = work.resolve(catalogue.javaPackage().replace('.', '_'));
            directories.put(i, directory);
            catalogue.writeTo(directory);
            LoadResult loaded;
            long lint = System.nanoTime();
            try {
                loaded = CatalogLoader.load(directory, "catalog");
            } catch (RuntimeException | StackOverflowError e) {
                found.add(new Failure("lint threw " + e.getClass().getSimpleName() + where(e), e.toString()));
                continue;
            } finally {
                stats.lintNanos += System.nanoTime() - lint;
            }
            if (!loaded.ok()) {
                refused.add(i);
                stats.refused++;
                for (Problem problem : loaded.problems()) {
                    checkLocated(problem, found);
                    stats.refusals.merge(normalizeLint(problem.message()), 1, Integer::sum);
                }
                continue;
            }
            Catalog catalog = loaded.orThrow();
            long emit = System.nanoTime();
            try {
                sources.put(i, JavaEmitter.emit(catalog, null));
                sources.get(i).forEach(f -> stats.sourceLines += f.content().lines().count());
                models.put(i, catalog);
            } catch (RuntimeException | StackOverflowError e) {
                found.add(new Failure("emit threw " + e.getClass().getSimpleName() + where(e), e.toString()));
            }
            stats.emitNanos += System.nanoTime() - emit;
        }
        long javac = System.nanoTime();
        Map<Integer, BatchCompiler.Result> compiled = compile(catalogues, sources, failures);
        stats.javacNanos += System.nanoTime() - javac;
        long checks = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < catalogues.size(); i++) {
            boolean ran = false;
            BatchCompiler.Result result = compiled.get(i);
            if (result != null && failures.get(i).isEmpty() && checkEntries) {
                stats.compiled++;
                ClassLoader loader = result.classLoader(FuzzPipeline.class.getClassLoader());
                new EntryChecks(catalogues.get(i), models.get(i), directories.get(i), loader, stats, validPerEntry,
                        mutantsPerValid).run(failures.get(i));
                ran = true;
            }
            outcomes.add(new Outcome(catalogues.get(i), refused.contains(i), ran, dedupe(failures.get(i))));
        }
        stats.checkNanos += System.nanoTime() - checks;
        return outcomes;
    }

    /**
     * Runs a batch; when something the pipeline does not catch itself escapes (a stack overflow in the harness or a
     * library), each catalogue of the batch is run alone so that the one to blame is reported with its seed instead
     * of ending the run.
     */
    List<Outcome> runGuarded(List<FuzzCatalogue> batch, boolean checkEntries) {
        try {
            return run(batch, checkEntries);
        } catch (RuntimeException | StackOverflowError e) {
            List<Outcome> outcomes = new ArrayList<>();
            for (FuzzCatalogue catalogue : batch) {
                try {
                    outcomes.addAll(run(List.of(catalogue), checkEntries));
                } catch (RuntimeException | StackOverflowError alone) {
                    outcomes.add(new Outcome(catalogue, false, false, List.of(new Failure("pipeline threw "
                            + alone.getClass().getSimpleName() + where(alone), topFrames(alone)))));
                }
            }
            return outcomes;
        }
    }

    /** The exception and its innermost frames, for a failure whose cause is not in busgen's own code. */
    static String topFrames(Throwable e) {
        StringBuilder out = new StringBuilder(e.toString());
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(12, frames.length); i++) {
            out.append("\n    at ").append(frames[i]);
        }
        return out.toString();
    }

    /** Compiles the sources of all catalogues; a catalogue whose files have a diagnostic fails and is left out. */
    private Map<Integer, BatchCompiler.Result> compile(List<FuzzCatalogue> catalogues,
            Map<Integer, List<GeneratedFile>> sources, Map<Integer, List<Failure>> failures) {
        Map<Integer, BatchCompiler.Result> compiled = new LinkedHashMap<>();
        Set<Integer> remaining = new LinkedHashSet<>(sources.keySet());
        while (!remaining.isEmpty()) {
            List<GeneratedFile> files = new ArrayList<>();
            remaining.forEach(i -> files.addAll(sources.get(i)));
            long t0 = System.nanoTime();
            BatchCompiler.Result result = BatchCompiler.compile(files);
            stats.javacCalls++;
            if (Boolean.getBoolean("busgen.fuzz.verbose")) {
                System.out.printf("javac: %d files, %d lines, %d ms%n", files.size(), files.stream()
                        .mapToLong(f -> f.content().lines().count()).sum(), (System.nanoTime() - t0) / 1_000_000);
            }
            if (result.problems().isEmpty()) {
                remaining.forEach(i -> compiled.put(i, result));
                break;
            }
            Set<Integer> failing = new LinkedHashSet<>();
            for (BatchCompiler.Problem problem : result.problems()) {
                for (int i : remaining) {
                    String folder = "/" + catalogues.get(i).javaPackage().replace('.', '/') + "/";
                    if (problem.source().startsWith(folder)
                            && problem.source().indexOf('/', folder.length()) < 0) {
                        failing.add(i);
                        failures.get(i).add(new Failure(javacSignature(problem), problem.source() + ":"
                                + problem.line() + ": " + problem.message()));
                    }
                }
            }
            if (failing.isEmpty()) {
                // Nothing attributable (javac crashed, or stopped before naming a file): all fail alike.
                for (int i : remaining) {
                    failures.get(i).add(new Failure("javac " + result.problems().get(0).code(),
                            result.problems().toString()));
                }
                break;
            }
            remaining.removeAll(failing);
        }
        return compiled;
    }

    /** A lint problem must name a file, and a position unless it is about the file as a whole. */
    static void checkLocated(Problem problem, List<Failure> found) {
        String text = problem.format();
        if (problem.location().file().isEmpty() || (problem.pointerShown() && problem.location().line() <= 0)) {
            found.add(new Failure("lint problem without a location: " + normalizeLint(problem.message()), text));
        }
        if (text.contains("\n") || text.contains("\r")) {
            found.add(new Failure("lint problem on more than one line", text));
        }
        String lower = normalizeLint(problem.message()).toLowerCase(Locale.ROOT);
        if (lower.contains("busgen bug") || lower.contains("internal error") || lower.contains("please report")
                || lower.contains("at io.busgen.") || lower.matches(".*\\bjava\\.[a-z]+\\.\\w+exception\\b.*")) {
            found.add(new Failure("lint internal error: " + normalizeLint(problem.message()), text));
        }
    }

    private static List<Failure> dedupe(List<Failure> failures) {
        Map<String, Failure> first = new LinkedHashMap<>();
        failures.forEach(f -> first.putIfAbsent(f.signature(), f));
        return List.copyOf(first.values());
    }

    /** Where an exception was thrown: its first frame in busgen. */
    static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("io.busgen.") && !frame.getClassName().contains(".fuzz.")) {
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return " in " + simple + "." + frame.getMethodName();
            }
        }
        return "";
    }

    private static final Pattern ALREADY_DEFINED = Pattern.compile("^(\\w+) .* is already defined in (\\w+)");
    private static final Pattern RESTRICTED = Pattern.compile("'(\\w+)'");

    /**
     * The kind of a javac diagnostic, without the catalogue's names: its code, and for the codes that say little
     * on their own, what the message adds ({@code variable in method} for {@code already.defined}, the kind of
     * symbol for {@code cant.resolve}, the restricted identifier for {@code restricted.type.not.allowed}).
     */
    static String javacSignature(BatchCompiler.Problem problem) {
        String code = problem.code().replace("compiler.", "");
        String message = problem.message();
        String qualifier = "";
        Matcher defined = ALREADY_DEFINED.matcher(message);
        if (code.endsWith("already.defined") && defined.find()) {
            qualifier = defined.group(1) + " in " + defined.group(2);
        } else if (code.startsWith("err.cant.resolve")) {
            qualifier = message.lines().filter(l -> l.strip().startsWith("symbol:")).findFirst()
                    .map(l -> l.strip().replaceAll("symbol:\\s+(\\w+).*", "$1")).orElse("");
        } else if (code.startsWith("err.restricted") || code.startsWith("err.illegal.char")) {
            Matcher quoted = RESTRICTED.matcher(message);
            qualifier = quoted.find() ? quoted.group(1) : "";
        } else if (code.equals("err.prob.found.req")) {
            qualifier = message.contains("cannot be converted") ? "conversion"
                    : message.contains("no instance(s) of type variable") ? "inference"
                    : message.lines().findFirst().orElse("").replaceAll(".*incompatible types: ", "")
                            .replaceAll("\\b[A-Z]\\w*", "_");
        }
        return "javac " + code + (qualifier.isEmpty() ? "" : " (" + qualifier + ")");
    }

    /** A lint message without its quoted names and numbers, for counting refusals by kind. */
    static String normalizeLint(String message) {
        String text = QUOTED.matcher(message).replaceAll("\"_\"").replaceAll("[0-9]+", "N");
        return text.length() > 110 ? text.substring(0, 110) + "..." : text;
    }
}
