package io.busgen.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dialect's naming rules, from wire names to Java names. Every case conversion uses {@link Locale#ROOT}, so the
 * names do not depend on the machine's locale.
 */
public final class JavaNames {

    private JavaNames() {}

    /**
     * {@code check.generator.run} -> {@code CheckGeneratorRun}; {@code node_diff} -> {@code NodeDiff}; empty when the
     * name has no letter or digit ({@code _._._}).
     */
    public static String upperCamel(String wire) {
        StringBuilder name = new StringBuilder();
        for (String word : words(wire)) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.length() == 0 ? "" : validStart(name.toString());
    }

    /**
     * The name of the type of one element of a collection named {@code wire}: the collection's name made singular
     * ({@code tags} -> {@code Tag}, {@code line_items} -> {@code LineItem}, {@code categories} -> {@code Category},
     * {@code addresses} -> {@code Address}), or, when it does not end in a plural English makes with {@code s}
     * ({@code data}, {@code status}), the name followed by {@code fallback} ({@code DataItem}). Empty when the name has
     * no letter or digit.
     */
    public static String elementTypeName(String wire, String fallback) {
        String name = upperCamel(wire);
        String singular = singular(name);
        return singular.equals(name) || singular.isEmpty() || !Character.isJavaIdentifierStart(singular.charAt(0))
                ? upperCamel(wire + "_" + fallback) : singular;
    }

    /** Plurals not made with {@code s}, as the last word of a name: {@code childNodes} has no {@code s} rule. */
    private static final String[][] IRREGULAR_PLURALS = {
        {"children", "child"}, {"people", "person"}, {"indices", "index"}, {"matrices", "matrix"},
        {"vertices", "vertex"}, {"criteria", "criterion"}
    };

    /**
     * English plurals in {@code s} made singular, on the last word of a camel-case name ({@code lineItems} ->
     * {@code lineItem}); the name itself when it is not one ({@code data}, {@code status}).
     */
    public static String singular(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] irregular : IRREGULAR_PLURALS) {
            if (lower.endsWith(irregular[0]) && name.length() > irregular[0].length() - 1) {
                int start = name.length() - irregular[0].length();
                boolean upper = Character.isUpperCase(name.charAt(start));
                String singular = irregular[1];
                return name.substring(0, start) + (upper ? Character.toUpperCase(singular.charAt(0))
                        : singular.charAt(0)) + singular.substring(1);
            }
        }
        int lastUpper = name.length() - 1;
        while (lastUpper > 0 && !Character.isUpperCase(name.charAt(lastUpper))) {
            lastUpper--;
        }
        int wordLength = name.length() - lastUpper;
        if (wordLength <= 3 || !lower.endsWith("s")) {
            return name; // "Bus", "Gas", "Ids": too short to tell
        }
        if (lower.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes")
                || lower.endsWith("zzes")) {
            return name.substring(0, name.length() - 2);
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
            return name; // "Class", "Status", "Analysis"
        }
        return name.substring(0, name.length() - 1);
    }

    /** {@code generator_definition} -> {@code generatorDefinition}; Java keywords get a trailing {@code _}. */
    public static String lowerCamel(String wire) {
        List<String> words = words(wire);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0) {
                name.append(word.equals(word.toUpperCase(Locale.ROOT))
                        ? word.toLowerCase(Locale.ROOT)
                        : word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1));
            } else {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        String candidate = validStart(name.toString());
        return JavaNameTable.KEYWORDS.contains(candidate) || JavaNameTable.RECORD_METHODS.contains(candidate)
                || JavaNameTable.RESTRICTED_VARIABLE_NAMES.contains(candidate) ? candidate + "_" : candidate;
    }

    /** {@code read-only} -> {@code READ_ONLY}; {@code camelCase} -> {@code CAMEL_CASE}; {@code 1x} -> {@code _1X}. */
    public static String upperSnake(String value) {
        List<String> parts = new ArrayList<>();
        for (String word : words(value)) {
            parts.addAll(splitCamel(word));
        }
        if (parts.isEmpty()) {
            return "EMPTY";
        }
        return validStart(String.join("_", parts).toUpperCase(Locale.ROOT));
    }

    /** Whether {@code name} may name a Java type or member as it stands. */
    public static boolean isValidIdentifier(String name) {
        if (name.isEmpty() || JavaNameTable.KEYWORDS.contains(name)
                || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    /** Whether {@code name} may name a Java type: an identifier that is not {@code var}, {@code record}, ... */
    public static boolean isValidTypeName(String name) {
        return isValidIdentifier(name) && !JavaNameTable.RESTRICTED_TYPE_NAMES.contains(name);
    }

    /** Whether {@code name} is a valid Java package name ({@code io.busgen.infrahub}). */
    public static boolean isValidPackage(String name) {
        for (String segment : name.split("\\.", -1)) {
            if (!isValidIdentifier(segment)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a package belongs to the JDK ({@code java.lang}, {@code java.util}, {@code sun.misc}, ...): code cannot be
     * compiled into it.
     */
    public static boolean isJdkPackage(String name) {
        if (name.equals("java") || name.startsWith("java.")) {
            return true;
        }
        return JDK_PACKAGES.contains(name);
    }

    private static final java.util.Set<String> JDK_PACKAGES = java.lang.module.ModuleFinder.ofSystem().findAll()
            .stream()
            .flatMap(module -> module.descriptor().packages().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The words of a wire name: runs of letters and digits, split at anything else. */
    private static List<String> words(String wire) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        wire.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code camelCase} -> {@code [camel, Case]}; {@code HTTPCode} -> {@code [HTTP, Code]}; upper case stays whole. */
    private static List<String> splitCamel(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            char previous = word.charAt(i - 1);
            char current = word.charAt(i);
            boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
            boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
                    && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1));
            if (lowerToUpper || acronymEnd) {
                parts.add(word.substring(start, i));
                start = i;
            }
        }
        parts.add(word.substring(start));
        return parts;
    }

    private static String validStart(String name) {
        if (name.isEmpty()) {
            return "_";
        }
        return Character.isJavaIdentifierStart(name.codePointAt(0)) ? name : "_" + name;
    }
}
