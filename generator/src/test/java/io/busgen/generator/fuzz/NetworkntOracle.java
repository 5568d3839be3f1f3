package io.busgen.generator.fuzz;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.busgen.runtime.internal.EcmaRegex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt json-schema-validator 3.0.9, the interpreting validator the generated validators are compared with, and
 * the cases where it is known to be wrong. {@code format} is an annotation on both sides (the generated validators'
 * default); instances are read with exact decimals.
 *
 * <p>Known networknt deviations (also listed in {@code docs/fuzzing.md}), where a disagreement is not a busgen
 * defect:
 * <ul>
 *   <li>networknt matches {@code pattern} and {@code patternProperties} with {@code java.util.regex}, not ECMA-262:
 *       a disagreement is excused when, for one of the catalogue's patterns and one of the instance's strings or
 *       member names, {@code java.util.regex} and busgen's ECMA-262 translation ({@code EcmaRegex}) give different
 *       answers, or the pattern is not a valid {@code java.util.regex} pattern;</li>
 *   <li>networknt reports {@code additionalProperties} and {@code propertyNames} errors at the object, naming the
 *       member; busgen at the member (for {@code propertyNames} with the keyword of the name's schema that fails):
 *       either counts;</li>
 *   <li>networknt reports {@code unevaluatedProperties} and {@code unevaluatedItems} errors at the object or array,
 *       naming the member or the item's index; busgen at the member or item, with the keyword for {@code false} and
 *       the violations of the keyword's schema otherwise: any violation there counts;</li>
 *   <li>networknt names the keyword {@code minContains} when too few items match {@code contains}, even where the
 *       schema has no {@code minContains}; busgen names {@code contains} then;</li>
 *   <li>a schema networknt cannot load (it throws) is not compared.</li>
 * </ul>
 */
final class NetworkntOracle {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * One networknt error: where, which keyword, the member it is about (for the keywords networknt reports at the
     * object, such as {@code additionalProperties}), and whether it stands inside a branch of anyOf or oneOf.
     */
    record Finding(String instanceLocation, String keyword, @Nullable String property, @Nullable Integer index,
            boolean insideBranch, String message) {

        /**
         * Whether busgen reports the same error among {@code ours} ({@code "<instance location> <keyword>"}): at the
         * same place with the same keyword; for {@code additionalProperties}, also at the member (networknt reports
         * the object that holds the member and names the member; busgen, as the JSON Schema output format does, the
         * member whose value fails the {@code false} subschema); for {@code propertyNames}, any violation at the
         * member (busgen reports the keyword of the name's schema that fails, such as {@code pattern}); for {@code
         * unevaluatedProperties} and {@code unevaluatedItems}, any violation at the member or the item.
         */
        boolean reportedIn(java.util.Set<String> ours) {
            if (ours.contains(instanceLocation + " " + keyword)) {
                return true;
            }
            if (keyword.equals("minContains") && ours.contains(instanceLocation + " contains")) {
                // networknt names minContains when too few items match "contains", even without "minContains".
                return true;
            }
            if (keyword.equals("unevaluatedItems") && index != null) {
                String item = instanceLocation + "/" + index;
                return ours.stream().anyMatch(o -> o.startsWith(item + " "));
            }
            if (property == null) {
                return false;
            }
            String member = instanceLocation + "/" + property.replace("~", "~0").replace("/", "~1");
            return switch (keyword) {
                case "additionalProperties" -> ours.contains(member + " " + keyword);
                case "propertyNames", "unevaluatedProperties" ->
                        ours.stream().anyMatch(o -> o.startsWith(member + " "));
                default -> false;
            };
        }
    }

    private final SchemaRegistry registry;
    private final Path catalogue;

    NetworkntOracle(Path catalogue) {
        this(catalogue, false);
    }

    private NetworkntOracle(Path catalogue, boolean assertFormats) {
        this.catalogue = catalogue;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(assertFormats).build())
                .schemaLoader(loader -> loader.fetchRemoteResources()
                        .allow(iri -> "file".equals(iri.getScheme()))));
    }

    /**
     * The oracle of a catalogue. Where generated code holds a string as a JDK type ({@code x-java-type},
     * {@code javaTypes}), busgen asserts the schema's {@code format} wherever the schema applies (docs/validators.md):
     * networknt then reads a copy of the catalogue with format assertions on and every other schema's
     * {@code format} removed, so that it asserts exactly those formats and no other.
     */
    static NetworkntOracle of(Path catalogue, io.busgen.generator.model.Catalog catalog) {
        java.util.Map<String, java.util.Set<String>> asserted = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<String>> annotations = new java.util.TreeMap<>();
        for (io.busgen.generator.schema.SchemaDocument document : catalog.schemas().documents()) {
            for (io.busgen.generator.schema.Schema schema : document.schemas()) {
                if (schema.isBooleanSchema() || schema.format() == null) {
                    continue;
                }
                boolean mapped = catalog.scalarJavaType(schema).map(t -> schema.format().equals(t.format()))
                        .orElse(false);
                (mapped ? asserted : annotations).computeIfAbsent(schema.location().file(),
                        f -> new java.util.TreeSet<>()).add(schema.pointer());
            }
        }
        if (asserted.isEmpty()) {
            return new NetworkntOracle(catalogue);
        }
        Path copy = catalogue.resolveSibling(catalogue.getFileName() + "-mapped-formats");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(catalogue)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String relative = catalogue.relativize(file).toString().replace('\\', '/');
                Path target = copy.resolve(relative);
                java.nio.file.Files.createDirectories(target.getParent());
                // The model's files are named as loaded ("catalog/messages/a.b.c.json" under a display root).
                java.util.Set<String> pointers = annotations.entrySet().stream()
                        .filter(e -> e.getKey().equals(relative) || e.getKey().endsWith("/" + relative))
                        .findFirst().map(java.util.Map.Entry::getValue).orElse(java.util.Set.of());
                if (pointers.isEmpty() || !relative.endsWith(".json")) {
                    java.nio.file.Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                JsonNode tree = JSON.readTree(file.toFile());
                for (String pointer : pointers) {
                    if (tree.at(pointer) instanceof tools.jackson.databind.node.ObjectNode object) {
                        object.remove("format");
                    }
                }
                java.nio.file.Files.writeString(target, JSON.writeValueAsString(tree));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new NetworkntOracle(copy, true);
    }

    /** The schema of a catalogue file ({@code messages/a.b.c.json}). */
    Schema schema(String file) {
        return registry.getSchema(SchemaLocation.of(catalogue.resolve(file).toUri().toString()));
    }

    static List<Finding> validate(Schema schema, String json) {
        JsonNode instance = JSON.readTree(json);
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            Integer index = error.getIndex();
            if (index == null && "unevaluatedItems".equals(error.getKeyword()) && error.getArguments() != null
                    && error.getArguments().length == 1 && error.getArguments()[0] instanceof Integer argument) {
                index = argument; // networknt names the item only in the message's argument
            }
            findings.add(new Finding(pointer(error.getInstanceLocation()), error.getKeyword(), error.getProperty(),
                    index, insideABranch(error.getEvaluationPath()), error.getMessage()));
        }
        return findings;
    }

    /**
     * Whether networknt's answer on an instance may differ from ECMA-262's because it matches patterns with
     * {@code java.util.regex}.
     */
    static boolean regexDeviation(Collection<String> patterns, Collection<String> strings) {
        for (String ecma : patterns) {
            Pattern java;
            Pattern ours;
            try {
                java = Pattern.compile(ecma);
            } catch (PatternSyntaxException e) {
                return true;
            }
            try {
                ours = EcmaRegex.compile(ecma);
            } catch (RuntimeException e) {
                continue;
            }
            for (String text : strings) {
                if (java.matcher(text).find() != ours.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every string of a {@link Json} tree: values and member names. */
    @SuppressWarnings("unchecked")
    static void strings(Object value, List<String> out) {
        if (value instanceof String text) {
            out.add(text);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
                out.add(member.getKey());
                strings(member.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(e -> strings(e, out));
        }
    }

    private static boolean insideABranch(NodePath evaluationPath) {
        for (int i = 0; i < evaluationPath.getNameCount() - 1; i++) {
            String name = evaluationPath.getName(i);
            if (name.equals("anyOf") || name.equals("oneOf")) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
