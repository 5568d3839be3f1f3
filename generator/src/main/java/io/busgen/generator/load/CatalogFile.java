package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.runtime.Kind;
import java.util.Optional;

/**
 * A schema file of the catalogue after reading: where it is, what folder it is in, and its schemas.
 *
 * @param path the file's path relative to the catalogue root, with {@code /} separators ({@code defs/meta.json})
 * @param display the file's name as shown to the user
 * @param json the located JSON
 * @param document the file's schemas, indexed by pointer
 */
record CatalogFile(String path, String display, JsonValue json, SchemaDocument document) {

    /** {@code messages}, {@code responses} or {@code defs}. */
    String folder() {
        return path.substring(0, path.indexOf('/'));
    }

    /** The file name without {@code .json}: the routing key of a message, the type of a defs file. */
    String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".json".length());
    }

    /** The kind of entry the folder holds, if it holds messages or responses. */
    Optional<Kind> kind() {
        for (Kind kind : Kind.values()) {
            if (folder(kind).equals(folder())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The catalogue folder that holds entries of a kind: {@code messages} or {@code responses}. */
    static String folder(Kind kind) {
        return switch (kind) {
            case MESSAGE -> "messages";
            case RESPONSE -> "responses";
        };
    }

    /** The folder of the file, relative to the catalogue root ({@code defs}). */
    String directory() {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
