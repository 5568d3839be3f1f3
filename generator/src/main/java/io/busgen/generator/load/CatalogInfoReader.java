package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonNumber;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.model.BrokerTopology;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.source.MessageText;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import io.busgen.generator.source.Suggestions;
import io.busgen.runtime.internal.EcmaRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@code catalog.json}: what a catalogue says about itself. */
final class CatalogInfoReader {

    static final List<String> KEYS = List.of(
            "$schema", "name", "title", "description", "intro", "info", "defaultPriority", "maxPriority",
            "javaPackage", "routingKeyPattern", "pages", "broker", "javaTypes");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int DEFAULT_PRIORITY = 3;
    private static final int MAX_PRIORITY = 5;
    private static final int AMQP_MAX_PRIORITY = 255;

    /** The longest {@code javaPackage}: each segment is a folder of the generated sources. */
    static final int MAX_PACKAGE_LENGTH = 255;

    private final Problems problems;

    CatalogInfoReader(Problems problems) {
        this.problems = problems;
    }

    static String unknownKeyMessage(String key, String pointer) {
        String message = "unknown key \"" + key + "\" in catalog.json";
        Optional<String> nearest = Suggestions.nearest(key, KEYS);
        return nearest.map(s -> message + ": did you mean \"" + s + "\"?")
                .orElse(message + ": the keys are " + String.join(", ", KEYS.subList(1, KEYS.size())));
    }

