package io.busgen.generator.emit.docs;

import io.busgen.generator.instance.ExampleBodies;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.EnvelopeProperty;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.model.UnionType;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.OpenEnum;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.MessageText;
import io.busgen.runtime.Kind;
import io.busgen.runtime.internal.JsonStrings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DocsStyle#CATALOG} page: plain Markdown that reads well on a code host. The title, the catalogue's
 * description, intro and info note, a table of contents; then each message and each response with its routing key,
 * kind, priority, request and response links, a field table (Field | Type | Required | Default | Description |
 * Constraints) and an example body; the types nested in it; and last the shared types. Anchors are GitHub's.
 */
final class CatalogPage {

    private static final String NONE = "–";

    private final Catalog catalog;
    private final ExampleBodies examples;
    private final Markdown.Anchors anchors = new Markdown.Anchors();
    private final Map<String, String> entryAnchors = new HashMap<>();
    private final Map<JavaTypeName, String> typeAnchors = new HashMap<>();
    private final Map<String, String> sectionAnchors = new HashMap<>();
    private final StringBuilder out = new StringBuilder();

    CatalogPage(Catalog catalog) {
        this.catalog = catalog;
        this.examples = new ExampleBodies(catalog);
    }

    String render() {
        planAnchors();
        header();
        contents();
        entries("Messages", catalog.messages());
        entries("Responses", catalog.responses());
        sharedTypes();
        return out.toString();
    }

    // ---- anchors, in document order, so that a repeated heading gets GitHub's -1, -2 suffix ----

    private void planAnchors() {
        anchors.next(Markdown.oneLine(catalog.info().title()));
        sectionAnchors.put("Contents", anchors.next("Contents"));
        planEntries("Messages", catalog.messages());
        planEntries("Responses", catalog.responses());
        if (!catalog.sharedTypes().isEmpty()) {
            sectionAnchors.put("Shared types", anchors.next("Shared types"));
            for (NamedType type : catalog.sharedTypes()) {
                planType(type);
            }
        }
    }

    private void planEntries(String section, List<MessageType> entries) {
        if (entries.isEmpty()) {
            return;
        }
        sectionAnchors.put(section, anchors.next(section));
        for (MessageType entry : entries) {
            entryAnchors.put(key(entry), anchors.next(entryTitle(entry)));
            for (NamedType nested : nestedOf(entry.body())) {
                planType(nested);
            }
        }
    }

    private void planType(NamedType type) {
        typeAnchors.putIfAbsent(type.name(), anchors.next(type.name().relativeName()));
        if (type.origin() == NamedType.Origin.SHARED) {
            for (NamedType nested : nestedOf(type)) {
                planType(nested);
            }
        }
    }

    private static String key(MessageType entry) {
        return entry.kind().wireName() + " " + entry.routingKey();
    }

    /** The visible text of an entry's heading: {@code git.file.get}, {@code git.file.get response}. */
    private static String entryTitle(MessageType entry) {
        return entry.kind() == Kind.MESSAGE ? entry.routingKey() : entry.routingKey() + " response";
    }

    private static String entryHeading(MessageType entry) {
        String key = Markdown.code(entry.routingKey());
        return entry.kind() == Kind.MESSAGE ? key : key + " response";
    }

    /** The types nested in a type, depth first, in declaration order. */
    private List<NamedType> nestedOf(NamedType type) {
        List<NamedType> all = new ArrayList<>();
        List<JavaTypeName> names = type instanceof ObjectType object ? object.nested()
                : type instanceof UnionType union ? union.nested() : List.of();
        for (JavaTypeName name : names) {
            NamedType nested = catalog.type(name);
            all.add(nested);
            all.addAll(nestedOf(nested));
        }
        return all;
    }

    private String entryLink(MessageType entry) {
        String anchor = entryAnchors.get(key(entry));
        return "[" + entryHeading(entry) + "](#" + anchor + ")";
    }

    private String typeLink(JavaTypeName name) {
        String anchor = typeAnchors.get(name);
        return anchor == null ? Markdown.code(name.relativeName()) : "[" + name.relativeName() + "](#" + anchor + ")";
    }

