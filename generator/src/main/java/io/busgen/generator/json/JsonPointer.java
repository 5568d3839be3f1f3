package io.busgen.generator.json;

/** RFC 6901 JSON pointers: building them one reference token at a time. */
public final class JsonPointer {

    private JsonPointer() {}

    /** {@code pointer} followed by one reference token, escaped ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    public static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The unescaped reference tokens of a pointer ({@code ""} has none). */
    public static java.util.List<String> tokens(String pointer) {
        if (pointer.isEmpty()) {
            return java.util.List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
