package io.busgen.maven;

import java.util.Optional;

/**
 * Whether {@code busgen:docs} may replace a file that is already there with a catalogue's page: only when the file is
 * a page of that same catalogue, stale or in the other style. Both styles open with the catalogue's title as the
 * first {@code # } heading, and the {@code catalog} style states the catalogue's name
 * ({@code The catalogue `name` has ...}); the file must have the page's title and, where both state one, its name.
 * A page of another catalogue, or a file busgen did not write, is left alone; an empty file may be replaced.
 */
final class ExistingPage {

    private static final String TITLE = "# ";
    private static final String NAME = "The catalogue ";
    private static final String NAME_END = " has ";

    private ExistingPage() {}

    /**
     * Why {@code existing} must not be replaced by {@code page}, or empty when it may be.
     *
     * @return what tells them apart, such as {@code its title is "Parcels", the catalogue's is "Message bus events"}
     */
    static Optional<String> whyNotReplaceable(String existing, String page) {
        if (existing.isBlank()) {
            return Optional.empty();
        }
        Optional<String> title = line(existing, TITLE);
        Optional<String> pageTitle = line(page, TITLE);
        if (title.isEmpty()) {
            return Optional.of("it has no \"# \" title, so busgen did not write it");
        }
        if (!title.equals(pageTitle)) {
            return Optional.of("its title is \"" + title.get() + "\", the catalogue's is \"" + pageTitle.orElse("")
                    + "\"");
        }
        Optional<String> name = line(existing, NAME).map(ExistingPage::name);
        Optional<String> pageName = line(page, NAME).map(ExistingPage::name);
        if (name.isPresent() && pageName.isPresent() && !name.equals(pageName)) {
            return Optional.of("it documents the catalogue " + name.get() + ", not " + pageName.get());
        }
        return Optional.empty();
    }

    /** The rest of the first line that starts with {@code prefix}. */
    private static Optional<String> line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()).strip());
    }

    /** The name in {@code `name` has 2 messages, ...}, with its backticks. */
    private static String name(String rest) {
        int end = rest.indexOf(NAME_END);
        return end < 0 ? rest : rest.substring(0, end);
    }
}