    // ---- the page ----

    private void header() {
        CatalogInfo info = catalog.info();
        out.append("# ").append(Markdown.oneLine(info.title())).append("\n\n");
        paragraph(info.description());
        paragraph(info.intro());
        if (info.info() != null && !info.info().isBlank()) {
            out.append("> **Note**\n");
            for (String line : info.info().strip().split("\\R", -1)) {
                out.append(line.isBlank() ? ">" : "> " + line.stripTrailing()).append('\n');
            }
            out.append('\n');
        }
        out.append("The catalogue ").append(Markdown.code(info.name())).append(" has ")
                .append(MessageText.count(catalog.messages().size(), "message")).append(", ")
                .append(MessageText.count(catalog.responses().size(), "response")).append(" and ")
                .append(MessageText.count(catalog.sharedTypes().size(), "shared type")).append(". Priorities run from 1 (lowest)"
                        + " to ").append(info.maxPriority()).append(" (highest); a message without a priority of its"
                        + " own has ").append(info.defaultPriority()).append(". The generated Java is in the package ")
                .append(Markdown.code(info.javaPackage())).append(".\n\n");
    }

    private void paragraph(@Nullable String text) {
        if (text != null && !text.isBlank()) {
            out.append(text.strip()).append("\n\n");
        }
    }


    private void contents() {
        out.append("## Contents\n\n");
        tocSection("Messages", catalog.messages());
        tocSection("Responses", catalog.responses());
        if (!catalog.sharedTypes().isEmpty()) {
            out.append("- [Shared types](#").append(sectionAnchors.get("Shared types")).append(")\n");
            for (NamedType type : catalog.sharedTypes()) {
                out.append("  - ").append(typeLink(type.name())).append('\n');
            }
        }
        out.append('\n');
    }

    private void tocSection(String section, List<MessageType> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("- [").append(section).append("](#").append(sectionAnchors.get(section)).append(")\n");
        for (MessageType entry : entries) {
            out.append("  - ").append(entryLink(entry));
            if (entry.description() != null && !entry.description().isBlank()) {
                out.append(": ").append(Markdown.oneLine(entry.description()));
            }
            out.append('\n');
        }
    }

    private void entries(String section, List<MessageType> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("## ").append(section).append("\n\n");
        for (MessageType entry : entries) {
            entry(entry);
        }
    }

    private void entry(MessageType entry) {
        out.append("### ").append(entryHeading(entry)).append("\n\n");
        paragraph(entry.description());
        out.append("- Routing key: ").append(Markdown.code(entry.routingKey())).append('\n');
        out.append("- Kind: ").append(entry.kind().wireName()).append('\n');
        Optional<MessageType> pair = catalog.pairOf(entry);
        if (entry.kind() == Kind.MESSAGE) {
            out.append("- Priority: ").append(entry.priority())
                    .append(entry.priorityDeclared() ? "" : " (the catalogue's default)").append('\n');
            out.append("- Response: ").append(pair.map(this::entryLink).orElse("none in this catalogue"))
                    .append('\n');
        } else {
            out.append("- Priority: ").append(entry.priority()).append(" (its request's, with which it is documented;"
                    + " a reply is sent with the priority it carries itself)\n");
            out.append("- Request: ").append(pair.map(this::entryLink).orElse("none in this catalogue"))
                    .append('\n');
        }
        out.append("- Java type: ").append(Markdown.code(entry.javaName().canonicalName())).append('\n');
        out.append("- Schema: ").append(Markdown.code(entry.file())).append(", fingerprint ")
                .append(Markdown.code(entry.fingerprint())).append("\n\n");
        fieldTable(entry.body());
        ExampleBodies.Example example = examples.of(entry);
        if (example instanceof ExampleBodies.Example.Body body) {
            out.append("Example body:\n\n```json\n").append(JsonValues.toPrettyJson(body.value()))
                    .append("\n```\n\n");
        } else if (example instanceof ExampleBodies.Example.None none) {
            out.append("No example body: busgen found no value that meets the schema at ")
                    .append(Markdown.code(catalog.schemas().locationOf(none.unmet())))
                    .append("; give it `examples`.\n\n");
        }
        for (NamedType nested : nestedOf(entry.body())) {
            typeSection(nested, 4);
        }
    }

