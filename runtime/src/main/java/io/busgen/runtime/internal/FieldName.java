package io.busgen.runtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * A property name, escaped and encoded once as {@code "name":}, so that writing a body copies bytes instead of
 * encoding the same names again. Generated codecs keep one constant per property.
 */
public final class FieldName {

    final byte[] encoded;
    private final String name;

    private FieldName(String name) {
        this.name = name;
        this.encoded = (JsonBodyWriter.quote(name) + ":").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A property name, encoded once.
     *
     * @param name the name as it travels on the wire
     * @return the field name
     */
    public static FieldName of(String name) {
        return new FieldName(name);
    }

    /**
     * The name as it travels on the wire.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
