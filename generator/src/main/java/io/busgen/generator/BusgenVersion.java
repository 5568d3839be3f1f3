package io.busgen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of busgen, as the build stamped it; part of every input hash, so a new busgen regenerates. */
public final class BusgenVersion {

    private static final String VERSION = read();

    private BusgenVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = BusgenVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
