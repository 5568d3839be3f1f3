package io.busgen.generator.json;

import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.internal.JsonStrings;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Operations on {@link JsonValue}s that ignore where they came from. */
public final class JsonValues {

    private JsonValues() {}

    /**
     * JSON Schema's equality: same type and value; numbers compare by mathematical value ({@code 1 == 1.0}); object
     * member order does not matter; array order does.
     */
    public static boolean sameValue(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
            return x.value().compareTo(y.value()) == 0;
        }
        if (a instanceof JsonString x && b instanceof JsonString y) {
            return x.value().equals(y.value());
        }
        if (a instanceof JsonBoolean x && b instanceof JsonBoolean y) {
            return x.value() == y.value();
        }
        if (a instanceof JsonNull && b instanceof JsonNull) {
            return true;
        }
        if (a instanceof JsonArray x && b instanceof JsonArray y) {
            if (x.elements().size() != y.elements().size()) {
                return false;
            }
            for (int i = 0; i < x.elements().size(); i++) {
                if (!sameValue(x.elements().get(i), y.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof JsonObject x && b instanceof JsonObject y) {
            if (x.members().size() != y.members().size()) {
                return false;
            }
            for (Map.Entry<String, JsonValue> member : x.members().entrySet()) {
                JsonValue other = y.members().get(member.getKey());
                if (other == null || !sameValue(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Compact JSON text of a value, members in source order, numbers as written. */
    public static String toJson(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writeCompact(value, out, false, JsonNumber::lexeme);
        return out.toString();
    }

    /**
     * Compact JSON text of a value, without whitespace: what {@link #toJson} and RFC 8785's canonical form
     * ({@link CanonicalJson}) share.
     *
     * @param sortMembers whether object members are written sorted by name (as UTF-16 code units), else in source
     *     order
     * @param number how a number is written
     */
    static void writeCompact(JsonValue value, StringBuilder out, boolean sortMembers,
            Function<JsonNumber, String> number) {
        if (value instanceof JsonObject object) {
            // String.compareTo compares UTF-16 code units, as RFC 8785 sorts.
            Map<String, JsonValue> members = sortMembers ? new TreeMap<>(object.members()) : object.members();
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : members.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonStrings.quote(member.getKey(), out);
                out.append(':');
                writeCompact(member.getValue(), out, sortMembers, number);
            }
            out.append('}');
        } else if (value instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeCompact(array.elements().get(i), out, sortMembers, number);
            }
            out.append(']');
        } else if (value instanceof JsonString string) {
            JsonStrings.quote(string.value(), out);
        } else if (value instanceof JsonNumber n) {
            out.append(number.apply(n));
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    /**
     * Pretty-printed JSON text of a value: two-space indent, {@code "name": value}, members in source order, numbers
     * as written, an empty object or array as <code>{}</code> or {@code []}; no line break at the end.
     */
    public static String toPrettyJson(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writePretty(value, 0, false, out);
        return out.toString();
    }

    /**
     * As {@link #toPrettyJson}, but an array that holds no object or array stands on one line ({@code ["a", "b"]}),
     * as busgen's own catalogue files are written.
     */
    public static String toCatalogueJson(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writePretty(value, 0, true, out);
        return out.toString();
    }

    private static void writePretty(JsonValue value, int indent, boolean scalarArraysOnOneLine, StringBuilder out) {
        if (value instanceof JsonObject object && !object.members().isEmpty()) {
            out.append("{\n");
            Iterator<Map.Entry<String, JsonValue>> members = object.members().entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonValue> member = members.next();
                out.append(" ".repeat(indent + 2));
                JsonStrings.quote(member.getKey(), out);
                out.append(": ");
                writePretty(member.getValue(), indent + 2, scalarArraysOnOneLine, out);
                out.append(members.hasNext() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append('}');
        } else if (value instanceof JsonArray array && !array.elements().isEmpty() && (!scalarArraysOnOneLine
                || array.elements().stream().anyMatch(e -> e instanceof JsonObject || e instanceof JsonArray))) {
            out.append("[\n");
            for (int i = 0; i < array.elements().size(); i++) {
                out.append(" ".repeat(indent + 2));
                writePretty(array.elements().get(i), indent + 2, scalarArraysOnOneLine, out);
                out.append(i + 1 < array.elements().size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append(']');
        } else if (value instanceof JsonArray array && scalarArraysOnOneLine) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                out.append(i > 0 ? ", " : "");
                writeCompact(array.elements().get(i), out, false, JsonNumber::lexeme);
            }
            out.append(']');
        } else {
            writeCompact(value, out, false, JsonNumber::lexeme);
        }
    }

    /** The value at {@code pointer} within {@code root}, or null when nothing stands there. */
    public static @Nullable JsonValue at(JsonValue root, String pointer) {
        JsonValue current = root;
        for (String token : JsonPointer.tokens(pointer)) {
            current = child(current, token);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * The location of the value at {@code pointer} within {@code root}; when nothing stands there, the location of
     * the nearest existing ancestor, with the pointer asked for.
     */
    public static SourceLocation locate(JsonValue root, String pointer) {
        JsonValue current = root;
        for (String token : JsonPointer.tokens(pointer)) {
            JsonValue next = child(current, token);
            if (next == null) {
                SourceLocation parent = current.location();
                return new SourceLocation(parent.file(), pointer, parent.line(), parent.column());
            }
            current = next;
        }
        return current.location();
    }

    /** The member or element a pointer token names, or null. */
    private static @Nullable JsonValue child(JsonValue parent, String token) {
        if (parent instanceof JsonObject object) {
            return object.members().get(token);
        }
        if (parent instanceof JsonArray array && token.matches("\\d{1,9}")
                && Integer.parseInt(token) < array.elements().size()) {
            return array.elements().get(Integer.parseInt(token));
        }
        return null;
    }
}
