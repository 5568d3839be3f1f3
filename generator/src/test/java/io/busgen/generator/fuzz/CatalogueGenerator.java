package io.busgen.generator.fuzz;

import static java.util.Map.entry;

import io.busgen.generator.fuzz.Json.Num;
import io.busgen.generator.model.JavaNames;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Seeded random catalogues: every shape the model knows (scalars, nullable scalars and references, arrays of arrays,
 * maps with value schemas, inline objects several levels deep, references to defs files, to their {@code $defs} and
 * to a message's own, recursive references, enums, consts, envelope fields, responses, every constraint keyword the
 * validators check), named from the adversarial {@link NamePools}. Defaults are added afterwards by
 * {@link DefaultInjector}, from values the instance generator knows to be valid.
 *
 * <p>Whatever makes a value hard to find is built with what makes it easy: a {@code pattern} comes with
 * {@code examples} that match it, {@code oneOf} branches have disjoint types, required references only point at types
 * made earlier (so that every type has a finite instance).
 */
final class CatalogueGenerator {

    private static final List<String> ORDINARY = List.of("id", "name", "count", "amount", "status", "items",
            "created_at", "owner", "tags", "note", "data", "labels", "total", "user", "address", "street", "city",
            "score", "level", "size", "colour", "parent", "child", "node", "entry", "flag", "ratio", "when_done");

    /** Patterns with strings that match them (ECMA-262 and java.util.regex agree on these strings). */
    private static final List<Map.Entry<String, List<String>>> PATTERNS = List.of(
            entry("^[a-z]+$", List.of("abc", "z")),
            entry("^\\d{3}$", List.of("123", "007")),
            entry("^(foo|bar)-[0-9]+$", List.of("foo-1", "bar-22")),
            entry("^\\p{L}+$", List.of("日本", "abc", "é")),
            entry("^.$", List.of("a", "😀")),
            entry("\\bword\\b", List.of("a word here", "word")),
            entry("^[^\\s]+$", List.of("x", "a-b")),
            entry("a$", List.of("ba", "a")),
            entry("^[A-Z]{2}-\\d+$", List.of("AB-1", "ZZ-42")),
            entry("^\\S*$", List.of("", "nospace")),
            entry("^[\\u0041-\\u005A]+$", List.of("ABC")),
            entry("(?:ab)+", List.of("ab", "xabab")));

    private static final List<String> FORMATS = List.of("date-time", "date", "time", "uuid", "email", "uri",
            "ipv4", "ipv6", "hostname", "duration", "json-pointer", "uri-reference", "regex", "custom-format");

    private static final List<String> TEXTS = List.of("A plain sentence", "ends with */ a comment",
            "has \\u000a an escape", "<b>html</b> & stuff", "@param x is not a tag", "{@code x} and {@link Y}",
            "multi\nline\n\ntext", "  padded  ", "trailing backslash \\", "日本語の説明", "emoji 😀",
            "percent %s %d", "dollar $T $L $N $S", "separator\u2028here", "", "*/", "/* opened", "x\\u002a/y",
            "\\", "ends in a full stop.");

    private final List<String> identifiers;
    private final List<String> wireWords;
    private final List<String> javaNames;
    private final boolean utf8Paths;

