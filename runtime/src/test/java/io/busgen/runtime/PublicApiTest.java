package io.busgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's public API, frozen as Wire freezes its own: every public and protected signature of
 * {@code busgen-runtime}'s API package, {@code io.busgen.runtime}, read by reflection from the compiled classes, is
 * written to {@code runtime/api/runtime.api} (committed). Any change to the API is a visible diff in review;
 * regenerate the file with {@code -Dbusgen.api.update=true} and read the diff. What only generated code calls is in
 * {@code io.busgen.runtime.internal}, which is not an API and is not listed.
 */
class PublicApiTest {

    private static final Path DUMP = Path.of("api", "runtime.api");

    @Test
    void thePublicApiIsTheCommittedOne() throws Exception {
        String actual = dump();
        if (Boolean.getBoolean("busgen.api.update")) {
            Files.createDirectories(DUMP.getParent());
            Files.writeString(DUMP, actual, StandardCharsets.UTF_8);
        }
        assertThat(DUMP).as("runtime/api/runtime.api: regenerate with -Dbusgen.api.update=true and review the diff")
                .usingCharset(StandardCharsets.UTF_8).hasContent(actual);
    }

    @Test
    void theApiNamesNoJacksonTypeAndNoInternalOne() throws Exception {
        List<String> leaks = dump().lines().filter(line -> line.contains("tools.jackson.")
                || line.contains(INTERNAL + ".")).toList();
        assertThat(leaks).as("signatures of the API that name Jackson or io.busgen.runtime.internal").isEmpty();
    }

    private static final String API = "io.busgen.runtime";
    private static final String INTERNAL = API + ".internal";

    /**
     * One line a public type of the API package, then one indented line a public or protected member, sorted; stable
     * across JDKs.
     */
    static String dump() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Envelope.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(classes.relativize(f)
                    .toString().replace('\\', '/').replace('/', '.').replaceAll("\\.class$", "")));
        }
        names.sort(null);
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
            if (!type.getPackageName().equals(API) || !visible(type)) {
                continue;
            }
            out.append(declaration(type)).append('\n');
            List<String> members = new ArrayList<>();
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor)) {
                    members.add(constructor.toGenericString());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                    members.add(method.toGenericString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field) && !field.isSynthetic()) {
                    members.add(field.toGenericString());
                }
            }
            members.sort(null);
            members.forEach(member -> out.append("    ").append(member).append('\n'));
        }
        return out.toString();
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        return Modifier.isPublic(modifiers)
                || (Modifier.isProtected(modifiers) && !Modifier.isFinal(member.getDeclaringClass().getModifiers()));
    }

    private static String declaration(Class<?> type) {
        int modifiers = type.getModifiers() & ~Modifier.INTERFACE;
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT; // every interface is abstract
        }
        StringBuilder text = new StringBuilder(Modifier.toString(modifiers));
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        text.append(text.length() == 0 ? "" : " ").append(kind).append(' ').append(type.getName());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
                && !type.isRecord()) {
            text.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            text.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ",
                    Arrays.stream(type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName).toList()));
        }
        if (type.isSealed()) {
            text.append(" permits ").append(String.join(", ", Arrays.stream(type.getPermittedSubclasses())
                    .map(Class::getName).sorted().toList()));
        }
        return text.toString();
    }
}
