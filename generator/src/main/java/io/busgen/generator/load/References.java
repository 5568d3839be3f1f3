package io.busgen.generator.load;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows {@code $ref}s within a catalogue: a relative path to one of its files, optionally a {@code #/$defs/Name}
 * fragment; never the network, never outside the catalogue folder, never an anchor or a pointer into a schema. Each
 * reference that cannot be followed is reported with why and the fix.
 */
final class References {

    /** What a {@code $ref} points at. */
    record Target(CatalogFile file, String pointer, Schema schema) {
        /** {@code path#pointer}: the same for every reference to the same schema. */
        String key() {
            return file.path() + "#" + pointer;
        }
    }

    private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Map<String, CatalogFile> files;
    private final Set<String> unreadable;
    private final Problems problems;

    /**
     * @param files the schema files that could be read, by path
     * @param unreadable the paths of schema files that could not be read (already reported: references to them are
     *     not reported again)
     */
    References(Map<String, CatalogFile> files, Set<String> unreadable, Problems problems) {
        this.files = files;
        this.unreadable = unreadable;
        this.problems = problems;
    }

    /** Reports every {@code $ref} of {@code file} that cannot be followed. */
    void check(CatalogFile file) {
        for (Schema schema : file.document().schemas()) {
            if (schema.ref() != null) {
                resolve(file, schema);
            }
        }
    }

    /** Resolves the {@code $ref} of {@code schema} in {@code from}, reporting why when it cannot. */
    Optional<Target> resolve(CatalogFile from, Schema schema) {
        String ref = schema.ref();
        SourceLocation at = JsonValues.locate(from.json(), JsonPointer.append(schema.pointer(), "$ref"));
        if (URI_SCHEME.matcher(ref).matches()) {
            problems.report(at, "remote reference \"" + ref + "\": busgen never reads the network; copy the schema"
                    + " into defs/ and refer to it by a relative path such as \"../defs/name.json\"");
            return Optional.empty();
        }
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        Optional<String> decoded = hash < 0 ? Optional.of("") : percentDecoded(ref.substring(hash + 1));
        if (decoded.isEmpty()) {
            problems.report(at, "reference \"" + ref + "\" has a malformed %-escape in its fragment: write each"
                    + " escaped byte as % and two hex digits (%24 for $), or the character itself");
            return Optional.empty();
        }
        String fragment = decoded.get();
        CatalogFile target = from;
        if (!filePart.isEmpty()) {
            Optional<String> path = filePart.startsWith("/")
                    ? Optional.empty()
                    : normalize(from.directory() + "/" + filePart);
            if (path.isEmpty()) {
                problems.report(at, "reference \"" + ref + "\" leaves the catalogue directory: refer only to files of"
                        + " this catalogue, by a path relative to this file");
                return Optional.empty();
            }
            target = files.get(path.get());
            if (target == null) {
                if (!unreadable.contains(path.get())) {
                    problems.report(at, "reference \"" + ref + "\" names a file that does not exist (" + path.get()
                            + " in the catalogue): create it or fix the path");
                }
                return Optional.empty();
            }
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            problems.report(at, "reference \"" + ref + "\" uses an anchor, which catalogues do not have: point at"
                    + " the file, or at one of its \"$defs\" entries with \"#/$defs/Name\"");
            return Optional.empty();
        }
        List<String> tokens = JsonPointer.tokens(fragment);
        if (!tokens.isEmpty() && !(tokens.size() == 2 && tokens.get(0).equals("$defs"))) {
            problems.report(at, "reference \"" + ref + "\" points inside a schema: a reference names a file, or one"
                    + " of its \"$defs\" entries with \"#/$defs/Name\"; move the schema into \"$defs\"");
            return Optional.empty();
        }
        Optional<Schema> schemaThere = target.document().at(fragment);
        if (schemaThere.isEmpty()) {
            problems.report(at, "reference \"" + ref + "\" points at nothing: " + target.path() + " has no \"$defs\""
                    + " entry \"" + tokens.get(1) + "\"; add it or fix the name");
            return Optional.empty();
        }
        return Optional.of(new Target(target, fragment, schemaThere.get()));
    }

    /**
     * A URI fragment with its %-escapes decoded as UTF-8 (RFC 3986: {@code +} is itself); empty when an escape is
     * malformed or the bytes are not UTF-8.
     */
    static Optional<String> percentDecoded(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return Optional.of(fragment);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fragment.length(); i++) {
            if (fragment.charAt(i) != '%') {
                int end = fragment.indexOf('%', i);
                end = end < 0 ? fragment.length() : end;
                bytes.writeBytes(fragment.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
                continue;
            }
            if (i + 2 >= fragment.length() || Character.digit(fragment.charAt(i + 1), 16) < 0
                    || Character.digit(fragment.charAt(i + 2), 16) < 0) {
                return Optional.empty();
            }
            bytes.write(Character.digit(fragment.charAt(i + 1), 16) * 16 + Character.digit(fragment.charAt(i + 2), 16));
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** {@code defs/../messages/a.json} -> {@code messages/a.json}; empty when the path leaves the catalogue. */
    private static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
