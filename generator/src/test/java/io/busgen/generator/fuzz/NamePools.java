package io.busgen.generator.fuzz;

import io.busgen.runtime.TypeAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The adversarial names the catalogue generator draws from: every name generated code could collide with. Lists
 * that a program can read are read (the JDK's {@code java.lang} and {@code java.lang.annotation} types from the
 * running JDK, the runtime's types from the classpath, the types the emitters import from their own constants), so
 * that a new one is covered without editing this class.
 */
final class NamePools {

    /** Java's reserved keywords and literals. */
    static final List<String> KEYWORDS = List.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_");

    /** Contextual keywords: identifiers everywhere but where they mean something. */
    static final List<String> CONTEXTUAL_KEYWORDS = List.of(
            "record", "var", "yield", "sealed", "permits", "non-sealed", "when", "module", "open", "opens", "exports",
            "requires", "transitive", "to", "uses", "provides", "with");

    /** Names that only collide once camel-cased or upper-snake-cased. */
    static final List<List<String>> CASE_COLLISIONS = List.of(
            List.of("foo_bar", "fooBar", "foo__bar", "FooBar", "foo-bar", "foo bar", "_foo_bar_"),
            List.of("read-only", "READ_ONLY", "readOnly", "read only", "Read.Only", "ReadOnly"),
            List.of("x", "X", "_x", "x_"),
            List.of("1x", "_1x", "1X", "1 x"),
            List.of("", "empty", "EMPTY", "-", "__"),
            List.of("HTTPCode", "HttpCode", "http_code", "HTTP_CODE"),
            List.of("a1b", "a_1b", "A1B", "a1_b"));

    /** Non-ASCII names: letters Java accepts, case mappings that change length, marks that split words. */
    static final List<String> NON_ASCII = List.of(
            "naïve", "日本", "straße", "İstanbul", "ısık", "ǅemal", "ﬁle", "µs", "Σίσυφος", "e\u0301t\u00e9",
            "٣حب", "ｆｕｌｌ", "emoji😀name", "zero\u200bwidth", "Ǆ", "ῼ");

    /** Names that start with a digit. */
    static final List<String> DIGIT_FIRST = List.of("1st", "2fa", "3d_model", "0", "007", "9lives", "4K", "1e400");

    /** Wire names with what breaks comments, literals and pointers. */
    static final List<String> WIRE_ODDITIES = List.of(
            "line\nbreak", "back\\u000aslash", "star*/slash", "quote\"d", "back\\slash", "dollar$sign", "@at",
            "tilde~0", "sla/sh", " spaced ", "tab\tbed", "percent%20", "{brace}", "x-envelope", "$ref", "<b>",
            "amp&amp", "\u2028", "cr\rlf", "nul\u0000", "a\\u002a/b");

    private NamePools() {}

    /**
     * Every member, constant, nested type, local variable and parameter name the emitters write.
     *
     * <p>Read by eye from the emitters for now; it becomes {@code return JavaNameTable.emittedNames();} once
     * {@code io.busgen.generator.emit.java.JavaNameTable} exists.
     */
    static Set<String> emittedNames() {
        return Set.of(
                // record members and constants
                "ADAPTER", "ENVELOPE", "VALIDATOR", "ROUTING_KEY", "KIND", "PRIORITY", "FINGERPRINT", "DEFAULT_",
                "builder", "toBuilder", "decodeValidated", "failureReply", "reply", "decodeReply", "toEnvelope",
                "accept", "visit", "visitor", "R", "body", "failure", "response", "envelope", "message",
                // nested types
                "Builder", "Adapter",
                // builder
                "build", "from",
                // adapter members, parameters and locals
                "PROPERTIES", "write", "read", "dump", "envelopeFields", "withEnvelopeFields", "out", "value",
                "parser", "property", "element", "element2", "item", "item2", "members", "name", "fields",
                "valueObject", "builderBuilder", "Present", "Value", "priority", "headers", "expirationSeconds",
                "correlationId", "replyTo",
                // enums
                "wireValue", "fromWireValue", "toString",
                // catalogue class
                "INSTANCE", "NAME", "DEFAULT_PRIORITY", "MAX_PRIORITY", "ENTRIES", "ERROR_REPLY", "maxPriority",
                "entries", "responseTo", "requestOf", "decodeMessage", "routingKey", "responseType", "find",
                "decode", "Catalog", "Message", "Response", "MessageVisitor", "ResponseVisitor", "Validators",
                // validators
                "ENUM_0", "CONST_0", "NUMBER_0", "PATTERN_0", "check0", "instance", "pointer", "valid", "object",
                "array", "member", "at", "declared", "matches", "matched", "repeated", "string", "length", "i",
                "allowed");
    }

    /** The public top-level types of {@code java.lang}, listed from the running JDK. */
    static List<String> javaLangNames() {
        return publicTypesOf("java.lang");
    }

    /** The JDK's annotations generated code uses or could meet, {@code java.lang.annotation} listed from the JDK. */
    static List<String> annotationNames() {
        List<String> names = new ArrayList<>(publicTypesOf("java.lang.annotation"));
        names.addAll(List.of("Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs",
                "Generated", "Nullable", "NonNull", "NullMarked"));
        return names;
    }

    /** The types of the {@code io.busgen.runtime} package, listed from the runtime on the classpath. */
    static List<String> runtimeNames() {
        try {
            Path location = Path.of(TypeAdapter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Set<String> names = new TreeSet<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve("io/busgen/runtime"))) {
                    files.map(p -> p.getFileName().toString()).forEach(n -> addClass(n, names));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("io/busgen/runtime/")
                            && n.indexOf('/', "io/busgen/runtime/".length()) < 0)
                            .forEach(n -> addClass(n.substring(n.lastIndexOf('/') + 1), names));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The simple names of the types generated code refers to, read from the emitters' own {@code ClassName}
     * constants ({@code RuntimeNames}, {@code ValidatorEmitter}): the runtime's, Jackson's, JSpecify's, the JDK's.
     */
    static List<String> referencedTypeNames() {
        Set<String> names = new TreeSet<>();
        for (String holder : List.of("io.busgen.generator.emit.java.RuntimeNames",
                "io.busgen.generator.emit.validate.ValidatorEmitter")) {
            try {
                for (Field field : Class.forName(holder).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())
                            && field.getType().getName().equals("com.palantir.javapoet.ClassName")) {
                        field.setAccessible(true);
                        names.add(((com.palantir.javapoet.ClassName) field.get(null)).simpleName());
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the emitters' type names from " + holder, e);
            }
        }
        // What JavaPoet imports for the emitters' Class<?> literals.
        names.addAll(List.of("List", "Map", "Optional", "Objects", "LinkedHashMap", "BigDecimal", "Override",
                "IllegalStateException", "Throwable", "Object", "String"));
        return List.copyOf(names);
    }

    /** The simple names the generated code imports from Jackson (the emitters' {@code tools.jackson} names). */
    static List<String> jacksonNames() {
        List<String> names = new ArrayList<>();
        for (String holder : List.of("io.busgen.generator.emit.java.RuntimeNames")) {
            try {
                for (Field field : Class.forName(holder).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())
                            && field.getType().getName().equals("com.palantir.javapoet.ClassName")) {
                        field.setAccessible(true);
                        com.palantir.javapoet.ClassName name = (com.palantir.javapoet.ClassName) field.get(null);
                        if (name.packageName().startsWith("tools.jackson")) {
                            names.add(name.simpleName());
                        }
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private static void addClass(String fileName, Set<String> names) {
        if (fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class")) {
            names.add(fileName.substring(0, fileName.length() - ".class".length()));
        }
    }

    private static List<String> publicTypesOf(String packageName) {
        Set<String> names = new TreeSet<>();
        try {
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            Path folder = jrt.getPath("modules", "java.base", packageName.replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String fileName = file.getFileName().toString();
                    if (!fileName.endsWith(".class") || fileName.contains("$")
                            || fileName.equals("package-info.class")) {
                        continue;
                    }
                    String simple = fileName.substring(0, fileName.length() - ".class".length());
                    try {
                        Class<?> type = Class.forName(packageName + "." + simple, false,
                                ClassLoader.getSystemClassLoader());
                        if (Modifier.isPublic(type.getModifiers())) {
                            names.add(simple);
                        }
                    } catch (ClassNotFoundException | LinkageError e) {
                        // not loadable from here: not visible to generated code either
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /** {@code toBuilder} -> {@code to_builder}, {@code ADAPTER} -> {@code adapter}: a wire name camel-casing back. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Lower case letters, digits and {@code _} only: what routing keys and catalogue names may hold. */
    static String lowerToken(String name) {
        String token = snake(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return token.isEmpty() ? "_" : token;
    }
}
