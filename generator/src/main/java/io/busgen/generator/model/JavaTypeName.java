package io.busgen.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of a generated Java type: its package and its simple names from the outermost type inwards
 * ({@code [GitFileGetResponse, Data]} for a nested record).
 */
public record JavaTypeName(String packageName, List<String> simpleNames) {

    public JavaTypeName {
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("a type name needs at least one simple name");
        }
        simpleNames = List.copyOf(simpleNames);
    }

    public static JavaTypeName topLevel(String packageName, String simpleName) {
        return new JavaTypeName(packageName, List.of(simpleName));
    }

    /** A type nested in this one. */
    public JavaTypeName nested(String simpleName) {
        List<String> names = new ArrayList<>(simpleNames);
        names.add(simpleName);
        return new JavaTypeName(packageName, names);
    }

    public String simpleName() {
        return simpleNames.get(simpleNames.size() - 1);
    }

    public boolean isTopLevel() {
        return simpleNames.size() == 1;
    }

    /** The name as written in source within the package: {@code GitFileGetResponse.Data}. */
    public String relativeName() {
        return String.join(".", simpleNames);
    }

    /** The fully qualified name. */
    public String canonicalName() {
        return packageName.isEmpty() ? relativeName() : packageName + "." + relativeName();
    }

    @Override
    public String toString() {
        return canonicalName();
    }
}
