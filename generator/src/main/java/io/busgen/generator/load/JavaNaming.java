package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaNameTable;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.NameAllocator;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Names every Java type, record component and enum constant of a catalogue, against {@link JavaNameTable}: default
 * names that are taken get {@code _} appended; explicit names ({@code x-java-name}) that are taken are reported.
 *
 * <p>Types are named while the linker builds them; components and enum constants once every type has its name, since a
 * component must not be named like a type visible where it is declared.
 */
final class JavaNaming {

    private final CatalogInfo info;
    private final Problems problems;
    /** Top-level class names: one package, and files on disks that may ignore case. */
    private final NameAllocator topLevel = NameAllocator.ignoringCase();
    /** What each top-level name names, for messages. */
    private final Map<String, String> topLevelOwners = new HashMap<>();
    /** The simple names nested in each type (class files {@code Outer$Inner.class}: case is ignored too). */
    private final Map<JavaTypeName, NameAllocator> nested = new HashMap<>();
    /** The first segments of the packages generated code names: no type may take one. */
    private final Set<String> packageRoots = new TreeSet<>();
    /** The top-level names given to the catalogue's types so far. */
    private final List<String> userTypes = new ArrayList<>();
    /** Names no type may take, case counting: every variable generated code declares, and the type variable. */
    private final Set<String> notForTypes = new TreeSet<>();

    JavaNaming(CatalogInfo info, Problems problems) {
        this.info = info;
        this.problems = problems;
        notForTypes.addAll(JavaNameTable.generatedVariableNames());
        notForTypes.add(JavaNameTable.TYPE_VARIABLE);
        notForTypes.addAll(JavaNameTable.RESTRICTED_TYPE_NAMES);
        // A type named like the first segment of a package obscures it: io.busgen.runtime.Kind would mean the type io.
        JavaNameTable.REFERENCED_TYPES.forEach(t -> packageRoots.add(t.substring(0, t.indexOf('.'))));
        if (!info.javaPackage().isEmpty()) {
            int dot = info.javaPackage().indexOf('.');
            packageRoots.add(dot < 0 ? info.javaPackage() : info.javaPackage().substring(0, dot));
        }
        notForTypes.addAll(packageRoots);
        String prefix = JavaNames.upperCamel(info.name());
        for (String suffix : JavaNameTable.CATALOG_TYPE_SUFFIXES) {
            topLevel.claim(prefix + suffix);
            topLevelOwners.put(prefix + suffix, suffix.equals("Catalog") ? "the generated catalogue class"
                    : "a generated catalogue type");
        }
        // A top-level Builder or Adapter would be hidden inside every record by the record's own.
        JavaNameTable.NESTED_TYPES.forEach(topLevel::reserve);
    }

