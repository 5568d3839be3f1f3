package io.busgen.generator.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the documents a standalone schema refers to by absolute URI are read from: a local registry that the caller
 * provides, mapping a URI to a file, or a URI prefix to a folder or to a folder of classpath resources. busgen never
 * fetches anything over the network: a URI mapped nowhere is an error at the reference that names it.
 *
 * <p>The meta-schemas of draft 2020-12 ({@code https://json-schema.org/draft/2020-12/schema} and its
 * {@code meta/...} documents) are always there, from busgen's own resources, so that a schema can refer to them.
 *
 * <pre>{@code
 * SchemaRegistry registry = SchemaRegistry.builder()
 *         .folder("https://schemas.example.com/", Path.of("schemas"))      // .../order.json -> schemas/order.json
 *         .file("urn:example:money", Path.of("money.schema.json"))
 *         .classpath("https://shared.example.com/", "com/example/schemas/", loader)
 *         .build();
 * }</pre>
 *
 * <p>A folder's documents are read only inside it: a URI whose path leads out of it ({@code ..}, a symbolic link to
 * elsewhere) is refused. A document may be at most {@link #MAX_DOCUMENT_BYTES} long.
 */
public final class SchemaRegistry {

    /** The longest document read: past it, the document is refused. */
    public static final int MAX_DOCUMENT_BYTES = 8 << 20;

    private static final String META_SCHEMAS = "https://json-schema.org/draft/2020-12/";
    private static final String META_SCHEMA_RESOURCES = "io/busgen/generator/schema/draft2020-12/";

    /** A registry with only the draft 2020-12 meta-schemas. */
    public static final SchemaRegistry NONE = builder().build();

    /** One mapping: an exact URI or a prefix, and where it leads. */
    private record Mount(String uri, boolean prefix, Source source) {}

    private sealed interface Source {
        /** Where a document of the mount is, for messages. */
        String describe(String rest);
    }

    private record FileSource(Path file) implements Source {
        @Override
        public String describe(String rest) {
            return file.toString();
        }
    }

    private record FolderSource(Path folder) implements Source {
        @Override
        public String describe(String rest) {
            return folder.resolve(rest).toString();
        }
    }

    private record ClasspathSource(String resourcePrefix, ClassLoader loader) implements Source {
        @Override
        public String describe(String rest) {
            return "classpath:" + resourcePrefix + rest;
        }
    }

    /** A document read from the registry: how messages name it, and its text. */
    public record Document(String name, String json) {}

    /** A URI the registry maps but whose document cannot be read, with the reason and the fix. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private final List<Mount> mounts;

    private SchemaRegistry(List<Mount> mounts) {
        List<Mount> sorted = new ArrayList<>(mounts);
        // the longest URI first, so that a more specific mapping wins; then the order given
        sorted.sort(Comparator.comparingInt((Mount m) -> m.uri().length()).reversed());
        this.mounts = List.copyOf(sorted);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The document at an absolute URI (without fragment); empty when the registry maps it nowhere.
     *
     * @throws UnreadableException when a mapping covers the URI but no document can be read there
     */
    public Optional<Document> read(URI uri) throws UnreadableException {
        String key = uri.toString();
        for (Mount mount : mounts) {
            if (mount.prefix() ? key.startsWith(mount.uri()) : key.equals(mount.uri())) {
                return Optional.of(read(mount, mount.prefix() ? key.substring(mount.uri().length()) : ""));
            }
        }
        return Optional.empty();
    }

    private static Document read(Mount mount, String rest) throws UnreadableException {
        String where = mount.source().describe(rest);
        String path = rest;
        if (mount.prefix()) {
            path = relativePath(mount, rest);
        }
        byte[] bytes;
        try {
            if (mount.source() instanceof FileSource file) {
                bytes = readFile(file.file(), mount, where);
            } else if (mount.source() instanceof FolderSource folder) {
                bytes = readInFolder(folder.folder(), path, mount, where);
            } else {
                bytes = readResource((ClasspathSource) mount.source(), path, mount, where);
            }
        } catch (IOException e) {
            throw new UnreadableException("cannot read " + where + " (mapped from " + mount.uri() + "): "
                    + e.getMessage());
        }
        try {
            String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return new Document(where, json);
        } catch (CharacterCodingException e) {
            throw new UnreadableException(where + " (mapped from " + mount.uri() + ") is not UTF-8; save it as UTF-8");
        }
    }

    /**
     * The path a URI names below a prefix, checked to stay below it: segments without {@code .}, {@code ..},
     * {@code %} escapes, back slashes, queries or empty names.
     */
    private static String relativePath(Mount mount, String rest) throws UnreadableException {
        if (rest.isEmpty() || rest.endsWith("/") || rest.indexOf('?') >= 0) {
            throw new UnreadableException("\"" + mount.uri() + rest + "\" names no document below " + mount.uri()
                    + ": refer to a document by its file name, or map the URI with SchemaRegistry.Builder.file");
        }
        for (String segment : rest.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty() || segment.indexOf('\\') >= 0
                    || segment.indexOf('%') >= 0 || segment.indexOf('\0') >= 0) {
                throw new UnreadableException("\"" + mount.uri() + rest + "\" leads out of the documents mapped at "
                        + mount.uri() + " (or escapes its name): busgen reads only plain names below the mapped"
                        + " folder; map that document itself with SchemaRegistry.Builder.file");
            }
        }
        return rest;
    }

    private static byte[] readFile(Path file, Mount mount, String where) throws IOException, UnreadableException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableException(where + " (mapped from " + mount.uri() + ") is not a file; fix the mapping");
        }
        return bounded(Files.newInputStream(file), where);
    }

    private static byte[] readInFolder(Path folder, String path, Mount mount, String where)
            throws IOException, UnreadableException {
        Path root = folder.toRealPath();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new UnreadableException("\"" + mount.uri() + path + "\" leads out of " + folder + ", the folder"
                    + " mapped at " + mount.uri() + "; map that document itself");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new UnreadableException("there is no file " + where + " for \"" + mount.uri() + path + "\" (the"
                    + " folder " + folder + " is mapped at " + mount.uri() + "); add it, or fix the reference");
        }
        if (!file.toRealPath().startsWith(root)) {
            throw new UnreadableException(where + " is a link that leads out of " + folder + ", the folder mapped at "
                    + mount.uri() + ": busgen reads only inside the mapped folder; copy the document into it");
        }
        return bounded(Files.newInputStream(file), where);
    }

    private static byte[] readResource(ClasspathSource source, String path, Mount mount, String where)
            throws IOException, UnreadableException {
        InputStream in = source.loader().getResourceAsStream(source.resourcePrefix() + path);
        if (in == null) {
            throw new UnreadableException("there is no resource " + where + " for \"" + mount.uri() + path + "\" on"
                    + " the class path; add it, or fix the reference");
        }
        return bounded(in, where);
    }

    private static byte[] bounded(InputStream stream, String where) throws IOException, UnreadableException {
        try (InputStream in = stream) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new UnreadableException(where + " is longer than " + MAX_DOCUMENT_BYTES + " bytes, the most"
                        + " busgen reads of one schema document; split it");
            }
            return bytes;
        }
    }

    /** Builds a registry; each mapping is checked as it is added. */
    public static final class Builder {
        private final List<Mount> mounts = new ArrayList<>();

        private Builder() {
            mounts.add(new Mount(META_SCHEMAS, true, new ClasspathSource(META_SCHEMA_RESOURCES,
                    SchemaRegistry.class.getClassLoader())));
        }

        /**
         * Maps every URI that starts with {@code uriPrefix} to the file of the same relative path in {@code folder}.
         *
         * @param uriPrefix an absolute URI ending with {@code /}, such as {@code https://schemas.example.com/}
         */
        public Builder folder(String uriPrefix, Path folder) {
            mounts.add(new Mount(prefix(uriPrefix), true, new FolderSource(folder)));
            return this;
        }

        /** Maps one absolute URI (without fragment) to one file. */
        public Builder file(String uri, Path file) {
            mounts.add(new Mount(absolute(uri, false), false, new FileSource(file)));
            return this;
        }

        /**
         * Maps every URI that starts with {@code uriPrefix} to the classpath resource of the same relative path below
         * {@code resourcePrefix}, as {@code loader} finds it.
         *
         * @param resourcePrefix a resource folder such as {@code com/example/schemas/} (ending with {@code /})
         */
        public Builder classpath(String uriPrefix, String resourcePrefix, ClassLoader loader) {
            if (!resourcePrefix.isEmpty() && !resourcePrefix.endsWith("/") || resourcePrefix.startsWith("/")) {
                throw new IllegalArgumentException("resource prefix \"" + resourcePrefix + "\" must be a relative"
                        + " resource folder ending with '/', such as com/example/schemas/");
            }
            mounts.add(new Mount(prefix(uriPrefix), true, new ClasspathSource(resourcePrefix, loader)));
            return this;
        }

        public SchemaRegistry build() {
            return new SchemaRegistry(mounts);
        }

        private static String prefix(String uriPrefix) {
            String uri = absolute(uriPrefix, true);
            if (!uri.endsWith("/")) {
                throw new IllegalArgumentException("URI prefix \"" + uriPrefix + "\" must end with '/'; map a single"
                        + " document with file(...)");
            }
            return uri;
        }

        private static String absolute(String text, boolean prefix) {
            try {
                URI uri = new URI(text);
                if (!uri.isAbsolute() || uri.getFragment() != null) {
                    throw new IllegalArgumentException("\"" + text + "\" must be an absolute URI without fragment,"
                            + " such as https://schemas.example.com/" + (prefix ? "" : "order.json"));
                }
                return uri.toString();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a URI: " + e.getReason(), e);
            }
        }
    }
}
