package io.busgen.generator.load;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What loading a catalogue gave: the model when the catalogue is sound, every error found (sorted by location), and
 * the warnings and information, which a sound catalogue may have too. A catalogue with any error has no model:
 * emitters never see a half-valid catalogue.
 *
 * @param problems the errors
 * @param advice the warnings and information (see {@link Problem.Level})
 */
public record LoadResult(@Nullable Catalog catalog, List<Problem> problems, List<Problem> advice) {

    public LoadResult {
        problems = List.copyOf(problems);
        advice = List.copyOf(advice);
        if (problems.stream().anyMatch(p -> !p.isError()) || advice.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("errors are problems, warnings and information advice");
        }
        if ((catalog == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load gives a catalogue or problems, not both or neither");
        }
    }

    /** A result without advice. */
    public LoadResult(@Nullable Catalog catalog, List<Problem> problems) {
        this(catalog, problems, List.of());
    }

    public boolean ok() {
        return catalog != null;
    }

    public Optional<Catalog> catalogIfOk() {
        return Optional.ofNullable(catalog);
    }

    /** The catalogue; only to be called when {@link #ok()}. */
    public Catalog orThrow() {
        if (catalog == null) {
            throw new IllegalStateException("the catalogue has problems:\n" + String.join("\n",
                    problems.stream().map(p -> p.format()).toList()));
        }
        return catalog;
    }
}