    /** The explicit name of a schema ({@code x-java-name}), when it is a valid one (invalid ones are reported). */
    static Optional<String> explicitName(Schema schema) {
        JsonValue name = schema.extensions().get("x-java-name");
        return name instanceof JsonString s && JavaNames.isValidIdentifier(s.value())
                ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * Names a top-level type.
     *
     * @param defaultName the name made from the routing key or file name, used without {@code x-java-name}
     * @param what what the type is, for messages ({@code defs/meta.json})
     * @return the name, or empty when it cannot be had (reported)
     */
    Optional<String> topLevel(Schema schema, String defaultName, SourceLocation at, String what) {
        Optional<String> explicit = explicitName(schema);
        if (explicit.isPresent()) {
            String name = explicit.get();
            if (!JavaNames.isValidTypeName(name) || notForTypes.contains(name)) {
                String use = !JavaNames.isValidTypeName(name) ? "a restricted identifier"
                        : packageRoots.contains(name) ? "the first segment of a package generated code names"
                        : "a variable generated code declares";
                problems.report(at, "\"x-java-name\" \"" + name + "\" cannot name a type: it is " + use
                        + "; choose another name");
                return Optional.empty();
            }
            if (!topLevel.claim(name)) {
                problems.report(at, "Java name collision: " + what + " becomes the type " + name + ", which is "
                        + owner(name) + "; rename one or set \"x-java-name\"");
                return Optional.empty();
            }
            topLevelOwners.put(name, what);
            userTypes.add(name);
            return Optional.of(name);
        }
        if (defaultName.isEmpty()) {
            problems.report(at, what + " has no letter or digit to make a Java type name from: set \"x-java-name\"");
            return Optional.empty();
        }
        String name = avoid(defaultName, notForTypes);
        String user = userTypeNamed(name);
        if (user != null) {
            problems.report(at, "Java name collision: " + what + " becomes the type " + name + ", which is already "
                    + topLevelOwners.get(user) + (user.equals(name) ? "" : " as " + user + " (class names must differ"
                    + " in more than case)") + "; rename one or set \"x-java-name\"");
            return Optional.empty();
        }
        // Taken by a generated type: the catalogue's type gives way.
        name = allocate(topLevel, name, notForTypes);
        topLevelOwners.put(name, what);
        userTypes.add(name);
        return Optional.of(name);
    }

    /** The catalogue type whose name equals {@code name} but for case, if any. */
    private @Nullable String userTypeNamed(String name) {
        for (String taken : userTypes) {
            if (taken.equalsIgnoreCase(name)) {
                return taken;
            }
        }
        return null;
    }

    /** The taken name that equals {@code name} but for case, as it was written. */
    private String caseOf(String name) {
        for (String taken : topLevelOwners.keySet()) {
            if (taken.equalsIgnoreCase(name)) {
                return taken;
            }
        }
        return name;
    }

    private String owner(String name) {
        String taken = caseOf(name);
        String owner = topLevelOwners.getOrDefault(taken, "a generated type");
        return taken.equals(name) ? owner : owner + ", named " + taken;
    }

    /** Names a type nested in {@code enclosing}; empty when an explicit name cannot be had (reported). */
    Optional<String> nested(JavaTypeName enclosing, Schema schema, String defaultName, SourceLocation at) {
        NameAllocator names = nested.computeIfAbsent(enclosing, e -> {
            NameAllocator scope = NameAllocator.ignoringCase().reserve(JavaNameTable.NESTED_TYPES);
            // A nested class cannot share the name of a class that encloses it.
            return scope.reserve(e.simpleNames());
        });
        Optional<String> explicit = explicitName(schema);
        if (explicit.isPresent()) {
            String name = explicit.get();
            String taken = !JavaNames.isValidTypeName(name) ? "a restricted identifier"
                    : JavaNameTable.NESTED_TYPES.contains(name) ? "the name of the generated " + name.toLowerCase(
                            java.util.Locale.ROOT)
                    : enclosing.simpleNames().stream().anyMatch(name::equalsIgnoreCase)
                            ? "the name of an enclosing type"
                    : notForTypes.contains(name) ? "a name generated code gives a variable"
                    : hidesAnotherType(name) ? "the name of a type generated code refers to, which it would hide"
                    : names.isTaken(name) ? "already the name of another type nested in " + enclosing.relativeName()
                    : null;
            if (taken != null || !names.claim(name)) {
                problems.report(at, "Java name collision: the nested type " + enclosing.relativeName() + "." + name
                        + " is " + taken + "; set another \"x-java-name\"");
                return Optional.empty();
            }
            return Optional.of(name);
        }
        if (defaultName.isEmpty()) {
            problems.report(at, "the property has no letter or digit to make a Java type name from: set"
                    + " \"x-java-name\"");
            return Optional.empty();
        }
        String name = avoid(defaultName, notForTypes);
        while (hidesAnotherType(name) || !names.claim(name)) {
            name = avoid(name + "_", notForTypes);
        }
        return Optional.of(name);
    }

    /**
     * Whether a nested type of this name would hide, within its enclosing record, a type that the record's code names
     * by its simple name: a top-level type of the catalogue, or a JDK, runtime or Jackson type.
     */
    private boolean hidesAnotherType(String name) {
        return topLevel.isTaken(name) || JavaNameTable.referencedSimpleNames().contains(name);
    }

    private static String avoid(String name, Set<String> forbidden) {
        String free = name;
        while (forbidden.contains(free)) {
            free = free + "_";
        }
        return free;
    }

    private static String allocate(NameAllocator names, String preferred, Set<String> forbidden) {
        String name = avoid(preferred, forbidden);
        while (!names.claim(name)) {
            name = avoid(name + "_", forbidden);
        }
        return name;
    }

    // ---- components and constants, once every type is named -------------------------------------------------------

    /**
     * The types with their components named: a component never takes a generated member's name nor the name of a
     * type visible in its file (a component {@code Meta} would obscure the type in {@code Meta.ADAPTER}).
     */
    Map<JavaTypeName, NamedType> nameMembers(Map<JavaTypeName, NamedType> types) {
        Map<JavaTypeName, NamedType> named = new LinkedHashMap<>();
        for (Map.Entry<JavaTypeName, NamedType> entry : types.entrySet()) {
            NamedType type = entry.getValue();
            if (type instanceof ObjectType object) {
                named.put(entry.getKey(), nameFields(object, JavaNameTable.variableNamesToAvoid(types.keySet(),
                        info.name(), info.javaPackage(), entry.getKey())));
            } else if (type instanceof EnumType enumType) {
                named.put(entry.getKey(), nameConstants(enumType));
            } else {
                named.put(entry.getKey(), type);
            }
        }
        return named;
    }

    private ObjectType nameFields(ObjectType type, Set<String> visibleTypes) {
        NameAllocator names = NameAllocator.caseSensitive()
                .reserve(JavaNameTable.RECORD_METHODS)
                .reserve(JavaNameTable.RECORD_CONSTANTS)
                .reserve(JavaNameTable.RESTRICTED_VARIABLE_NAMES)
                .reserve(visibleTypes);
        String[] chosen = new String[type.fields().size()];
        // Explicit names first, so that a default name never takes one.
        for (int i = 0; i < type.fields().size(); i++) {
            Field field = type.fields().get(i);
            Optional<String> explicit = explicitName(field.schema());
            if (explicit.isPresent()) {
                String name = explicit.get();
                String taken = JavaNameTable.RECORD_METHODS.contains(name) ? "a method every record has"
                        : JavaNameTable.RECORD_CONSTANTS.contains(name) ? "a constant every record has"
                        : visibleTypes.contains(name) ? "the name of a type generated code uses there, which it"
                                + " would hide"
                        : JavaNameTable.RESTRICTED_VARIABLE_NAMES.contains(name) ? "a restricted identifier"
                        : names.isTaken(name) ? "already the name of another field" : null;
                if (taken == null && names.claim(name)) {
                    chosen[i] = name;
                } else {
                    problems.report(field.location(), "\"x-java-name\" \"" + name + "\" cannot name a field of "
                            + type.name().relativeName() + ": it is " + taken + "; choose another name");
                    chosen[i] = explicit.get();
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < type.fields().size(); i++) {
            Field field = type.fields().get(i);
            String name = chosen[i] != null ? chosen[i] : names.allocate(JavaNames.lowerCamel(field.wireName()));
            fields.add(new Field(field.wireName(), name, field.type(), field.required(), field.defaultValue(),
                    field.description(), field.envelope(), field.inBody(), field.position(), field.schema()));
        }
        return new ObjectType(type.name(), type.origin(), type.description(), fields, type.nested(), type.schema());
    }

    private EnumType nameConstants(EnumType type) {
        NameAllocator names = NameAllocator.caseSensitive()
                .reserve(JavaNameTable.ENUM_MEMBERS)
                .reserve(JavaNameTable.referencedSimpleNames());
        if (type.open()) {
            names.reserve(java.util.Set.of(JavaNameTable.UNKNOWN_CONSTANT));
        }
        List<EnumType.Constant> constants = new ArrayList<>();
        for (EnumType.Constant constant : type.constants()) {
            constants.add(new EnumType.Constant(constant.value(), names.allocate(JavaNames.upperSnake(constant.value())),
                    constant.description()));
        }
        return new EnumType(type.name(), type.origin(), type.description(), constants, type.open(), type.schema());
    }
}
