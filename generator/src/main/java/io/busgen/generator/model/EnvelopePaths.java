package io.busgen.generator.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the envelope properties of a type live: for each property, the path of fields from the type to the first
 * field that carries it ({@code x-envelope}), in declaration order, looking depth first into fields that always hold
 * an object ({@code meta.priority}).
 *
 * @param paths the path of each envelope property that has one, in {@link EnvelopeProperty} order of discovery
 */
public record EnvelopePaths(Map<EnvelopeProperty, List<Field>> paths) {

    public EnvelopePaths {
        paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    public Optional<List<Field>> path(EnvelopeProperty property) {
        return Optional.ofNullable(paths.get(property));
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** The envelope paths of {@code type}, whose object fields are looked up in {@code types}. */
    static EnvelopePaths of(ObjectType type, Map<JavaTypeName, NamedType> types) {
        Map<EnvelopeProperty, List<Field>> paths = new LinkedHashMap<>();
        collect(type, new ArrayList<>(), new HashSet<>(), paths, types);
        return new EnvelopePaths(paths);
    }

    private static void collect(ObjectType type, List<Field> prefix, Set<JavaTypeName> visiting,
            Map<EnvelopeProperty, List<Field>> paths, Map<JavaTypeName, NamedType> types) {
        if (!visiting.add(type.name())) {
            return;
        }
        for (Field field : type.fields()) {
            List<Field> path = new ArrayList<>(prefix);
            path.add(field);
            if (field.envelope() != null) {
                paths.putIfAbsent(field.envelope(), List.copyOf(path));
            } else if (field.type().shape() instanceof Shape.Named named && named.form() == NamedType.Form.OBJECT
                    && !field.nullableInJava()) {
                collect((ObjectType) types.get(named.name()), path, visiting, paths, types);
            }
        }
        visiting.remove(type.name());
    }
}
