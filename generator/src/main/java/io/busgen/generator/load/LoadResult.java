package io.busgen.generator.load;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.source.Problem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What loading a catalogue gave: the model when the catalogue is sound, and every problem found (sorted by location).
 * A catalogue with any problem has no model: emitters never see a half-valid catalogue.
 */
public record LoadResult(@Nullable Catalog catalog, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if ((catalog == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load gives a catalogue or problems, not both or neither");
        }
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