    CatalogueGenerator() {
        Set<String> identifiers = new TreeSet<>();
        identifiers.addAll(NamePools.emittedNames());
        identifiers.addAll(NamePools.KEYWORDS);
        identifiers.addAll(NamePools.CONTEXTUAL_KEYWORDS);
        identifiers.addAll(NamePools.javaLangNames());
        identifiers.addAll(NamePools.annotationNames());
        identifiers.addAll(NamePools.runtimeNames());
        identifiers.addAll(NamePools.referencedTypeNames());
        identifiers.addAll(NamePools.jacksonNames());
        this.identifiers = List.copyOf(identifiers);
        Set<String> wire = new TreeSet<>(identifiers);
        identifiers.forEach(i -> wire.add(NamePools.snake(i)));
        wire.addAll(NamePools.NON_ASCII);
        wire.addAll(NamePools.DIGIT_FIRST);
        wire.addAll(NamePools.WIRE_ODDITIES);
        NamePools.CASE_COLLISIONS.forEach(wire::addAll);
        this.wireWords = List.copyOf(wire);
        List<String> valid = new ArrayList<>();
        for (String name : identifiers) {
            if (JavaNames.isValidIdentifier(name)) {
                valid.add(name);
            }
        }
        valid.addAll(List.of("java", "javax", "tools", "io", "org", "jdk", "sun", "com", "fuzz"));
        this.javaNames = List.copyOf(valid);
        this.utf8Paths = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    /**
     * The catalogue of a seed. Its Java package is {@code fuzz.s<seed in base 36>}, now and then with one more
     * segment that is a contextual keyword or the name of a package generated code uses.
     */
    FuzzCatalogue generate(long seed) {
        Random random = new Random(seed);
        String javaPackage = "fuzz.s" + Long.toUnsignedString(seed, 36);
        if (random.nextInt(10) == 0) {
            javaPackage += "." + List.of("record", "var", "yield", "sealed", "permits", "when", "string", "java",
                    "tools", "io", "util", "org").get(random.nextInt(12));
        }
        return new One(random, javaPackage).build(seed);
    }

    /** A target of references: a defs file's root or one of its {@code $defs} entries. */
    private record Target(String file, String key, Form form, int rank) {}

    private enum Form { OBJECT, ENUM, OTHER, META }

    /** Where a schema is being made: its file, how deep, and what it may require without making instances infinite. */
    private record Context(String file, int rank, int depth, boolean required, List<String> localDefs) {
        Context deeper(boolean isRequired) {
            return new Context(file, rank, depth + 1, required && isRequired, localDefs);
        }
    }

    /** One catalogue in the making. */
    private final class One {
        private final Random r;
        private final String javaPackage;
        /** Whether the catalogue sets a {@code routingKeyPattern} that admits keys of any shape. */
        private boolean anyShapeKeys;
        private final boolean adversarial;
        private final SortedMap<String, Object> files = new TreeMap<>();
        private final List<Target> targets = new ArrayList<>();
        private final Map<String, List<String>> plannedDefs = new LinkedHashMap<>();
        private int nextRank;
        private Target meta;

        One(Random r, String javaPackage) {
            this.r = r;
            this.javaPackage = javaPackage;
            this.adversarial = r.nextInt(10) < 7;
        }

        FuzzCatalogue build(long seed) {
            int maxPriority = r.nextInt(10) == 0 ? 255 : 1 + r.nextInt(10);
            Map<String, Object> info = new LinkedHashMap<>();
            if (r.nextBoolean()) {
                info.put("$schema", "../catalog-file.schema.json");
            }
            info.put("name", catalogueName());
            String title = text();
            info.put("title", r.nextInt(3) > 0 || title.isBlank() ? "Fuzz catalogue " + Long.toHexString(seed) : title);
            maybe(3, () -> info.put("description", text()));
            maybe(10, () -> info.put("intro", text()));
            maybe(10, () -> info.put("info", text()));
            if (r.nextBoolean()) {
                info.put("maxPriority", Num.of(maxPriority));
            } else {
                maxPriority = 5;
            }
            int max = maxPriority;
            maybe(2, () -> info.put("defaultPriority", Num.of(1 + r.nextInt(max))));
            if (!info.containsKey("defaultPriority") && maxPriority < 3) {
                info.put("defaultPriority", Num.of(1));
            }
            info.put("javaPackage", javaPackage);
            if (r.nextInt(5) == 0) {
                // A bus whose keys are not Infrahub's: any number of segments, dashes and capitals.
                anyShapeKeys = true;
                info.put("routingKeyPattern", "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$");
            }
            if (r.nextInt(8) == 0) {
                // JDK types across the catalogue: any of the four mappings.
                Map<String, Object> javaTypes = new LinkedHashMap<>();
                maybe(2, () -> javaTypes.put("uuid", "uuid"));
                maybe(2, () -> javaTypes.put("date", "local-date"));
                maybe(2, () -> javaTypes.put("number", "big-decimal"));
                maybe(2, () -> javaTypes.put("integer", "big-integer"));
                info.put("javaTypes", javaTypes);
            }
            files.put(FuzzCatalogue.CATALOG_JSON, info);

            planDefs();
            for (Map.Entry<String, List<String>> def : plannedDefs.entrySet()) {
                buildDefsFile(def.getKey());
            }
            Set<String> keys = new LinkedHashSet<>();
            int messages = r.nextInt(4) == 0 ? 3 : 1 + r.nextInt(2);
            for (int i = 0; i < messages * 3 && keys.size() < messages; i++) {
                keys.add(routingKey());
            }
            boolean metaInResponses = meta != null && r.nextInt(3) > 0;
            for (String key : keys) {
                files.put("messages/" + key + ".json", entryFile(key, "message", maxPriority, false));
                if (r.nextInt(10) < 3) {
                    files.put("responses/" + key + ".json", entryFile(key, "response", maxPriority,
                            metaInResponses));
                }
            }
            if (r.nextInt(12) == 0 && !keys.isEmpty()) {
                // A defs type whose validator name is also that of a message's nested type.
                String key = keys.iterator().next();
                String nested = wireName(Set.of());
                Map<String, Object> message = object(files.get("messages/" + key + ".json"));
                properties(message).put(nested, inlineObject(new Context("messages/" + key + ".json",
                        Integer.MAX_VALUE, 1, false, List.of())));
                String stem = key.replace('.', '_') + "_" + NamePools.lowerToken(nested);
                if (!files.containsKey("defs/" + stem + ".json")) {
                    files.put("defs/" + stem + ".json", withSchema(inlineObject(new Context("defs/" + stem + ".json",
                            nextRank++, 1, true, List.of()))));
                }
            }
            return new FuzzCatalogue(seed, files);
        }

        // ---- names ------------------------------------------------------------------------------------------

        private String catalogueName() {
            if (adversarial && r.nextInt(3) == 0) {
                String token = NamePools.lowerToken(pick(identifiers));
                return Character.isLetter(token.charAt(0)) && token.charAt(0) < 128 ? token : "c" + token;
            }
            return pick(List.of("fuzz", "shop", "orders", "infra", "bus"));
        }

        private String word() {
            if (adversarial && r.nextInt(2) == 0) {
                return pick(wireWords);
            }
            return pick(ORDINARY);
        }

        /** A property name not yet in {@code taken}. */
        private String wireName(Set<String> taken) {
            for (int i = 0; i < 20; i++) {
                String name = word();
                if (!taken.contains(name)) {
                    return name;
                }
            }
            return "p" + taken.size() + "_" + r.nextInt(1000);
        }

        private String routingKey() {
            if (anyShapeKeys && r.nextBoolean()) {
                int segments = 1 + r.nextInt(5);
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < segments; i++) {
                    String segment = token();
                    key.append(i == 0 ? "" : ".").append(switch (r.nextInt(4)) {
                        case 0 -> segment + "-" + token();
                        case 1 -> segment.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + segment.substring(1);
                        case 2 -> segment + "-v" + r.nextInt(3);
                        default -> segment;
                    });
                }
                return key.toString();
            }
            if (adversarial && r.nextInt(4) == 0) {
                // "string._._" names the message class String.
                return NamePools.lowerToken(pick(identifiers)) + "._._";
            }
            return token() + "." + token() + "." + token();
        }

        private String token() {
            return adversarial && r.nextBoolean() ? NamePools.lowerToken(pick(identifiers))
                    : pick(List.of("order", "item", "placed", "user", "created", "git", "file", "get", "run", "check"));
        }

        /** A defs file name without {@code .json}: safe on every file system. */
        private String stem() {
            for (int i = 0; i < 20; i++) {
                String stem;
                int roll = r.nextInt(10);
                if (adversarial && roll < 5) {
                    stem = NamePools.snake(pick(identifiers));
                } else if (adversarial && roll < 6) {
                    stem = pick(NamePools.DIGIT_FIRST);
                } else if (adversarial && roll < 7 && utf8Paths) {
                    stem = pick(List.of("naïve", "日本", "straße", "µs", "ǅemal"));
                } else if (adversarial && roll < 8) {
                    stem = pick(List.of("foo-bar", "foo_bar", "a.b", "x__y", "_lead", "trail_"));
                } else {
                    stem = pick(ORDINARY);
                }
                if (!stem.isEmpty() && !stem.startsWith(".") && stem.matches("[^/\\\\\\s\\x00%#?]+")
                        && !plannedDefs.containsKey("defs/" + stem + ".json")) {
                    return stem;
                }
            }
            return "def" + plannedDefs.size();
        }

        private String defsKey(Set<String> taken) {
            for (int i = 0; i < 20; i++) {
                String key = adversarial && r.nextBoolean() ? pick(r.nextBoolean() ? identifiers : wireWords)
                        : pick(List.of("Address", "Line", "Node", "Peer", "Summary", "Element", "Kind", "Item"));
                if (!taken.contains(key)) {
                    return key;
                }
            }
            return "Def" + taken.size();
        }

        private String javaName() {
            return pick(javaNames);
        }

        private String text() {
            return pick(TEXTS);
        }

        // ---- defs files -------------------------------------------------------------------------------------

        private void planDefs() {
            int count = r.nextInt(4);
            for (int i = 0; i < count; i++) {
                String path = "defs/" + stem() + ".json";
                Form form = switch (r.nextInt(10)) {
                    case 0, 1 -> Form.ENUM;
                    case 2 -> Form.OTHER;
                    default -> Form.OBJECT;
                };
                if (meta == null && r.nextInt(3) == 0) {
                    form = Form.META;
                }
                List<String> keys = new ArrayList<>();
                if (form == Form.OBJECT && r.nextInt(3) == 0) {
                    Set<String> taken = new HashSet<>();
                    for (int k = 1 + r.nextInt(2); k > 0; k--) {
                        String key = defsKey(taken);
                        taken.add(key);
                        keys.add(key);
                        targets.add(new Target(path, key, r.nextInt(4) == 0 ? Form.ENUM : Form.OBJECT, nextRank++));
                    }
                }
                Target root = new Target(path, null, form, nextRank++);
                targets.add(root);
                if (form == Form.META) {
                    meta = root;
                }
                plannedDefs.put(path, keys);
            }
        }

        private void buildDefsFile(String path) {
            Target root = targets.stream().filter(t -> t.file().equals(path) && t.key() == null).findFirst()
                    .orElseThrow();
            List<String> localDefs = plannedDefs.get(path);
            Context context = new Context(path, root.rank(), 0, true, localDefs);
            Map<String, Object> schema = switch (root.form()) {
                case ENUM -> enumSchema();
                case OTHER -> otherRoot(context);
                case META -> metaSchema();
                case OBJECT -> objectBody(context, 1 + r.nextInt(4));
            };
            if (!localDefs.isEmpty()) {
                Map<String, Object> defs = new LinkedHashMap<>();
                for (String key : localDefs) {
                    Target target = targets.stream().filter(t -> t.file().equals(path) && key.equals(t.key()))
                            .findFirst().orElseThrow();
                    Context own = new Context(path, target.rank(), 1, true, localDefs);
                    defs.put(key, target.form() == Form.ENUM ? enumSchema() : objectBody(own, 1 + r.nextInt(3)));
                    maybe(25, () -> object(defs.get(key)).put("x-java-name", javaName()));
                }
                schema.put("$defs", defs);
            }
            maybe(25, () -> schema.put("x-java-name", javaName()));
            files.put(path, withSchema(schema));
        }

        private Map<String, Object> withSchema(Map<String, Object> schema) {
            if (r.nextBoolean()) {
                Map<String, Object> withSchema = new LinkedHashMap<>();
                withSchema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                withSchema.putAll(schema);
                return withSchema;
            }
            return schema;
        }

        /** A defs root that generates no type: an array, a constrained string, an integer. */
        private Map<String, Object> otherRoot(Context context) {
            return switch (r.nextInt(3)) {
                case 0 -> arraySchema(context.deeper(false));
                case 1 -> stringSchema();
                default -> integerSchema();
            };
        }

        /** An object whose properties travel in the envelope too (the catalogue's meta). */
        private Map<String, Object> metaSchema() {
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> roles = new ArrayList<>(List.of("priority", "correlation_id", "reply_to", "headers",
                    "expiration"));
            if (adversarial) {
                java.util.Collections.shuffle(roles, r);
            }
            int count = 1 + r.nextInt(roles.size());
            for (String role : roles.subList(0, count)) {
                String name = adversarial && r.nextBoolean() ? wireName(properties.keySet()) : role;
                if (properties.containsKey(name)) {
                    continue;
                }
                properties.put(name, envelopeProperty(role));
            }
            maybe(2, () -> properties.put(wireName(properties.keySet()), stringSchema()));
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            maybe(3, () -> schema.put("description", text()));
            schema.put("properties", properties);
            return schema;
        }

        private Map<String, Object> envelopeProperty(String role) {
            Map<String, Object> property = new LinkedHashMap<>();
            boolean bodyless = r.nextInt(3) == 0;
            switch (role) {
                case "priority" -> {
                    property.put("type", "integer");
                    property.put("default", Num.of(1));
                }
                case "expiration" -> property.put("type", Json.array("integer", "null"));
                case "headers" -> property.put("type", Json.array("object", "null"));
                default -> property.put("type", r.nextBoolean() ? Json.array("string", "null") : "string");
            }
            if (!property.containsKey("default") && r.nextBoolean() && property.get("type") instanceof List) {
                property.put("default", null);
            }
            property.put("x-envelope", role);
            if (bodyless && !role.equals("correlation_id") && !role.equals("reply_to")) {
                property.put("x-body", false);
            }
            return property;
        }

        // ---- messages and responses -----------------------------------------------------------------------

        private Map<String, Object> entryFile(String key, String kind, int maxPriority, boolean withMeta) {
            Map<String, Object> root = new LinkedHashMap<>();
            if (r.nextBoolean()) {
                root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            }
            root.put("x-routing-key", key);
            root.put("x-kind", kind);
            if (kind.equals("message") && r.nextBoolean()) {
                root.put("x-priority", Num.of(1 + r.nextInt(maxPriority)));
            }
            maybe(3, () -> root.put("description", text()));
            String path = kind + "s/" + key + ".json";
            List<String> localDefs = new ArrayList<>();
            Map<String, Object> defs = new LinkedHashMap<>();
            if (r.nextInt(4) == 0) {
                Set<String> taken = new HashSet<>();
                for (int k = 1 + r.nextInt(2); k > 0; k--) {
                    String defKey = defsKey(taken);
                    taken.add(defKey);
                    localDefs.add(defKey);
                }
            }
            Context context = new Context(path, Integer.MAX_VALUE, 0, true, localDefs);
            Map<String, Object> body = objectBody(context, r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(5));
            if (withMeta || (meta != null && r.nextInt(3) == 0)) {
                Map<String, Object> metaProperty = new LinkedHashMap<>();
                metaProperty.put("$ref", ref(path, meta));
                metaProperty.put("default", new LinkedHashMap<>());
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("meta", metaProperty);
                properties(body).forEach((name, schema) -> properties.putIfAbsent(name, schema));
                body.put("properties", properties);
            }
            root.putAll(body);
            for (String defKey : localDefs) {
                Context own = new Context(path, Integer.MAX_VALUE, 1, false, localDefs);
                defs.put(defKey, r.nextInt(4) == 0 ? enumSchema() : objectBody(own, 1 + r.nextInt(3)));
            }
            if (!defs.isEmpty()) {
                root.put("$defs", defs);
            }
            maybe(30, () -> root.put("x-java-name", javaName()));
            return root;
        }

        // ---- objects ----------------------------------------------------------------------------------------

        /** {@code "type": "object"} with properties, required ones, and now and then the object keywords. */
        private Map<String, Object> objectBody(Context context, int count) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            maybe(5, () -> schema.put("description", text()));
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> required = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = wireName(properties.keySet());
                boolean isRequired = r.nextInt(3) == 0;
                Map<String, Object> property = propertySchema(context.deeper(isRequired));
                if (isRequired && !Boolean.FALSE.equals(property.get("x-body"))) {
                    required.add(name);
                }
                properties.put(name, property);
            }
            if (adversarial && r.nextInt(20) == 0 && !properties.isEmpty()) {
                // Two names that become the same Java name: lint must refuse, with a located message.
                List<String> group = pick(NamePools.CASE_COLLISIONS);
                properties.put(group.get(0), stringSchema());
                properties.put(group.get(1), stringSchema());
            }
            schema.put("properties", properties);
            if (!required.isEmpty()) {
                schema.put("required", required);
            }
            if (properties.size() >= 2 && r.nextInt(8) == 0 && !object(new ArrayList<>(properties.values())
                    .get(properties.size() - 1)).containsKey("x-envelope")) {
                compose(schema, properties, required);
            } else if (r.nextInt(8) == 0) {
                schema.put("additionalProperties", r.nextBoolean() ? false : scalarSchema());
            }
            List<String> names = new ArrayList<>(properties.keySet());
            if (names.size() >= 2 && r.nextInt(15) == 0) {
                schema.put("dependentRequired", Json.object(entry(names.get(0), Json.array(names.get(1)))));
            }
            if (names.size() >= 1 && r.nextInt(20) == 0) {
                Map<String, Object> dependent = new LinkedHashMap<>();
                dependent.put("properties", Json.object(entry(names.get(names.size() - 1),
                        Json.object(entry("not", Json.object(entry("type", "array")))))));
                schema.put("dependentSchemas", Json.object(entry(names.get(0), dependent)));
            }
            if (r.nextInt(20) == 0) {
                schema.put("minProperties", Num.of(required.size()));
            }
            if (r.nextInt(25) == 0) {
                schema.put("maxProperties", Num.of(properties.size() + 1));
            }
            return schema;
        }

        /**
         * A composed object, closed with {@code unevaluatedProperties}: its last field is declared in a subschema it
         * applies in place instead ({@code allOf}, with its {@code required}; a branch of {@code anyOf}; {@code then}
         * when it is present; or a {@code $defs}-free {@code allOf} of an {@code anyOf}), so that whether the field
         * is evaluated depends on whether that subschema passes.
         */
        private void compose(Map<String, Object> schema, Map<String, Object> properties, List<Object> required) {
            String name = new ArrayList<>(properties.keySet()).get(properties.size() - 1);
            Object declared = properties.remove(name);
            if (declared instanceof Map<?, ?> moved) {
                moved.remove("x-java-type"); // only where a field is shaped: lint refuses it inside a branch
            }
            Map<String, Object> branch = new LinkedHashMap<>();
            branch.put("properties", Json.object(entry(name, declared)));
            if (required.remove(name)) {
                branch.put("required", Json.array(name));
            }
            if (required.isEmpty()) {
                schema.remove("required");
            }
            switch (r.nextInt(4)) {
                case 0 -> schema.put("allOf", Json.array(branch));
                case 1 -> schema.put("anyOf", Json.array(branch, Json.object(entry("type", "object"))));
                case 2 -> {
                    branch.remove("required");
                    schema.put("if", Json.object(entry("required", Json.array(name))));
                    schema.put("then", branch);
                }
                default -> schema.put("allOf", Json.array(Json.object(entry("anyOf", Json.array(branch,
                        Json.object(entry("not", Json.object(entry("required", Json.array(name))))))))));
            }
            schema.put("unevaluatedProperties", r.nextInt(3) == 0 ? scalarSchema() : false);
        }

        /**
         * Gives a scalar schema a JDK type ({@code x-java-type}) that fits it: a string becomes a {@code uuid} or
         * {@code date} string held as {@code UUID} or {@code LocalDate}, a number a {@code BigDecimal}, an integer a
         * {@code BigInteger}; sometimes {@code plain}, which keeps the plain type where {@code javaTypes} maps it.
         */
        private void javaType(Map<String, Object> schema) {
            Object type = schema.get("type");
            String core = type instanceof String t ? t : type instanceof List<?> types && types.size() == 2
                    && types.contains("null") ? String.valueOf(types.get(types.get(0).equals("null") ? 1 : 0)) : null;
            if (core == null || schema.containsKey("enum") || schema.containsKey("const")) {
                return;
            }
            if (r.nextInt(8) == 0) {
                schema.put("x-java-type", "plain");
                return;
            }
            switch (core) {
                case "string" -> {
                    boolean uuid = r.nextBoolean();
                    schema.remove("pattern");
                    schema.remove("examples");
                    schema.remove("minLength");
                    schema.remove("maxLength");
                    schema.put("format", uuid ? "uuid" : "date");
                    schema.put("x-java-type", uuid ? "uuid" : "local-date");
                }
                case "number" -> schema.put("x-java-type", "big-decimal");
                case "integer" -> schema.put("x-java-type", "big-integer");
                default -> {
                    // a boolean, an array or an object has no JDK type
                }
            }
        }

        private Map<String, Object> inlineObject(Context context) {
            Map<String, Object> schema = objectBody(context, 1 + r.nextInt(3));
            if (r.nextInt(6) == 0) {
                schema.put("type", Json.array("object", "null"));
            }
            maybe(20, () -> schema.put("x-java-name", javaName()));
            return schema;
        }

        // ---- property schemas -------------------------------------------------------------------------------

        private Map<String, Object> propertySchema(Context context) {
            Map<String, Object> schema = valueSchema(context);
            maybe(8, () -> schema.putIfAbsent("description", text()));
            maybe(30, () -> schema.put("title", text()));
            maybe(40, () -> schema.put("$comment", text()));
            maybe(50, () -> schema.put("deprecated", true));
            maybe(60, () -> schema.put(r.nextBoolean() ? "readOnly" : "writeOnly", true));
            maybe(25, () -> schema.put("x-java-name", javaName()));
            maybe(6, () -> javaType(schema));
            if (r.nextInt(40) == 0 && !schema.containsKey("x-envelope")) {
                String role = pick(List.of("priority", "correlation_id", "reply_to", "headers", "expiration"));
                return envelopeProperty(role);
            }
            return schema;
        }

        /** Any schema a value may have. */
        private Map<String, Object> valueSchema(Context context) {
            int roll = r.nextInt(100);
            boolean canNest = context.depth() < 3;
            if (roll < 12) {
                return stringSchema();
            } else if (roll < 20) {
                return integerSchema();
            } else if (roll < 26) {
                return numberSchema();
            } else if (roll < 30) {
                return Json.object(entry("type", "boolean"));
            } else if (roll < 36) {
                return nullableScalar();
            } else if (roll < 42) {
                return enumSchema();
            } else if (roll < 45) {
                return constSchema();
            } else if (roll < 55 && canNest) {
                return arraySchema(context);
            } else if (roll < 63 && canNest) {
                return inlineObject(context);
            } else if (roll < 68) {
                return freeForm(context);
            } else if (roll < 82) {
                Map<String, Object> reference = referenceSchema(context);
                if (reference != null) {
                    return reference;
                }
                return stringSchema();
            } else if (roll < 85) {
                return r.nextBoolean() ? new LinkedHashMap<>() : Json.object(entry("description", text()));
            } else if (roll < 93) {
                return canNest && r.nextInt(3) == 0 ? unionSchema(context) : combinator();
            } else if (roll < 96) {
                return Json.object(entry("enum", Json.array(Num.of(1), "one", null, true, Num.of(2)))); // mixed
            } else {
                return scalarSchema();
            }
        }

        private Map<String, Object> scalarSchema() {
            return switch (r.nextInt(4)) {
                case 0 -> stringSchema();
                case 1 -> integerSchema();
                case 2 -> numberSchema();
                default -> Json.object(entry("type", "boolean"));
            };
        }

        private Map<String, Object> stringSchema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "string");
            int roll = r.nextInt(10);
            if (roll < 3) {
                int min = r.nextInt(4);
                if (r.nextBoolean()) {
                    schema.put("minLength", Num.of(min));
                }
                if (r.nextBoolean()) {
                    schema.put("maxLength", Num.of(min + r.nextInt(10)));
                }
            } else if (roll < 5) {
                Map.Entry<String, List<String>> pattern = pick(PATTERNS);
                schema.put("pattern", pattern.getKey());
                schema.put("examples", new ArrayList<Object>(pattern.getValue()));
            } else if (roll < 7) {
                schema.put("format", pick(FORMATS));
            }
            return schema;
        }

        private Map<String, Object> integerSchema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "integer");
            int roll = r.nextInt(12);
            long low = r.nextInt(41) - 20;
            if (roll < 3) {
                schema.put("minimum", pick(List.of(Num.of(low), new Num(low + ".0"), new Num(low + "e0"))));
                schema.put("maximum", Num.of(low + r.nextInt(100)));
            } else if (roll < 4) {
                schema.put("exclusiveMinimum", Num.of(low));
                schema.put("exclusiveMaximum", Num.of(low + 2 + r.nextInt(50)));
            } else if (roll < 6) {
                schema.put("multipleOf", pick(List.of(Num.of(2), Num.of(3), new Num("5.0"), new Num("0.5"))));
                maybe(2, () -> schema.put("minimum", Num.of(low)));
            } else if (roll < 7) {
                // Beyond 64 bits.
                schema.put("minimum", pick(List.of(new Num("1e30"), new Num("9223372036854775807"),
                        new Num("-9223372036854775808"))));
                maybe(2, () -> schema.put("maximum", new Num("1e31")));
            } else if (roll < 8) {
                schema.put("maximum", Num.of(low));
            }
            return schema;
        }

        private Map<String, Object> numberSchema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "number");
            int roll = r.nextInt(10);
            if (roll < 3) {
                schema.put("minimum", pick(List.of(new Num("0.5"), new Num("-1.25"), new Num("0"), new Num("1e-3"))));
                maybe(2, () -> schema.put("maximum", pick(List.of(new Num("10.75"), new Num("1e2")))));
            } else if (roll < 5) {
                schema.put("multipleOf", pick(List.of(new Num("0.01"), new Num("0.25"), new Num("0.1"),
                        new Num("1e-2"))));
            } else if (roll < 6) {
                schema.put("exclusiveMinimum", new Num("0"));
                schema.put("exclusiveMaximum", new Num("1"));
            }
            return schema;
        }

        private Map<String, Object> nullableScalar() {
            Map<String, Object> schema = scalarSchema();
            List<Object> type = r.nextBoolean() ? Json.array(schema.get("type"), "null")
                    : Json.array("null", schema.get("type"));
            schema.put("type", type);
            return schema;
        }

        private Map<String, Object> enumSchema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            int kind = r.nextInt(8);
            if (kind < 6) {
                schema.put("type", "string");
            } else if (kind == 6) {
                schema.put("type", Json.array("string", "null"));
            }
            Set<Object> values = new LinkedHashSet<>();
            int count = 1 + r.nextInt(5);
            Set<String> constants = new HashSet<>();
            for (int i = 0; i < count * 3 && values.size() < count; i++) {
                String value = adversarial && r.nextBoolean() ? pick(wireWords)
                        : pick(List.of("red", "green", "in-progress", "done", "1st", "", "a b", "x"));
                if (constants.add(JavaNames.upperSnake(value))) {
                    values.add(value);
                }
            }
            if (adversarial && r.nextInt(15) == 0) {
                List<String> group = pick(NamePools.CASE_COLLISIONS);
                values.add(group.get(0));
                values.add(group.get(1));
            }
            List<Object> list = new ArrayList<>(values);
            if (kind == 6 && r.nextBoolean()) {
                list.add(null);
            }
            schema.put("enum", list);
            maybe(3, () -> {
                // One description per value, some left out with "", from the same hostile texts as descriptions.
                List<Object> descriptions = new ArrayList<>();
                list.forEach(value -> descriptions.add(r.nextInt(4) == 0 ? "" : text()));
                schema.put("x-enum-descriptions", descriptions);
            });
            maybe(20, () -> schema.put("x-java-name", javaName()));
            return r.nextInt(4) == 0 ? openEnum(schema) : schema;
        }

        /**
         * The same values as an open enum: {@code anyOf: [{enum: known}, {type: string}]}, a string {@code type}
         * beside it or not, made nullable with the nullable {@code anyOf} when the enum admitted null.
         */
        private Map<String, Object> openEnum(Map<String, Object> closed) {
            Map<String, Object> known = new LinkedHashMap<>();
            if (r.nextBoolean()) {
                known.put("type", "string");
            }
            @SuppressWarnings("unchecked")
            List<Object> values = new ArrayList<>((List<Object>) closed.get("enum"));
            boolean nullable = values.remove(null) || closed.get("type") instanceof List<?>;
            known.put("enum", values);
            if (closed.get("x-enum-descriptions") instanceof List<?> descriptions) {
                known.put("x-enum-descriptions", descriptions.subList(0, values.size()));
            }
            Map<String, Object> open = new LinkedHashMap<>();
            if (r.nextInt(3) == 0) {
                open.put("type", "string");
            }
            open.put("anyOf", Json.array(known, Json.object(entry("type", "string"))));
            if (closed.containsKey("x-java-name")) {
                open.put("x-java-name", closed.get("x-java-name"));
            }
            return nullable ? Json.object(entry("anyOf", Json.array(open, Json.object(entry("type", "null")))))
                    : open;
        }

        private Map<String, Object> constSchema() {
            Object value = switch (r.nextInt(7)) {
                case 0 -> pick(List.of("fixed", "", "日本"));
                case 1 -> Num.of(r.nextInt(100));
                case 2 -> new Num("2.5");
                case 3 -> r.nextBoolean();
                case 4 -> null;
                case 5 -> Json.object(entry("a", Num.of(1)));
                default -> Json.array(Num.of(1), "two");
            };
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("const", value);
            if (value instanceof String && r.nextBoolean()) {
                schema.put("type", "string");
            }
            return schema;
        }

        private Map<String, Object> arraySchema(Context context) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", r.nextInt(8) == 0 ? Json.array("array", "null") : "array");
            int roll = r.nextInt(20);
            Map<String, Object> items;
            if (roll < 3) {
                items = arraySchema(context.deeper(false));
            } else if (roll < 4) {
                items = null;
            } else {
                items = valueSchema(context.deeper(false));
                maybe(20, () -> items.put("x-java-name", javaName()));
                maybe(8, () -> javaType(items));
            }
            if (items != null) {
                schema.put("items", items);
            }
            int constraint = r.nextInt(12);
            if (constraint < 2) {
                int min = context.required() ? 0 : r.nextInt(2);
                schema.put("minItems", Num.of(min));
                maybe(2, () -> schema.put("maxItems", Num.of(min + r.nextInt(4))));
            } else if (constraint < 3) {
                schema.put("uniqueItems", true);
            } else if (constraint < 4) {
                schema.put("contains", Json.object(entry("type", "integer"), entry("minimum", Num.of(0))));
                schema.put("items", Json.object(entry("type", "integer")));
                maybe(2, () -> schema.put("minContains", Num.of(r.nextInt(3))));
                maybe(2, () -> schema.put("maxContains", Num.of(2 + r.nextInt(2))));
            } else if (constraint < 5) {
                schema.put("prefixItems", Json.array(Json.object(entry("type", "string")),
                        Json.object(entry("type", "integer"))));
            } else if (constraint < 6) {
                // Items closed by unevaluatedItems: what prefixItems, items or contains, beside it or applied in
                // place, leave unevaluated must be valid against it.
                Map<String, Object> prefix = Json.object(entry("prefixItems", Json.array(
                        Json.object(entry("type", "string")))));
                switch (r.nextInt(3)) {
                    case 0 -> schema.putAll(prefix);
                    case 1 -> schema.put("allOf", Json.array(prefix));
                    default -> schema.put("anyOf", Json.array(prefix, Json.object(entry("contains",
                            Json.object(entry("type", "boolean"))))));
                }
                schema.remove("items");
                schema.put("unevaluatedItems", r.nextBoolean() ? false : Json.object(entry("type", "integer")));
            }
            return schema;
        }

        private Map<String, Object> freeForm(Context context) {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", r.nextInt(6) == 0 ? Json.array("object", "null") : "object");
            int roll = r.nextInt(12);
            if (roll < 5) {
                // A typed map (Map<String, T>): values of every shape T can take.
                Map<String, Object> values = switch (r.nextInt(7)) {
                    case 0 -> arraySchema(context.deeper(false));
                    case 1 -> nullableScalar();
                    case 2 -> enumSchema();
                    case 3 -> context.depth() < 3 ? inlineObject(context.deeper(false)) : scalarSchema();
                    case 4 -> {
                        Map<String, Object> reference = referenceSchema(context.deeper(false));
                        yield reference != null ? reference : scalarSchema();
                    }
                    default -> scalarSchema();
                };
                schema.put("additionalProperties", values);
                maybe(4, () -> schema.put("maxProperties", Num.of(3)));
                maybe(5, () -> schema.put("propertyNames", Json.object(entry("pattern", "^[a-z]+$"))));
            } else if (roll < 6) {
                schema.put("patternProperties", Json.object(entry("^x_", Json.object(entry("type", "integer")))));
            } else if (roll < 7) {
                schema.put("propertyNames", r.nextBoolean() ? Json.object(entry("maxLength", Num.of(5)))
                        : Json.object(entry("pattern", "^[a-z]+$"), entry("examples", Json.array("ab", "key"))));
            } else if (roll < 8) {
                schema.put("minProperties", Num.of(0));
                schema.put("maxProperties", Num.of(3));
            }
            return schema;
        }

        private Map<String, Object> referenceSchema(Context context) {
            List<Target> allowed = new ArrayList<>();
            for (Target target : targets) {
                if (!context.required() || target.rank() < context.rank()) {
                    allowed.add(target);
                }
            }
            List<String> local = context.localDefs();
            boolean useLocal = !local.isEmpty() && context.file().startsWith("messages/") && r.nextInt(3) == 0;
            if (allowed.isEmpty() && !useLocal) {
                return null;
            }
            String ref = useLocal ? "#/$defs/" + fragment(pick(local)) : ref(context.file(), pick(allowed));
            Map<String, Object> reference = Json.object(entry("$ref", ref));
            maybe(4, () -> reference.put("description", text()));
            if (r.nextInt(5) == 0) {
                List<Object> branches = r.nextBoolean()
                        ? Json.array(reference, Json.object(entry("type", "null")))
                        : Json.array(Json.object(entry("type", "null")), reference);
                return Json.object(entry("anyOf", branches));
            }
            return reference;
        }

        /** The reference from {@code from} to a target, relative to the referring file. */
        private String ref(String from, Target target) {
            String fragment = target.key() == null ? "" : "#/$defs/" + fragment(target.key());
            if (from.equals(target.file())) {
                return fragment.isEmpty() ? (r.nextBoolean() ? "#" : target.file().substring("defs/".length()))
                        : fragment;
            }
            String file = from.startsWith("defs/")
                    ? (r.nextInt(4) == 0 ? "../" + target.file() : target.file().substring("defs/".length()))
                    : "../" + target.file();
            return file + fragment;
        }

        /** A {@code $defs} key as a URI fragment's JSON pointer token. */
        private String fragment(String key) {
            String token = key.replace("~", "~0").replace("/", "~1");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < token.length(); ) {
                int c = token.codePointAt(i);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                    out.appendCodePoint(c);
                } else {
                    out.append(URLEncoder.encode(new String(Character.toChars(c)), StandardCharsets.UTF_8)
                            .replace("+", "%20"));
                }
                i += Character.charCount(c);
            }
            return out.toString();
        }

        /**
         * A discriminated union: a {@code oneOf} of inline objects that each fix one required property with a string
         * {@code const} of their own, written first, last or in between; sometimes nullable, sometimes (one in six)
         * with a flaw that keeps it any value (lint informs why): a repeated value, or an alternative without it.
         */
        private Map<String, Object> unionSchema(Context context) {
            String discriminator = pick(List.of("type", "kind", "@type", "", "Type"));
            List<String> values = new ArrayList<>(List.of("card", "bank", "", "日本", "x-y", "1st", "Card", "type"));
            java.util.Collections.shuffle(values, r);
            int count = 2 + r.nextInt(3);
            // One in six: the last alternative repeats the first one's value, or does not require the discriminator.
            boolean flawed = r.nextInt(6) == 0;
            boolean repeats = r.nextBoolean();
            List<Object> alternatives = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean flaw = flawed && i == count - 1;
                Map<String, Object> alternative = objectBody(context.deeper(false), 1 + r.nextInt(3));
                Map<String, Object> properties = properties(alternative);
                properties.remove(discriminator);
                Map<String, Object> constant = new LinkedHashMap<>();
                constant.put("const", flaw && repeats ? values.get(0) : values.get(i));
                if (r.nextBoolean()) {
                    constant.put("type", "string");
                }
                Map<String, Object> ordered = new LinkedHashMap<>();
                int at = r.nextInt(properties.size() + 1);
                int index = 0;
                for (Map.Entry<String, Object> property : properties.entrySet()) {
                    if (index++ == at) {
                        ordered.put(discriminator, constant);
                    }
                    ordered.put(property.getKey(), property.getValue());
                }
                ordered.putIfAbsent(discriminator, constant);
                alternative.put("properties", ordered);
                alternative.remove("minProperties");
                alternative.remove("maxProperties");
                List<Object> required = new ArrayList<>();
                if (alternative.get("required") instanceof List<?> list) {
                    list.stream().filter(n -> !n.equals(discriminator)).forEach(required::add);
                }
                if (!(flaw && !repeats)) {
                    required.add(0, discriminator);
                }
                alternative.put("required", required);
                alternatives.add(alternative);
            }
            Map<String, Object> union = new LinkedHashMap<>();
            union.put("oneOf", alternatives);
            maybe(4, () -> union.put("description", text()));
            if (r.nextInt(5) == 0) {
                return Json.object(entry("anyOf", Json.array(union, Json.object(entry("type", "null")))));
            }
            return union;
        }

        /** allOf, anyOf, oneOf, not, if/then/else over scalars, each with an instance easy to find. */
        private Map<String, Object> combinator() {
            return switch (r.nextInt(6)) {
                case 0 -> Json.object(entry("allOf", Json.array(Json.object(entry("type", "integer")),
                        Json.object(entry("minimum", Num.of(0))), Json.object(entry("maximum", Num.of(10))))));
                case 1 -> Json.object(entry("anyOf", Json.array(
                        Json.object(entry("type", "string"), entry("maxLength", Num.of(3))),
                        Json.object(entry("type", "integer")))));
                case 2 -> Json.object(entry("oneOf", Json.array(Json.object(entry("type", "string")),
                        Json.object(entry("type", "integer"), entry("minimum", Num.of(0))))));
                case 3 -> Json.object(entry("type", "integer"), entry("not", Json.object(entry("const", Num.of(3)))));
                case 4 -> Json.object(entry("type", "integer"),
                        entry("if", Json.object(entry("minimum", Num.of(10)))),
                        entry("then", Json.object(entry("multipleOf", Num.of(2)))),
                        entry("else", Json.object(entry("maximum", Num.of(5)))));
                default -> Json.object(entry("type", "string"), entry("allOf", Json.array(
                        Json.object(entry("minLength", Num.of(1))), Json.object(entry("not",
                                Json.object(entry("enum", Json.array("a", "b"))))))));
            };
        }

        // ---- helpers ----------------------------------------------------------------------------------------

        private void maybe(int oneIn, Runnable action) {
            if (r.nextInt(oneIn) == 0) {
                action.run();
            }
        }

        private <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> object(Object value) {
            return (Map<String, Object>) value;
        }

        private Map<String, Object> properties(Map<String, Object> schema) {
            return object(schema.computeIfAbsent("properties", k -> new LinkedHashMap<>()));
        }
    }

}
