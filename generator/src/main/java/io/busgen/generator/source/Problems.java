package io.busgen.generator.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of a run, so that a user sees them all at once, sorted by location, rather than one per run.
 *
 * <p>Only the first problem reported at a given file and pointer is kept: several checks (the dialect's meta-schema,
 * the schema reader, the linker) may notice the same fault, and the user should read about it once.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> locationsSeen = new HashSet<>();

    public void report(SourceLocation location, String message) {
        add(Problem.at(location, message));
    }

    public void add(Problem problem) {
        String key = problem.location().file() + "#" + problem.location().pointer();
        if (locationsSeen.add(key)) {
            problems.add(problem);
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** Every problem, sorted by file, line, column and pointer. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
