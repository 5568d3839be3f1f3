package io.busgen.infrahub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random instances of the catalogue's schemas, read from the schema files themselves: valid ones, and
 * mutations of them (a required property removed, a value of the wrong type, a null, an enum value that is not
 * listed, an extra key). A mutation may still be valid (an extra key in an open object): the tests compare verdicts,
 * not expectations.
 */
final class RandomInstances {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"", "main", "feature/x", "ümlaut", "😀 emoji", "tab\tnew\nline",
        "quote\"back\\slash", "18a2f0c2-47c6-4a8d-9c5e-2f0e1b7a1c11", "ctl\u0001\u001f", "日本"};

    private final Path catalogue;
    private final SplittableRandom random;
    private final Map<Path, JsonNode> files = new HashMap<>();
    /** The objects of the last instance made, with their schemas: where mutations happen. */
    private final List<Site> sites = new ArrayList<>();

    private record Site(ObjectNode object, JsonNode schema, Path file) {}

    RandomInstances(Path catalogue, long seed) {
        this.catalogue = catalogue;
        this.random = new SplittableRandom(seed);
    }

    /** A valid instance of the schema at {@code file#pointer} (pointer "" or "/$defs/Name"). */
    JsonNode valid(String file, String pointer) {
        sites.clear();
        Path path = catalogue.resolve(file).normalize();
        return generate(schemaAt(path, pointer), path, 0);
    }

    /** A mutation of the last instance made by {@link #valid}: one change at one of its objects. */
    JsonNode mutate(JsonNode instance) {
        if (sites.isEmpty()) {
            return NODES.stringNode("not an object");
        }
        Site site = sites.get(random.nextInt(sites.size()));
        JsonNode properties = site.schema().path("properties");
        List<String> names = new ArrayList<>();
        properties.propertyNames().forEach(names::add);
        int kind = random.nextInt(5);
        if (kind == 0 && site.schema().has("required") && !site.schema().get("required").isEmpty()) {
            JsonNode required = site.schema().get("required");
            site.object().remove(required.get(random.nextInt(required.size())).asString());
        } else if (kind == 1 && !names.isEmpty()) {
            String name = names.get(random.nextInt(names.size()));
            site.object().set(name, wrongType(site.object().get(name)));
        } else if (kind == 2 && !names.isEmpty()) {
            site.object().set(names.get(random.nextInt(names.size())), NODES.nullNode());
        } else if (kind == 3 && !names.isEmpty()) {
            String name = names.get(random.nextInt(names.size()));
            JsonNode property = resolve(properties.get(name), site.file());
            site.object().set(name, property.has("enum") ? NODES.stringNode("not-listed") : NODES.numberNode(-1));
        } else {
            site.object().put("x_unknown_" + random.nextInt(100), WORDS[random.nextInt(WORDS.length)]);
        }
        return instance;
    }

    private JsonNode wrongType(JsonNode value) {
        if (value == null || value.isString()) {
            return NODES.numberNode(random.nextInt(1000));
        }
        if (value.isObject()) {
            return NODES.stringNode("an object was expected");
        }
        if (value.isArray()) {
            return NODES.objectNode();
        }
        return NODES.arrayNode();
    }

    private JsonNode generate(JsonNode schema, Path file, int depth) {
        if (schema.has("$ref")) {
            Path target = targetFile(schema.get("$ref").asString(), file);
            String fragment = fragment(schema.get("$ref").asString());
            return generate(schemaAt(target, fragment), target, depth);
        }
        if (schema.has("anyOf")) {
            JsonNode branches = schema.get("anyOf");
            return generate(branches.get(random.nextInt(branches.size())), file, depth);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return plainValue(depth);
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else {
            types.add(type.asString());
        }
        String chosen = types.get(random.nextInt(types.size()));
        return switch (chosen) {
            case "null" -> NODES.nullNode();
            case "string" -> NODES.stringNode(WORDS[random.nextInt(WORDS.length)]);
            case "integer" -> NODES.numberNode(random.nextInt(-5, 100_000));
            case "number" -> NODES.numberNode(random.nextInt(1000) / 8.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 4 ? 0 : random.nextInt(3);
                for (int i = 0; i < size; i++) {
                    array.add(schema.has("items") ? generate(schema.get("items"), file, depth + 1)
                            : plainValue(depth + 1));
                }
                yield array;
            }
            default -> object(schema, file, depth);
        };
    }

    private JsonNode object(JsonNode schema, Path file, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            int size = depth > 3 ? 0 : random.nextInt(3);
            for (int i = 0; i < size; i++) {
                object.set("k" + i, plainValue(depth + 1));
            }
            return object;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (required.contains(property.getKey()) || random.nextInt(3) > 0) {
                object.set(property.getKey(), generate(property.getValue(), file, depth + 1));
            }
        }
        sites.add(new Site(object, schema, file));
        return object;
    }

    private JsonNode plainValue(int depth) {
        return switch (depth > 3 ? random.nextInt(4) : random.nextInt(6)) {
            case 0 -> NODES.stringNode(WORDS[random.nextInt(WORDS.length)]);
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(random.nextInt(10_000) / 16.0);
            case 3 -> random.nextBoolean() ? NODES.booleanNode(true) : NODES.nullNode();
            case 4 -> NODES.arrayNode().add(plainValue(depth + 1)).add(plainValue(depth + 1));
            default -> NODES.objectNode().set("nested", plainValue(depth + 1));
        };
    }

    private JsonNode resolve(JsonNode schema, Path file) {
        if (schema.has("$ref")) {
            Path target = targetFile(schema.get("$ref").asString(), file);
            return resolve(schemaAt(target, fragment(schema.get("$ref").asString())), target);
        }
        return schema;
    }

    private static Path targetFile(String ref, Path from) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        return filePart.isEmpty() ? from : from.getParent().resolve(filePart).normalize();
    }

    private static String fragment(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? "" : ref.substring(hash + 1);
    }

    private JsonNode schemaAt(Path file, String pointer) {
        JsonNode document = files.computeIfAbsent(file, f -> {
            try {
                return WireVectors.JSON.readTree(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return pointer.isEmpty() ? document : document.at(pointer);
    }
}
