package io.busgen.generator.model;

import io.busgen.generator.schema.JsonType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JDK type a scalar value is held as instead of {@code String}, {@code long} or {@code double}, opted into per field
 * ({@code "x-java-type"}) or per catalogue ({@code catalog.json}'s {@code "javaTypes"}). Each stands for values of
 * one JSON type, and the string ones for one {@code format}, which decoding and the validators then assert.
 *
 * <p>{@code date-time}, {@code time} and {@code duration} have none: {@code java.time} cannot hold every value their
 * format checks accept (a leap second {@code 23:59:60}, a duration in years and months), nor {@code uri}:
 * {@code java.net.URI} refuses some valid URIs ({@code mailto:}, {@code x:#f}, an IPvFuture host).
 */
public enum ScalarJavaType {
    /** {@code java.util.UUID}, for {@code "type": "string", "format": "uuid"}. */
    UUID("uuid", JsonType.STRING, "uuid", java.util.UUID.class),
    /** {@code java.time.LocalDate}, for {@code "type": "string", "format": "date"}. */
    LOCAL_DATE("local-date", JsonType.STRING, "date", java.time.LocalDate.class),
    /** {@code java.math.BigDecimal}, for {@code "type": "number"}: the exact decimal, with its scale. */
    BIG_DECIMAL("big-decimal", JsonType.NUMBER, null, java.math.BigDecimal.class),
    /** {@code java.math.BigInteger}, for {@code "type": "integer"}: any integer of up to 1000 digits. */
    BIG_INTEGER("big-integer", JsonType.INTEGER, null, java.math.BigInteger.class);

    /** The value of {@code x-java-type} that keeps a field's plain type where the catalogue maps its kind. */
    public static final String PLAIN = "plain";

    private final String keyword;
    private final JsonType jsonType;
    private final @Nullable String format;
    private final Class<?> javaClass;

    ScalarJavaType(String keyword, JsonType jsonType, @Nullable String format, Class<?> javaClass) {
        this.keyword = keyword;
        this.jsonType = jsonType;
        this.format = format;
        this.javaClass = javaClass;
    }

    /** Its name in {@code x-java-type} and {@code javaTypes} ({@code uuid}, {@code big-decimal}). */
    public String keyword() {
        return keyword;
    }

    /** The JSON type of its values. */
    public JsonType jsonType() {
        return jsonType;
    }

    /** The {@code format} its values have and that is asserted, or null for the numbers. */
    public @Nullable String format() {
        return format;
    }

    /** The JDK class. */
    public Class<?> javaClass() {
        return javaClass;
    }

    /**
     * What it maps in {@code javaTypes}: its format for a string ({@code uuid}, {@code date}), else its JSON type
     * ({@code number}, {@code integer}).
     */
    public String mapsFrom() {
        return format != null ? format : jsonType.keyword();
    }

    /** The type named {@code keyword}, if any. */
    public static Optional<ScalarJavaType> named(String keyword) {
        return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
    }

    /** Every name {@code x-java-type} accepts, {@value #PLAIN} last. */
    public static List<String> keywords() {
        List<String> names = new java.util.ArrayList<>(Arrays.stream(values()).map(ScalarJavaType::keyword).toList());
        names.add(PLAIN);
        return names;
    }

    /** What the text says a value of this type is: {@code "string (uuid)"}, {@code "number"}. */
    public String wireDescription() {
        return format != null ? jsonType.keyword() + " (" + format + ")" : jsonType.keyword();
    }
}
