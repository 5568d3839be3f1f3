package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.model.UnionType;
import io.busgen.generator.source.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds defaults that can never be built: a generated record holds each non-null default of an object-typed field as a
 * constant, decoded when the class is loaded, and decoding it loads the classes of the objects it holds, whose own
 * defaults are decoded in turn. When that chain comes back to a type being loaded ({@code A.b} defaults to a
 * {@code B} whose {@code a} defaults to an {@code A}), the value is infinite and the JVM hands out a constant that is
 * still null. A field whose default is its own type is reported where the field is built; this finds the longer
 * cycles, once each, at the default that closes it.
 */
final class DefaultCycles {

    private DefaultCycles() {}

    /** Reports each cycle of object defaults among {@code types}. */
    static void check(Iterable<NamedType> types, Problems problems) {
        Map<JavaTypeName, List<Field>> edges = new LinkedHashMap<>();
        Map<JavaTypeName, ObjectType> objects = new LinkedHashMap<>();
        Map<JavaTypeName, UnionType> unions = new LinkedHashMap<>();
        for (NamedType type : types) {
            if (type instanceof ObjectType object) {
                objects.put(object.name(), object);
            } else if (type instanceof UnionType union) {
                unions.put(union.name(), union);
            }
        }
        for (ObjectType object : objects.values()) {
            List<Field> withObjectDefaults = new ArrayList<>();
            for (Field field : object.fields()) {
                if (field.hasNonNullDefault() && !objectTypesIn(field, objects, unions).isEmpty()) {
                    withObjectDefaults.add(field);
                }
            }
            edges.put(object.name(), withObjectDefaults);
        }
        Set<JavaTypeName> done = new HashSet<>();
        for (JavaTypeName start : edges.keySet()) {
            visit(start, edges, objects, unions, new ArrayList<>(), new ArrayList<>(), done, problems);
        }
    }

    private static void visit(JavaTypeName type, Map<JavaTypeName, List<Field>> edges,
            Map<JavaTypeName, ObjectType> objects, Map<JavaTypeName, UnionType> unions, List<JavaTypeName> path,
            List<Field> via,
            Set<JavaTypeName> done, Problems problems) {
        if (done.contains(type)) {
            return;
        }
        int seen = path.indexOf(type);
        if (seen >= 0) {
            // A field of the type's own type is reported where it is built; every other cycle here.
            if (path.size() - seen >= 2 || !(via.get(seen).type().shape() instanceof Shape.Named named
                    && named.name().equals(type))) {
                report(path.subList(seen, path.size()), via.subList(seen, via.size()), problems);
            }
            return;
        }
        path.add(type);
        for (Field field : edges.getOrDefault(type, List.of())) {
            for (JavaTypeName next : objectTypesIn(field, objects, unions)) {
                via.add(field);
                visit(next, edges, objects, unions, path, via, done, problems);
                via.remove(via.size() - 1);
            }
        }
        path.remove(path.size() - 1);
        done.add(type);
    }

    private static void report(List<JavaTypeName> cycle, List<Field> fields, Problems problems) {
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            chain.append(cycle.get(i).relativeName()).append('.').append(fields.get(i).wireName()).append(" -> ");
        }
        chain.append(cycle.get(0).relativeName());
        Field closing = fields.get(fields.size() - 1);
        problems.report(closing.defaultValue().location(), "default of \"" + closing.wireName() + "\" cannot be"
                + " built: decoding it needs the defaults of " + cycle.get(0).relativeName() + " again (" + chain
                + "), so generated classes cannot initialise it: remove one of these defaults (null or absent means"
                + " none)");
    }

    /**
     * The object types whose classes decoding a field's default loads: its own object type, and those of the members
     * the default holds, through arrays and nested objects.
     */
    private static Set<JavaTypeName> objectTypesIn(Field field, Map<JavaTypeName, ObjectType> objects,
            Map<JavaTypeName, UnionType> unions) {
        Set<JavaTypeName> found = new java.util.LinkedHashSet<>();
        collect(field.type(), field.defaultValue(), objects, unions, found);
        return found;
    }

    private static void collect(TypeUse type, @Nullable JsonValue value, Map<JavaTypeName, ObjectType> objects,
            Map<JavaTypeName, UnionType> unions, Set<JavaTypeName> found) {
        if (type.shape() instanceof Shape.Named union && value != null && unions.containsKey(union.name())) {
            // A union's default is the record its discriminator names.
            unions.get(union.name()).alternativeOf(value).ifPresent(alternative -> collect(new TypeUse(
                    new Shape.Named(alternative.type(), io.busgen.generator.model.NamedType.Form.OBJECT), false),
                    value, objects, unions, found));
            return;
        }
        if (type.shape() instanceof Shape.Named named && objects.containsKey(named.name())) {
            if (found.add(named.name()) && value instanceof JsonObject object) {
                for (Field member : objects.get(named.name()).fields()) {
                    JsonValue held = object.members().get(member.wireName());
                    if (held != null && !(held instanceof JsonValue.JsonNull)) {
                        collect(member.type(), held, objects, unions, found);
                    }
                }
            }
        } else if (type.shape() instanceof Shape.ArrayOf array) {
            if (value instanceof JsonArray elements) {
                for (JsonValue element : elements.elements()) {
                    collect(array.items(), element, objects, unions, found);
                }
            } else {
                collect(array.items(), null, objects, unions, found);
            }
        } else if (type.shape() instanceof Shape.MapOf map) {
            if (value instanceof JsonObject members) {
                for (JsonValue member : members.members().values()) {
                    collect(map.values(), member, objects, unions, found);
                }
            } else {
                collect(map.values(), null, objects, unions, found);
            }
        }
    }
}
