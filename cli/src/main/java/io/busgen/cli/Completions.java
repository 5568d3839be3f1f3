package io.busgen.cli;

import io.busgen.generator.diff.FailOn;
import io.busgen.generator.diff.ReportFormat;
import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The values shell completion offers for options whose values are a fixed set ({@code completionCandidates} of their
 * {@code @Option}). Picocli asks for them only when it writes the completion script, so nothing here runs on an
 * ordinary command.
 */
final class Completions {

    private Completions() {}

    /** {@code diff --format}: every report format. */
    static final class DiffFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).iterator();
        }
    }

    /** {@code diff --fail-on}: every level. */
    static final class FailOnLevels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FailOn.values()).map(FailOn::label).iterator();
        }
    }

    /**
     * {@code --routing-key}: the bundled catalogue's routing keys, sorted, each once. For a catalogue named with
     * {@code --catalog}, the script asks {@code busgen list} instead (completion-more.bash).
     */
    static final class BundledRoutingKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return routingKeys().iterator();
        }
    }

    static List<String> routingKeys() {
        Optional<Path> root = BundledCatalogs.find(BundledCatalogs.DEFAULT);
        if (root.isEmpty()) {
            return List.of();
        }
        LoadResult loaded = CatalogLoader.load(root.get(), BundledCatalogs.displayName(BundledCatalogs.DEFAULT));
        if (!loaded.ok()) {
            return List.of();
        }
        Catalog catalog = loaded.orThrow();
        return List.copyOf(Stream.concat(catalog.messages().stream(), catalog.responses().stream())
                .map(MessageType::routingKey).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
