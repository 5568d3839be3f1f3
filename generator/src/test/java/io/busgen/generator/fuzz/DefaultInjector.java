package io.busgen.generator.fuzz;

import io.busgen.generator.instance.InstanceGenerator;
import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Gives some optional properties of a generated catalogue a {@code default}: a value of every JSON type, drawn by the
 * instance generator from the property's own schema, so that it is valid (and the defaults of the catalogue are as
 * varied as its values). A catalogue that lint refuses is left as it is.
 */
final class DefaultInjector {

    private DefaultInjector() {}

    static FuzzCatalogue inject(FuzzCatalogue catalogue, Path scratch) {
        catalogue.writeTo(scratch);
        LoadResult loaded;
        try {
            loaded = CatalogLoader.load(scratch, "");
        } catch (RuntimeException | StackOverflowError e) {
            return catalogue; // the pipeline reports it
        }
        if (!loaded.ok()) {
            return catalogue;
        }
        Catalog catalog = loaded.orThrow();
        Map<String, SchemaDocument> documents = new HashMap<>();
        for (SchemaDocument document : catalog.schemas().documents()) {
            String location = catalog.schemas().locationOf(document.root());
            documents.put(location.substring(0, location.indexOf('#')), document);
        }
        Random random = new Random(catalogue.seed() ^ 0x6a09e667f3bcc908L);
        InstanceGenerator values = new InstanceGenerator(catalog.schemas(), random.nextLong(),
                InstanceGenerator.Strings.ADVERSARIAL,
                schema -> catalog.scalarJavaType(schema).map(t -> t.format() != null).orElse(false));
        FuzzCatalogue copy = catalogue.copy();
        for (Map.Entry<String, Object> file : copy.files().entrySet()) {
            SchemaDocument document = documents.get(file.getKey());
            if (document != null) {
                walk(file.getValue(), "", document, values, random);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String pointer, SchemaDocument document, InstanceGenerator values,
            Random random) {
        if (!(node instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> schema = (Map<String, Object>) node;
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
            for (Map.Entry<String, Object> property : ((Map<String, Object>) properties).entrySet()) {
                if (!(property.getValue() instanceof Map<?, ?> propertySchema)
                        || required.contains(property.getKey()) || propertySchema.containsKey("default")
                        || random.nextInt(4) != 0) {
                    continue;
                }
                String at = JsonPointer.append(pointer + "/properties", property.getKey());
                Optional<Schema> model = document.at(at);
                Optional<JsonValue> value = model.flatMap(values::valid);
                value.ifPresent(v -> ((Map<String, Object>) propertySchema).put("default", Json.of(v)));
            }
        }
        for (Map.Entry<String, Object> member : schema.entrySet()) {
            String keyword = member.getKey();
            Object value = member.getValue();
            switch (keyword) {
                case "properties", "$defs", "patternProperties", "dependentSchemas" -> {
                    if (value instanceof Map<?, ?> children) {
                        for (Map.Entry<String, Object> child : ((Map<String, Object>) children).entrySet()) {
                            walk(child.getValue(), JsonPointer.append(pointer + "/" + keyword, child.getKey()),
                                    document, values, random);
                        }
                    }
                }
                case "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames" ->
                        walk(value, pointer + "/" + keyword, document, values, random);
                case "allOf", "anyOf", "oneOf", "prefixItems" -> {
                    if (value instanceof List<?> list) {
                        for (int i = 0; i < list.size(); i++) {
                            walk(list.get(i), pointer + "/" + keyword + "/" + i, document, values, random);
                        }
                    }
                }
                default -> { }
            }
        }
    }
}
