package io.busgen.generator.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a run, so that a user sees them all at once, sorted by location, rather than one per run.
 *
 * <p>Only the first problem reported at a given file and pointer is kept: several checks (the dialect's meta-schema,
 * the schema reader, the linker) may notice the same fault, and the user should read about it once. Warnings and
 * information ({@link #advice()}) are kept apart from errors: they never stop a load.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> locationsSeen = new HashSet<>();
    private final List<Problem> advice = new ArrayList<>();
    private final Set<String> adviceSeen = new HashSet<>();

    public void report(SourceLocation location, String message) {
        add(Problem.at(location, message));
    }

    /** Reports a warning: printed by lint, which still exits 0. */
    public void warn(SourceLocation location, String message) {
        add(Problem.advice(Problem.Level.WARNING, location, message));
    }

    /** Reports a piece of information: printed by lint, which still exits 0. */
    public void inform(SourceLocation location, String message) {
        add(Problem.advice(Problem.Level.INFORMATION, location, message));
    }

    public void add(Problem problem) {
        String key = problem.location().file() + "#" + problem.location().pointer();
        if (!problem.isError()) {
            if (adviceSeen.add(key + "#" + problem.message())) {
                advice.add(problem);
            }
        } else if (locationsSeen.add(key)) {
            problems.add(problem);
        }
    }

    /** Whether there is no error (warnings and information do not count). */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** Every warning and piece of information, sorted by file, line, column and pointer. */
    public List<Problem> advice() {
        List<Problem> copy = new ArrayList<>(advice);
        copy.sort(null);
        return List.copyOf(copy);
    }

    /** Every error, sorted by file, line, column and pointer. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
