package io.busgen.generator.emit.docs;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link DocsStyle#INFRAHUB} page: Infrahub's Docusaurus page "Message bus events", as its own generator writes
 * it. Front matter with the title, the title as the first heading, the intro, the info note; then "Messages events"
 * and "Responses events" ({@code ##}), groups titled from the first two routing-key segments ({@code ###}), and one
 * entry per routing key ({@code ####}) with its description, priority and a Key / Description / Type / Default Value
 * table.
 *
 * <p>The columns follow the Infrahub generator, which read Pydantic's JSON Schema of each model:
 * <ul>
 *   <li>Type: the property's JSON type when its own schema allows exactly one type, not null, and it is neither a
 *       reference nor an enum (Pydantic writes both as references); else {@code N/A};</li>
 *   <li>Default Value: the default as Python prints it when it is truthy, else {@code None};</li>
 *   <li>Description: the property's own description, else {@code N/A}.</li>
 * </ul>
 * A response's {@code data} (its payload object) is listed field by field as {@code data.<field>} rows, where
 * {@code data} stands.
 */
final class InfrahubPage {

    /** The field of a response whose object the Infrahub page lists field by field. */
    private static final String RESPONSE_PAYLOAD = "data";

    private final Catalog catalog;
    private final StringBuilder out = new StringBuilder();

    InfrahubPage(Catalog catalog) {
        this.catalog = catalog;
    }

    String render() {
        CatalogInfo info = catalog.info();
        out.append("---\n").append("title: ").append(Markdown.yamlScalar(info.title())).append("\n---\n\n");
        out.append("# ").append(Markdown.oneLine(info.title())).append("\n\n");
        String intro = info.intro() != null ? info.intro() : info.description();
        if (intro != null && !intro.isBlank()) {
            out.append(intro.strip()).append("\n\n");
        }
        if (info.info() != null && !info.info().isBlank()) {
            out.append(":::info\n\n").append(info.info().strip()).append("\n\n:::\n\n");
        }
        section("Messages events", catalog.messages());
        section("Responses events", catalog.responses());
        return out.toString();
    }

    private void section(String title, List<MessageType> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("## ").append(title).append("\n\n");
        Map<String, List<MessageType>> groups = new LinkedHashMap<>();
        for (MessageType entry : entries) { // already in routing-key order
            groups.computeIfAbsent(group(entry.routingKey()), g -> new ArrayList<>()).add(entry);
        }
        groups.forEach((group, members) -> {
            out.append("### ").append(group).append("\n\n");
            members.forEach(this::entry);
        });
    }

    /** {@code request.proposed_change.pipeline} -> {@code Request Proposed Change}. */
    static String group(String routingKey) {
        String[] segments = routingKey.split("\\.", -1);
        String prefix = segments.length >= 2 ? segments[0] + " " + segments[1] : segments[0];
        return Markdown.titleCase(prefix.replace('_', ' '));
    }

    private void entry(MessageType entry) {
        out.append("#### Event ").append(entry.routingKey()).append("\n\n");
        if (entry.description() != null && !entry.description().isBlank()) {
            out.append("**Description**: ").append(Markdown.oneLine(entry.description())).append("\n\n");
        }
        out.append("**Priority**: ").append(entry.priority()).append("\n\n");
        out.append("| Key | Description | Type | Default Value |\n");
        out.append("|-----|-------------|------|---------------|\n");
        for (Field field : entry.body().fields()) {
            if (entry.kind() == Kind.RESPONSE && field.wireName().equals(RESPONSE_PAYLOAD)
                    && field.type().shape() instanceof Shape.Named named && named.form() == NamedType.Form.OBJECT) {
                for (Field member : catalog.objectType(named.name()).fields()) {
                    row(field.wireName() + "." + member.wireName(), member);
                }
            } else {
                row(field.wireName(), field);
            }
        }
        out.append('\n');
    }

    private void row(String key, Field field) {
        String description = field.description() == null || field.description().isBlank() ? "N/A"
                : field.description();
        out.append("| **").append(Markdown.cell(key)).append("** | ").append(Markdown.cell(description))
                .append(" | ").append(Markdown.cell(type(field.schema()))).append(" | ")
                .append(Markdown.cell(PythonValues.defaultCell(field.defaultValue()))).append(" |\n");
    }

    /** The JSON type of a property when its own schema allows exactly one, not null, and is no reference or enum. */
    static String type(Schema schema) {
        if (schema.isBooleanSchema() || schema.ref() != null || schema.enumValues() != null
                || schema.types().size() != 1 || schema.types().get(0) == JsonType.NULL) {
            return "N/A";
        }
        return schema.types().get(0).keyword();
    }
}
