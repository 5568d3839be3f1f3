package io.busgen.generator.diff;

import io.busgen.generator.load.BundledCatalogs;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.model.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A writable copy of a catalogue folder, edited file by file as JSON trees: one version in a diff test. */
final class CatalogCopy {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;

    private CatalogCopy(Path root) {
        this.root = root;
    }

    /** A copy of the bundled Infrahub catalogue in {@code folder}. */
    static CatalogCopy ofBundled(Path folder) {
        Path bundled = BundledCatalogs.find(BundledCatalogs.DEFAULT).orElseThrow();
        copyTree(bundled, folder);
        return new CatalogCopy(folder);
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** Changes one schema file ({@code messages/send.echo.request.json}) through its JSON tree. */
    CatalogCopy edit(String file, Consumer<ObjectNode> change) {
        Path path = root.resolve(file);
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
            change.accept(tree);
            Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    CatalogCopy delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Loads the copy, naming its files {@code displayRoot/...}; fails the test if it does not load. */
    Catalog load(String displayRoot) {
        return CatalogLoader.load(root, displayRoot).orThrow();
    }

    // ---- edits ----------------------------------------------------------------------------------------------------

    static ObjectNode properties(ObjectNode schema) {
        return (ObjectNode) schema.get("properties");
    }

    /** Adds a property at the end, and to {@code required} when asked. */
    static void addProperty(ObjectNode schema, String name, String propertyJson, boolean required) {
        properties(schema).set(name, JSON.readTree(propertyJson));
        if (required) {
            if (!schema.has("required")) {
                schema.putArray("required");
            }
            schema.withArray("required").add(name);
        }
    }

    /** Removes a property, and its name from {@code required}. */
    static void removeProperty(ObjectNode schema, String name) {
        properties(schema).remove(name);
        if (schema.has("required")) {
            var required = schema.withArray("required");
            for (int i = required.size() - 1; i >= 0; i--) {
                if (required.get(i).asString().equals(name)) {
                    required.remove(i);
                }
            }
        }
    }

    /** Renames a property in place (keeping its position) and in {@code required}. */
    static void renameProperty(ObjectNode schema, String from, String to) {
        ObjectNode renamed = JSON.createObjectNode();
        for (var entry : properties(schema).properties()) {
            renamed.set(entry.getKey().equals(from) ? to : entry.getKey(), entry.getValue());
        }
        schema.set("properties", renamed);
        if (schema.has("required")) {
            var required = schema.withArray("required");
            for (int i = 0; i < required.size(); i++) {
                if (required.get(i).asString().equals(from)) {
                    required.set(i, JSON.getNodeFactory().stringNode(to));
                }
            }
        }
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
