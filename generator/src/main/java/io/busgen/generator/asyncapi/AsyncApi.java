package io.busgen.generator.asyncapi;

import java.util.Locale;

/** The names busgen's AsyncAPI documents share between export and import. */
final class AsyncApi {

    static final String VERSION = "3.0.0";
    static final String PREFIX = "x-busgen-";
    static final String BINDING_VERSION = "0.3.0";
    static final String SCHEMA_2020_12 = "application/schema+json;version=draft-2020-12";
    static final String CONTENT_TYPE = "application/json";
    static final String CORRELATION_ID = "$message.header#/correlation_id";
    static final String REPLY_TO = "$message.header#/reply_to";
    static final String SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema";

    /** busgen's x- keywords of schemas, and what they are called in a document. */
    static final String JAVA_NAME = "x-java-name";
    static final String JAVA_TYPE = "x-java-type";
    static final String ENVELOPE = "x-envelope";
    static final String BODY = "x-body";
    static final String ENUM_DESCRIPTIONS = "x-enum-descriptions";

    /** On a message: the entry's kind, routing key, declared priority, and its file's $schema. */
    static final String KIND = PREFIX + "kind";
    static final String ROUTING_KEY = PREFIX + "routing-key";
    static final String PRIORITY = PREFIX + "priority";
    static final String FILE_SCHEMA = PREFIX + "schema";
    /** On a component schema: the defs file it is, when its name does not say it. */
    static final String FILE = PREFIX + "file";
    /** On a component schema: the file whose {@code $defs} entry it is, and the entry's name. */
    static final String DEF_OF = PREFIX + "def-of";
    static final String DEF_NAME = PREFIX + "def-name";
    /** Beside a $ref: the reference as the catalogue wrote it, when it differs from the usual form. */
    static final String REF = PREFIX + "ref";
    /** On a channel binding whose key matches a work binding: the shared work queue that consumers read. */
    static final String WORK_QUEUE = PREFIX + "work-queue";
    /** On a channel binding whose key matches a broadcast binding: every subscribed process's own events queue. */
    static final String BROADCAST_QUEUE = PREFIX + "broadcast-queue";
    /** On the headers schema: derived from the catalogue, skipped on import. */
    static final String DERIVED = PREFIX + "derived";

    private AsyncApi() {}

    /** {@code javaPackage} -> {@code x-busgen-java-package}; {@code $schema} -> {@code x-busgen-schema}. */
    static String infoKey(String catalogKey) {
        if (catalogKey.equals("$schema")) {
            return PREFIX + "schema";
        }
        StringBuilder out = new StringBuilder(PREFIX);
        for (char c : catalogKey.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The reverse of {@link #infoKey}. */
    static String catalogKey(String infoKey) {
        String rest = infoKey.substring(PREFIX.length());
        if (rest.equals("schema")) {
            return "$schema";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '-' && i + 1 < rest.length()) {
                out.append(Character.toUpperCase(rest.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A name AsyncAPI accepts as a component key: letters, digits, {@code . - _}; others become {@code _}. */
    static String componentName(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