    private void sharedTypes() {
        if (catalog.sharedTypes().isEmpty()) {
            return;
        }
        out.append("## Shared types\n\n");
        for (NamedType type : catalog.sharedTypes()) {
            typeSection(type, 3);
            for (NamedType nested : nestedOf(type)) {
                typeSection(nested, 4);
            }
        }
    }

    private void typeSection(NamedType type, int level) {
        out.append("#".repeat(level)).append(' ').append(type.name().relativeName()).append("\n\n");
        paragraph(type.description());
        out.append("Java type: ").append(Markdown.code(type.name().canonicalName())).append("\n\n");
        if (type instanceof ObjectType object) {
            fieldTable(object);
        } else if (type instanceof UnionType union) {
            out.append("One of these records, told apart by the ").append(Markdown.code(union.discriminator()))
                    .append(" member (a sealed interface):\n\n");
            for (UnionType.Alternative alternative : union.alternatives()) {
                out.append("- ").append(Markdown.code(JsonStrings.quote(alternative.value()))).append(": ")
                        .append(typeLink(alternative.type())).append('\n');
            }
            out.append('\n');
        } else if (type instanceof EnumType enumType) {
            out.append(enumType.open() ? "A string: any value, and these known ones (an open enum: a consumer takes"
                    + " values it does not know):\n\n" : "A string, one of:\n\n");
            for (EnumType.Constant constant : enumType.constants()) {
                out.append("- ").append(Markdown.code(JsonStrings.quote(constant.value()))).append(" (Java ")
                        .append(Markdown.code(constant.javaName())).append(")");
                if (constant.description() != null) {
                    out.append(": ").append(Markdown.oneLine(constant.description()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    private void fieldTable(ObjectType type) {
        if (type.fields().isEmpty()) {
            out.append("No fields.\n\n");
            return;
        }
        out.append("| Field | Type | Required | Default | Description | Constraints |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Field field : type.fields()) {
            JsonValue defaultValue = field.defaultValue();
            out.append("| ").append(Markdown.cell(Markdown.code(field.wireName())))
                    .append(" | ").append(Markdown.cell(type(field.type())))
                    .append(" | ").append(field.required() ? "yes" : "no")
                    .append(" | ").append(defaultValue == null ? NONE
                            : Markdown.cell(Markdown.code(JsonValues.toJson(defaultValue))))
                    .append(" | ").append(field.description() == null ? "" : Markdown.cell(field.description()))
                    .append(" | ").append(Markdown.cell(String.join("; ", constraints(field))))
                    .append(" |\n");
        }
        out.append('\n');
    }

    // ---- types and constraints ----

    /** {@code string}, {@code string | null}, {@code array of string}, a link to a named type, ... */
    private String type(TypeUse use) {
        String shape = shape(use.shape());
        if (!use.nullable() || use.shape() instanceof Shape.AnyValue) {
            return shape;
        }
        return (use.shape() instanceof Shape.ArrayOf || use.shape() instanceof Shape.MapOf ? "(" + shape + ")"
                : shape) + " | null";
    }

    private String shape(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalar.type().keyword();
        }
        if (shape instanceof Shape.Named named) {
            if (catalog.type(named.name()) instanceof EnumType enumType) {
                return typeLink(named.name()) + " (one of " + enumType.constants().stream()
                        .map(c -> Markdown.code(JsonStrings.quote(c.value()))).collect(Collectors.joining(", "))
                        + (enumType.open() ? ", or any other string" : "") + ")";
            }
            if (catalog.type(named.name()) instanceof UnionType union) {
                return typeLink(named.name()) + " (one of " + union.alternatives().stream()
                        .map(a -> typeLink(a.type()) + " (" + Markdown.code(union.discriminator()) + " = "
                                + Markdown.code(JsonStrings.quote(a.value())) + ")")
                        .collect(Collectors.joining(", ")) + ")";
            }
            return typeLink(named.name());
        }
        if (shape instanceof Shape.ArrayOf array) {
            TypeUse items = array.items();
            boolean compound = items.nullable() && !(items.shape() instanceof Shape.AnyValue);
            return "array of " + (compound ? "(" + type(items) + ")" : type(items));
        }
        if (shape instanceof Shape.MapOf map) {
            TypeUse values = map.values();
            boolean compound = values.nullable() && !(values.shape() instanceof Shape.AnyValue);
            return "map of string to " + (compound ? "(" + type(values) + ")" : type(values));
        }
        if (shape instanceof Shape.FreeFormObject) {
            return "object (free-form)";
        }
        return "any JSON";
    }

    /** What the property's own schema constrains beyond its type, then its envelope role. */
    private List<String> constraints(Field field) {
        List<String> all = new ArrayList<>();
        keywords(field.schema(), "", all);
        if (field.envelope() != null) {
            all.add("also in the envelope's " + Markdown.code(field.envelope().keyword())
                    + (field.envelope() == EnvelopeProperty.EXPIRATION ? " (in milliseconds, as a decimal string)"
                            : ""));
        }
        if (!field.inBody()) {
            all.add("never in the body");
        }
        return all;
    }

    /** How the Constraints column shows a keyword of a field's schema. */
    private enum Shown {
        /** As {@code name: value}. */
        VALUE,
        /** As {@code name} (see the schema): a subschema, which would not fit a table cell. */
        SEE_SCHEMA,
        /** In words of its own: {@code enum} of other than strings, {@code const}, {@code additionalProperties},
         * {@code unevaluatedProperties}, {@code unevaluatedItems}, {@code deprecated}, {@code readOnly},
         * {@code writeOnly}; and {@code items}, whose own constraints follow. */
        OWN,
        /** In another column (Type, Required, Default, Description), or as the nested type's section. */
        ELSEWHERE,
        /** Not at all: it says nothing a reader of the page needs. */
        NOT_SHOWN
    }

    /** How the page shows each keyword: a new {@link Keyword} does not compile until it says. */
    private static Shown shown(Keyword keyword) {
        return switch (keyword) {
            case MIN_LENGTH, MAX_LENGTH, PATTERN, FORMAT, MINIMUM, EXCLUSIVE_MINIMUM, MAXIMUM, EXCLUSIVE_MAXIMUM,
                    MULTIPLE_OF, MIN_ITEMS, MAX_ITEMS, UNIQUE_ITEMS, MIN_CONTAINS, MAX_CONTAINS, MIN_PROPERTIES,
                    MAX_PROPERTIES -> Shown.VALUE;
            case PATTERN_PROPERTIES, PROPERTY_NAMES, DEPENDENT_REQUIRED, DEPENDENT_SCHEMAS, PREFIX_ITEMS, CONTAINS,
                    ALL_OF, ANY_OF, ONE_OF, NOT, IF, THEN, ELSE -> Shown.SEE_SCHEMA;
            case ENUM, CONST, ADDITIONAL_PROPERTIES, UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS, DEPRECATED, READ_ONLY,
                    WRITE_ONLY, ITEMS -> Shown.OWN;
            case TYPE, REF, PROPERTIES, REQUIRED, DEFAULT, DESCRIPTION, X_ENVELOPE, X_BODY, X_ENUM_DESCRIPTIONS,
                    X_JAVA_NAME, X_JAVA_TYPE, X_ROUTING_KEY, X_KIND, X_PRIORITY, EXAMPLES -> Shown.ELSEWHERE;
            case SCHEMA, ID, ANCHOR, DEFS, TITLE, COMMENT, CONTENT_ENCODING, CONTENT_MEDIA_TYPE, CONTENT_SCHEMA ->
                    Shown.NOT_SHOWN;
            // standalone schemas only: no catalogue page shows them
            case DYNAMIC_REF, DYNAMIC_ANCHOR, VOCABULARY -> Shown.NOT_SHOWN;
        };
    }

    private static void keywords(Schema schema, String prefix, List<String> all) {
        if (schema.isBooleanSchema()) {
            if (!schema.booleanValue()) {
                all.add(prefix + "no value is valid");
            }
            return;
        }
        for (Keyword keyword : schema.keywords()) {
            switch (shown(keyword)) {
                case VALUE -> all.add(prefix + Markdown.code(keyword + ": " + text(schema.value(keyword))));
                case SEE_SCHEMA -> {
                    // the nullable anyOf shows in the Type column, and so does an open enum's
                    if (keyword != Keyword.ANY_OF
                            || schema.nullableAlternative().isEmpty() && !OpenEnum.is(schema)) {
                        all.add(prefix + Markdown.code(keyword.keyword()) + " (see the schema)");
                    }
                }
                case OWN -> own(schema, keyword, prefix, all);
                case ELSEWHERE, NOT_SHOWN -> {
                    // not in this column
                }
            }
        }
        if (schema.items() != null && schema.items().ref() == null) {
            keywords(schema.items(), prefix + "items: ", all);
        }
        if (isTypedMap(schema) && schema.additionalProperties().ref() == null) {
            keywords(schema.additionalProperties(), prefix + "values: ", all);
        }
        if (schema.nullableAlternative().isPresent()) {
            for (Schema alternative : schema.anyOf()) {
                if (alternative.ref() == null && !alternative.isNullOnly()) {
                    keywords(alternative, prefix, all);
                }
            }
        }
    }

    /** A keyword the Constraints column shows in words of its own; {@code items} follows the others. */
    private static void own(Schema schema, Keyword keyword, String prefix, List<String> all) {
        switch (keyword) {
            case ENUM -> {
                if (!isStringEnum(schema)) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < schema.enumValues().size(); i++) {
                        String description = schema.enumDescription(i);
                        values.add(Markdown.code(JsonValues.toJson(schema.enumValues().get(i)))
                                + (description == null ? "" : " (" + Markdown.oneLine(description) + ")"));
                    }
                    all.add(prefix + "one of " + String.join(", ", values));
                }
            }
            case CONST -> all.add(prefix + Markdown.code("const: " + JsonValues.toJson(schema.constValue())));
            case ADDITIONAL_PROPERTIES, UNEVALUATED_PROPERTIES, UNEVALUATED_ITEMS -> {
                if (keyword == Keyword.ADDITIONAL_PROPERTIES && isTypedMap(schema)) {
                    return; // the Type column names the values' type; their constraints follow, as "values: "
                }
                Schema others = (Schema) schema.value(keyword);
                all.add(prefix + (others.isBooleanSchema()
                        ? Markdown.code(keyword + ": " + others.booleanValue())
                        : Markdown.code(keyword.keyword()) + " (see the schema)"));
            }
            case DEPRECATED -> all.add(prefix + "deprecated");
            case READ_ONLY -> all.add(prefix + "read-only");
            case WRITE_ONLY -> all.add(prefix + "write-only");
            default -> {
                // items: after the others
            }
        }
    }

    /** An object without properties whose {@code additionalProperties} schema gives its values a Java type. */
    private static boolean isTypedMap(Schema schema) {
        return schema.properties().isEmpty() && schema.patternProperties().isEmpty()
                && schema.additionalProperties() != null && !schema.additionalProperties().isBooleanSchema();
    }

    /** A keyword's value as the column writes it: a number without trailing zeros. */
    private static String text(@Nullable Object value) {
        return value instanceof BigDecimal number ? number(number) : String.valueOf(value);
    }

    /** A string enum becomes an enum type, whose values the Type column lists. */
    private static boolean isStringEnum(Schema schema) {
        return schema.enumValues() != null && schema.enumValues().stream()
                .allMatch(v -> v instanceof JsonValue.JsonString || v instanceof JsonValue.JsonNull);
    }

    private static @Nullable String number(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs(stripped.scale()) <= 20 ? stripped.toPlainString() : stripped.toString();
    }
}
