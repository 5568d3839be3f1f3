package io.busgen.generator.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.schema.Vocabulary.Dialect;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The keyword table ({@link Keyword}) against what must agree with it and no compiler can check: the dialect's
 * meta-schema, the vocabulary in {@code docs/schema-dialect.md}, and the schema reader, which reads each keyword by the
 * kind of value the table gives it. Each failure names the keyword and the place that does not agree.
 */
class KeywordTableTest {

    /** The tests run in the generator module's folder. */
    private static final Path DIALECT_DOC = Path.of("../docs/schema-dialect.md");
    private static final String META_SCHEMA = "/io/busgen/generator/dialect/schema-file.schema.json";

    private static JsonObject metaSchemaProperties() throws IOException {
        String text;
        try (InputStream in = KeywordTableTest.class.getResourceAsStream(META_SCHEMA)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonValue root = LocatedJsonReader.read("schema-file.schema.json", text, new Problems()).orElseThrow();
        return (JsonObject) JsonValues.at(root, "/$defs/schema/properties");
    }

    @Test
    void theMetaSchemaListsTheKeywordsOfTheCatalogueDialect() throws IOException {
        assertThat(metaSchemaProperties().members().keySet())
                .as("the properties of #/$defs/schema in %s", META_SCHEMA)
                .containsExactlyInAnyOrderElementsOf(Vocabulary.keywords(Dialect.CATALOG));
    }

    @Test
    void theMetaSchemaGivesEachKeywordTheKindOfValueOfTheTable() throws IOException {
        JsonObject properties = metaSchemaProperties();
        List<String> disagreements = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            JsonValue definition = properties.members().get(keyword.keyword());
            if (keyword.acceptedIn(Dialect.CATALOG) && definition != null && !fits(keyword.value(), definition)) {
                disagreements.add(keyword + " is " + keyword.value() + " in Keyword, but the meta-schema says "
                        + JsonValues.toJson(definition));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Whether a meta-schema definition describes values of the kind. */
    private static boolean fits(Keyword.Value kind, JsonValue definition) {
        String json = JsonValues.toJson(definition);
        return switch (kind) {
            case STRING -> json.contains("\"type\":\"string\"") || isStringChoice(definition);
            case BOOLEAN -> json.contains("\"type\":\"boolean\"") || json.equals("{\"const\":false}")
                    || json.startsWith("{\"const\":false,");
            case COUNT -> json.equals("{\"$ref\":\"#/$defs/count\"}");
            case NUMBER -> json.startsWith("{\"type\":\"number\"");
            case INTEGER -> json.startsWith("{\"type\":\"integer\"");
            case SCHEMA -> json.equals("{\"$ref\":\"#/$defs/schema\"}");
            case SCHEMA_MAP -> json.equals("{\"$ref\":\"#/$defs/schemaMap\"}");
            case SCHEMA_LIST -> json.equals("{\"$ref\":\"#/$defs/schemaArray\"}");
            case NAMES -> json.equals("{\"$ref\":\"#/$defs/uniqueStrings\"}");
            case NAMES_BY_NAME -> json.equals(
                    "{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/$defs/uniqueStrings\"}}");
            case TYPES -> json.contains("#/$defs/typeName");
            case ARRAY -> json.equals("{\"type\":\"array\"}");
            case STRINGS -> json.startsWith("{\"type\":\"array\",\"items\":{\"type\":\"string\"}");
            case ANY -> json.equals("true");
            case VOCABULARIES -> json.contains("\"additionalProperties\":{\"type\":\"boolean\"}");
        };
    }

    /** {@code {"enum": ["a", "b"]}} or {@code {"const": "a"}}. */
    private static boolean isStringChoice(JsonValue definition) {
        if (!(definition instanceof JsonObject object)) {
            return false;
        }
        if (object.members().get("const") instanceof JsonString) {
            return true;
        }
        return object.members().get("enum") instanceof JsonArray values
                && values.elements().stream().allMatch(v -> v instanceof JsonString);
    }

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z ()]+) \\| (.+) \\|$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([$a-zA-Z-]+)`");

    /** The rows of the vocabulary table of {@code docs/schema-dialect.md}: group label to the keywords it lists. */
    private static Map<String, Set<String>> documentedVocabulary() throws IOException {
        String doc = Files.readString(DIALECT_DOC, StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## 7. The vocabulary"), doc.indexOf("## 8."));
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            Set<String> names = new TreeSet<>();
            NAME.matcher(row.group(2)).results().forEach(m -> names.add(m.group(1)));
            rows.put(row.group(1), names);
        }
        return rows;
    }

    @Test
    void theDialectPageListsEveryKeywordInItsGroup() throws IOException {
        Map<String, Set<String>> documented = documentedVocabulary();
        Map<Keyword.Group, String> labels = new EnumMap<>(Map.of(
                Keyword.Group.VALIDATION, "assertions and applicators",
                Keyword.Group.ANNOTATION, "annotations",
                Keyword.Group.STRUCTURE, "structure",
                Keyword.Group.STANDALONE, "standalone schemas only",
                Keyword.Group.BUSGEN, "busgen (catalogue files only)"));
        for (Keyword.Group group : Keyword.Group.values()) {
            Set<String> inTable = Arrays.stream(Keyword.values()).filter(k -> k.group() == group)
                    .map(Keyword::keyword).collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented.get(labels.get(group)))
                    .as("the row \"%s\" of the vocabulary table in %s", labels.get(group), DIALECT_DOC)
                    .isEqualTo(inTable);
        }
        assertThat(documented.get("refused")).as("the row \"refused\" in %s", DIALECT_DOC)
                .containsAll(Vocabulary.REFUSED.keySet());
    }

    @Test
    void noKeywordIsBothKnownAndRefused() {
        assertThat(Vocabulary.REFUSED.keySet()).as("keywords in Vocabulary.REFUSED and in Keyword")
                .doesNotContainAnyElementsOf(Arrays.stream(Keyword.values()).map(Keyword::keyword).toList());
    }

    /** A value of each kind, and a value of no kind but {@link Keyword.Value#ANY}'s. */
    private static String sample(Keyword keyword) {
        return switch (keyword.value()) {
            case STRING -> switch (keyword) {
                case SCHEMA -> "\"" + Vocabulary.DRAFT_2020_12 + "\"";
                case X_ENVELOPE -> "\"priority\"";
                default -> "\"a\"";
            };
            case BOOLEAN -> keyword == Keyword.X_BODY ? "false" : "true";
            case COUNT, INTEGER, NUMBER -> "2";
            case SCHEMA -> "{\"type\": \"string\"}";
            case SCHEMA_MAP -> "{\"a\": {\"type\": \"string\"}}";
            case SCHEMA_LIST -> "[{\"type\": \"string\"}]";
            case NAMES -> "[\"a\", \"b\"]";
            case NAMES_BY_NAME -> "{\"a\": [\"b\"]}";
            case TYPES -> "[\"string\", \"null\"]";
            case ARRAY -> "[1, \"a\"]";
            case STRINGS -> "[\"a\", \"b\"]";
            case ANY -> "{\"a\": 1}";
            case VOCABULARIES -> "{\"https://json-schema.org/draft/2020-12/vocab/core\": true}";
        };
    }

    private static Dialect dialectOf(Keyword keyword) {
        return keyword.acceptedIn(Dialect.CATALOG) ? Dialect.CATALOG : Dialect.STANDALONE;
    }

    @Test
    void theReaderKeepsEveryKeywordWithAValueOfItsKind() {
        List<String> failures = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            Problems problems = new Problems();
            String json = "{\"" + keyword.keyword() + "\": " + sample(keyword) + "}";
            Schema schema = new SchemaReader(dialectOf(keyword), problems)
                    .read(LocatedJsonReader.read("s.json", json, problems).orElseThrow());
            if (!problems.sorted().isEmpty() || !schema.has(keyword) || !schema.keywords().equals(Set.of(keyword))) {
                failures.add(json + ": " + problems.sorted().stream().map(Problem::message).toList()
                        + ", keywords " + schema.keywords());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theReaderRefusesAValueOfAnotherKindNamingTheKeyword() {
        List<String> failures = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            if (keyword.value() == Keyword.Value.ANY) {
                continue;
            }
            String wrong = keyword.value() == Keyword.Value.STRING ? "[]" : "\"a\"";
            Problems problems = new Problems();
            String json = "{\"" + keyword.keyword() + "\": " + wrong + "}";
            Schema schema = new SchemaReader(dialectOf(keyword), problems)
                    .read(LocatedJsonReader.read("s.json", json, problems).orElseThrow());
            List<String> messages = problems.sorted().stream().map(Problem::message).toList();
            // A schema's own problem is located at the keyword, and says what a schema must be.
            String start = keyword.value() == Keyword.Value.SCHEMA ? "a schema must be"
                    : "\"" + keyword.keyword() + "\" must be";
            if (schema.has(keyword) || messages.size() != 1 || !messages.get(0).startsWith(start)) {
                failures.add(json + ": " + messages);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyKeywordWhoseValueHoldsSchemasIsWalkedInto() {
        List<String> failures = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            if (!keyword.value().holdsSchemas()) {
                continue;
            }
            String json = "{\"" + keyword.keyword() + "\": " + sample(keyword) + "}";
            Schema root = new SchemaReader(dialectOf(keyword), new Problems())
                    .read(LocatedJsonReader.read("s.json", json, new Problems()).orElseThrow());
            List<String> pointers = new ArrayList<>();
            SchemaDocument.forEachSubschema(root, (pointer, child) -> pointers.add(pointer));
            String expected = switch (keyword.value()) {
                case SCHEMA_MAP -> "/" + keyword.keyword() + "/a";
                case SCHEMA_LIST -> "/" + keyword.keyword() + "/0";
                default -> "/" + keyword.keyword();
            };
            if (!pointers.equals(List.of(expected))) {
                failures.add(keyword + ": " + pointers);
            }
        }
        assertThat(failures).isEmpty();
    }
}
