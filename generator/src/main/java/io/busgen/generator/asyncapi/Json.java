package io.busgen.generator.asyncapi;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonBoolean;
import io.busgen.generator.json.JsonValue.JsonNull;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.source.SourceLocation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Building and reading {@link JsonValue}s made in memory (they stand nowhere in a file). */
final class Json {

    /** Where a value made in memory stands. */
    static final SourceLocation NOWHERE = SourceLocation.ofFile("");

    private Json() {}

    static JsonString str(String value) {
        return new JsonString(value, NOWHERE);
    }

    static JsonNumber num(long value) {
        return new JsonNumber(BigDecimal.valueOf(value), Long.toString(value), NOWHERE);
    }

    static JsonBoolean bool(boolean value) {
        return new JsonBoolean(value, NOWHERE);
    }

    static JsonNull nil() {
        return new JsonNull(NOWHERE);
    }

    static JsonArray arr(List<? extends JsonValue> elements) {
        return new JsonArray(List.copyOf(elements), NOWHERE);
    }

    static JsonArray arr(JsonValue... elements) {
        return arr(List.of(elements));
    }

    static JsonObject obj(Map<String, JsonValue> members) {
        return new JsonObject(members, NOWHERE);
    }

    /** An object with the same members as {@code object}, standing where it stood. */
    static JsonObject withMembers(JsonObject object, Map<String, JsonValue> members) {
        return new JsonObject(members, object.location());
    }

    /** An object builder that keeps insertion order. */
    static Obj obj() {
        return new Obj();
    }

    static final class Obj {
        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        Obj put(String key, @Nullable JsonValue value) {
            if (value != null) {
                members.put(key, value);
            }
            return this;
        }

        Obj put(String key, @Nullable String value) {
            return value == null ? this : put(key, str(value));
        }

        Obj put(String key, long value) {
            return put(key, num(value));
        }

        Obj put(String key, boolean value) {
            return put(key, bool(value));
        }

        Obj putAll(Map<String, JsonValue> more) {
            members.putAll(more);
            return this;
        }

        boolean has(String key) {
            return members.containsKey(key);
        }

        boolean isEmpty() {
            return members.isEmpty();
        }

        JsonObject build() {
            return obj(members);
        }
    }

    static Optional<JsonObject> object(JsonObject parent, String key) {
        return parent.get(key).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    static Optional<String> string(JsonObject parent, String key) {
        return parent.get(key).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }

    static Optional<JsonArray> array(JsonObject parent, String key) {
        return parent.get(key).filter(JsonArray.class::isInstance).map(JsonArray.class::cast);
    }
}