    Optional<CatalogInfo> read(JsonValue document) {
        if (!(document instanceof JsonObject object)) {
            problems.report(document.location(), "catalog.json must hold a JSON object with at least \"name\","
                    + " \"title\" and \"javaPackage\"");
            return Optional.empty();
        }
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (!KEYS.contains(member.getKey())) {
                problems.report(member.getValue().location(), unknownKeyMessage(member.getKey(), ""));
            }
        }
        String name = requiredString(object, "name", "\"name\": \"orders\"");
        if (name != null && !NAME.matcher(name).matches()) {
            problems.report(object.members().get("name").location(), "catalogue name \"" + name + "\" must be"
                    + " lower case letters, digits and '_', starting with a letter");
            name = null;
        }
        String title = requiredString(object, "title", "\"title\": \"Order events\"");
        String javaPackage = requiredString(object, "javaPackage", "\"javaPackage\": \"com.example.events\"");
        if (javaPackage != null && javaPackage.length() > MAX_PACKAGE_LENGTH) {
            problems.report(object.members().get("javaPackage").location(), "\"javaPackage\" has "
                    + javaPackage.length() + " characters, more than the " + MAX_PACKAGE_LENGTH + " busgen accepts"
                    + " (each segment is a folder of the generated sources): use a shorter package");
            javaPackage = null;
        } else if (javaPackage != null && !JavaNames.isValidPackage(javaPackage)) {
            problems.report(object.members().get("javaPackage").location(), "\"javaPackage\" \"" + javaPackage
                    + "\" is not a valid Java package name; write dot-separated identifiers such as com.example.events");
            javaPackage = null;
        } else if (javaPackage != null && JavaNames.isJdkPackage(javaPackage)) {
            problems.report(object.members().get("javaPackage").location(), "\"javaPackage\" \"" + javaPackage
                    + "\" belongs to the JDK, where no other code may be compiled; use your own, such as"
                    + " com.example.events");
            javaPackage = null;
        }
        String description = optionalString(object, "description");
        String intro = optionalString(object, "intro");
        String info = optionalString(object, "info");
        Integer maxPriority = optionalInteger(object, "maxPriority", MAX_PRIORITY);
        if (maxPriority != null && (maxPriority < 1 || maxPriority > AMQP_MAX_PRIORITY)) {
            problems.report(object.members().get("maxPriority").location(), "\"maxPriority\" " + maxPriority
                    + " is out of range: AMQP priorities run from 1 to " + AMQP_MAX_PRIORITY + " (5 or 10 is usual)");
            maxPriority = null;
        }
        Integer defaultPriority = optionalInteger(object, "defaultPriority", DEFAULT_PRIORITY);
        if (defaultPriority != null && maxPriority != null && (defaultPriority < 1 || defaultPriority > maxPriority)) {
            problems.report(object.members().get("defaultPriority").location(), "\"defaultPriority\" "
                    + defaultPriority + " is out of range: use 1 (lowest) to " + maxPriority + " (\"maxPriority\")");
            defaultPriority = null;
        }
        String routingKeyPattern = routingKeyPattern(object);
        List<String> pages = pages(object);
        JsonValue brokerValue = object.members().get("broker");
        BrokerTopology broker = brokerValue == null ? BrokerTopology.DEFAULT
                : new BrokerReader(problems).read(brokerValue).orElse(null);
        Map<String, ScalarJavaType> javaTypes = javaTypes(object);
        if (name == null || title == null || javaPackage == null || maxPriority == null || defaultPriority == null
                || routingKeyPattern == null || pages == null || broker == null || javaTypes == null) {
            return Optional.empty();
        }
        return Optional.of(new CatalogInfo(name, title, description, intro, info, defaultPriority, maxPriority,
                javaPackage, routingKeyPattern, pages, broker, javaTypes, object.location()));
    }

    /**
     * {@code javaTypes}: what each format or JSON type is held as ({@code "uuid": "uuid"}, {@code "number":
     * "big-decimal"}); each key names what its one type maps ({@link ScalarJavaType#mapsFrom}).
     */
    private @Nullable Map<String, ScalarJavaType> javaTypes(JsonObject object) {
        JsonValue value = object.members().get("javaTypes");
        if (value == null) {
            return Map.of();
        }
        String example = "write \"javaTypes\": {\"uuid\": \"uuid\", \"number\": \"big-decimal\"}";
        if (!(value instanceof JsonObject mapping)) {
            problems.report(value.location(), "\"javaTypes\" must be an object, not " + value.typeName() + ": "
                    + example);
            return null;
        }
        Map<String, ScalarJavaType> javaTypes = new java.util.LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonValue> member : mapping.members().entrySet()) {
            Optional<ScalarJavaType> type = java.util.Arrays.stream(ScalarJavaType.values())
                    .filter(t -> t.mapsFrom().equals(member.getKey())).findFirst();
            if (type.isEmpty()) {
                problems.report(member.getValue().location(), "\"javaTypes\" maps \"" + MessageText.excerpt(
                        member.getKey()) + "\", which busgen has no Java type for: the keys are " + String.join(", ",
                        java.util.Arrays.stream(ScalarJavaType.values()).map(t -> "\"" + t.mapsFrom() + "\"")
                                .toList()));
                ok = false;
            } else if (!(member.getValue() instanceof JsonString name) || !name.value().equals(type.get().keyword())) {
                problems.report(member.getValue().location(), "\"javaTypes\": \"" + member.getKey() + "\" can only"
                        + " be \"" + type.get().keyword() + "\" (" + type.get().javaClass().getName() + "), not "
                        + io.busgen.generator.json.JsonValues.toJson(member.getValue()) + "; remove it to keep the"
                        + " plain type");
                ok = false;
            } else {
                javaTypes.put(member.getKey(), type.get());
            }
        }
        return ok ? javaTypes : null;
    }

    private @Nullable String routingKeyPattern(JsonObject object) {
        JsonValue value = object.members().get("routingKeyPattern");
        if (value == null) {
            return CatalogInfo.DEFAULT_ROUTING_KEY_PATTERN;
        }
        String pattern = string(value, "routingKeyPattern");
        if (pattern == null) {
            return null;
        }
        Optional<String> problem = EcmaRegex.problem(pattern);
        if (problem.isPresent()) {
            problems.report(value.location(), "\"routingKeyPattern\": " + problem.get() + "; fix the pattern");
            return null;
        }
        return pattern;
    }

    private @Nullable List<String> pages(JsonObject object) {
        JsonValue value = object.members().get("pages");
        if (value == null) {
            return CatalogInfo.DEFAULT_PAGES;
        }
        if (!(value instanceof JsonArray array)) {
            problems.report(value.location(), "\"pages\" must be an array of page names, not " + value.typeName()
                    + ": write \"pages\": [\"catalog\"]");
            return null;
        }
        List<String> pages = new ArrayList<>();
        boolean ok = true;
        for (JsonValue element : array.elements()) {
            if (!(element instanceof JsonString page) || !CatalogInfo.PAGE_NAMES.contains(page.value())) {
                String shown = element instanceof JsonString page ? "\"" + MessageText.excerpt(page.value()) + "\""
                        : "(" + element.typeName() + ")";
                problems.report(element.location(), "unknown page " + shown + " in \"pages\": the pages are "
                        + String.join(", ", CatalogInfo.PAGE_NAMES.stream().map(p -> "\"" + p + "\"").toList()));
                ok = false;
            } else if (pages.contains(page.value())) {
                problems.report(element.location(), "page \"" + page.value() + "\" is named twice in \"pages\":"
                        + " remove one");
                ok = false;
            } else {
                pages.add(page.value());
            }
        }
        return ok ? pages : null;
    }

    private @Nullable String requiredString(JsonObject object, String key, String example) {
        JsonValue value = object.members().get(key);
        if (value == null) {
            problems.report(object.location(), "catalog.json needs \"" + key + "\": add " + example);
            return null;
        }
        return string(value, key);
    }

    private @Nullable String optionalString(JsonObject object, String key) {
        JsonValue value = object.members().get(key);
        return value == null ? null : string(value, key);
    }

    private @Nullable String string(JsonValue value, String key) {
        if (value instanceof JsonString s) {
            return s.value();
        }
        problems.report(value.location(), "\"" + key + "\" must be a string, not " + value.typeName());
        return null;
    }

    private @Nullable Integer optionalInteger(JsonObject object, String key, int fallback) {
        JsonValue value = object.members().get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.value().abs().intValue() <= AMQP_MAX_PRIORITY * 2) {
            return n.value().intValue();
        }
        problems.report(value.location(), "\"" + key + "\" must be a small whole number, not "
                + io.busgen.generator.json.JsonValues.toJson(value));
        return null;
    }

    /** Whether catalog.json breaks a limit this reader reports (the meta-schema check is then left out). */
    static boolean beyondLimits(JsonValue document) {
        return document instanceof JsonObject object && object.members().get("javaPackage") instanceof JsonString s
                && s.value().length() > MAX_PACKAGE_LENGTH;
    }

    static SourceLocation rootOf(String file) {
        return new SourceLocation(file, "", 1, 1);
    }
}
