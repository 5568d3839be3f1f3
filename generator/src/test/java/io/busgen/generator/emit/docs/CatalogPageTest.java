package io.busgen.generator.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.compile.InMemoryCompiler;
import io.busgen.generator.emit.java.JavaEmitter;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog style on the bundled catalogue: structure, links, types, and example bodies that validate. */
class CatalogPageTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(#([^)]*)\\)");
    private static final Pattern ENTRY_HEADING = Pattern.compile("^### `([A-Za-z0-9_.-]+)`( response)?$");

    private static Catalog catalog;
    private static String page;

    @BeforeAll
    static void render() {
        catalog = DocsTestSupport.infrahub();
        page = DocsEmitter.render(catalog, DocsStyle.CATALOG);
    }

    @Test
    void opensWithTitleTextAndContents() {
        assertThat(page).startsWith("# Message bus events\n\nThe message bus of Infrahub");
        assertThat(page).contains("> **Note**\n> For more detailed explanations",
                "\n## Contents\n\n- [Messages](#messages)\n  - [`check.generator.run`](#checkgeneratorrun): A check"
                        + " that runs a generator.\n",
                "- [Responses](#responses)\n  - [`git.file.get` response](#gitfileget-response)\n",
                "- [Shared types](#shared-types)\n", "  - [Meta](#meta)\n", "  - [CheckType](#checktype)\n");
        assertThat(page).endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void everyRoutingKeyHasItsSectionAndEveryLinkItsAnchor() {
        List<String> headings = page.lines().filter(l -> l.startsWith("#")).toList();
        for (MessageType message : catalog.messages()) {
            assertThat(headings).contains("### `" + message.routingKey() + "`");
            assertThat(page).contains("- Routing key: `" + message.routingKey() + "`\n- Kind: message\n- Priority: "
                    + message.priority());
        }
        for (MessageType response : catalog.responses()) {
            assertThat(headings).contains("### `" + response.routingKey() + "` response");
        }
        List<String> anchors = new ArrayList<>();
        Markdown.Anchors github = new Markdown.Anchors();
        headings.forEach(h -> anchors.add(github.next(h.replaceFirst("^#+ ", "").replace("`", ""))));
        assertThat(anchors).doesNotHaveDuplicates();
        Matcher link = LINK.matcher(page);
        int links = 0;
        while (link.find()) {
            assertThat(anchors).as("link target #" + link.group(1)).contains(link.group(1));
            links++;
        }
        assertThat(links).isGreaterThan(40);
        // request <-> response links
        assertThat(page).contains("- Response: [`git.file.get` response](#gitfileget-response)",
                "- Request: [`git.file.get`](#gitfileget)",
                "- Response: none in this catalogue");
    }

    @Test
    void fieldTablesShowRealTypesDefaultsAndConstraints() {
        assertThat(page.lines().toList()).contains(
                "| Field | Type | Required | Default | Description | Constraints |",
                "| `meta` | [Meta](#meta) | no | `{}` | Meta properties for the message |  |",
                "| `generator_instance` | string \\| null | no | `null` | The id of the generator instance if it"
                        + " previously existed |  |",
                "| `variables` | object (free-form) | yes | – | Input variables when running the generator |  |",
                "| `errors` | array of string | no | `[]` |  |  |",
                "| `priority` | integer | no | `3` | Message Priority | also in the envelope's `priority`; never in"
                        + " the body |",
                "| `event` | [EventContext](#eventcontext) \\| null | no | `null` |  |  |",
                "| `data` | [GitFileGetResponse.Data](#gitfilegetresponsedata) | yes | – |  |  |");
        assertThat(page).contains("| `check_type` | [CheckType](#checktype) (one of `\"artifact\"`, `\"data\"`,"
                + " `\"generator\"`, `\"repository\"`, `\"schema\"`, `\"test\"`, `\"user\"`, `\"all\"`) | no |"
                + " `\"all\"` |");
        // Shared types: objects with field tables, enums with their values.
        String shared = page.substring(page.indexOf("\n## Shared types\n"));
        assertThat(shared).contains("\n### Meta\n", "\n### NodeDiffPeer\n", "\n#### AccountSession.AuthType\n");
        String checkType = shared.substring(shared.indexOf("\n### CheckType\n"));
        checkType = checkType.substring(0, checkType.indexOf("\n### ", 5));
        for (String value : List.of("artifact", "data", "generator", "repository", "schema", "test", "user", "all")) {
            assertThat(checkType).contains("- `\"" + value + "\"`");
        }
    }

    @Test
    void everyExampleBodyValidatesWithTheGeneratedValidator() throws Exception {
        Map<MessageType, String> examples = assertExamplesValidate(catalog, page);
        // What the examples hold: required fields, defaults, enum first values, nested types, null defaults left out.
        MessageType pipeline = catalog.message("request.proposed_change.pipeline").orElseThrow();
        assertThat(examples.get(pipeline)).contains("\"check_type\": \"all\"", "\"request_id\": \"\"",
                "\"auth_type\": \"none\"", "\"authenticated\": true").doesNotContain("null", "\"event\"",
                "\"priority\"");
        MessageType echo = catalog.response("send.echo.request").orElseThrow();
        assertThat(examples.get(echo)).isEqualTo("""
                {
                  "meta": {
                    "request_id": ""
                  },
                  "passed": true,
                  "routing_key": "send.echo.request",
                  "data": {
                    "response": ""
                  },
                  "errors": []
                }""");
    }

    @Test
    void theKitchenSinksExamplesValidateToo() throws Exception {
        Catalog kitchen = DocsTestSupport.kitchen();
        Map<MessageType, String> examples = assertExamplesValidate(kitchen,
                DocsEmitter.render(kitchen, DocsStyle.CATALOG));
        // Bounds, defaults and const values are respected; a required nullable field gets a sample.
        assertThat(examples.get(kitchen.message("kitchen.order.placed").orElseThrow())).contains(
                "\"amount\": 0", "\"weird-name\": \"x*/y\"", "\"ratio\": 0.5", "\"status\": \"in-progress\"",
                "\"note\": \"string\"", "\"extra\": {\n    \"source\": \"web\",\n    \"n\": 1.5\n  }");
    }

    /**
     * Compiles the catalogue's generated Java in memory and validates each example body of the page with the
     * validator of its type; returns the examples.
     */
    static Map<MessageType, String> assertExamplesValidate(Catalog catalog, String page) throws Exception {
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(JavaEmitter.emit(catalog, null),
                System.getProperty("java.class.path"), List.of("--release", "17"));
        assertThat(compiled.diagnostics()).isEmpty();
        String validatorsClass = catalog.info().javaPackage() + "."
                + JavaNames.upperCamel(catalog.info().name()) + "Validators";
        Class<?> validators = Class.forName(validatorsClass, true,
                compiled.classLoader(CatalogPageTest.class.getClassLoader()));

        Map<MessageType, String> examples = examples(page, catalog);
        assertThat(examples).hasSize(catalog.messages().size() + catalog.responses().size());
        examples.forEach((entry, body) -> {
            String constant = constantName(entry.javaName());
            Validator validator;
            try {
                validator = (Validator) validators.getField(constant).get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("no validator " + constant, e);
            }
            List<Violation> violations = validator.validate(body.getBytes(StandardCharsets.UTF_8));
            assertThat(violations).as(entry.kind().wireName() + " " + entry.routingKey() + ":\n" + body).isEmpty();
        });
        return examples;
    }

    /** The example bodies of the page, by entry: each ```json block under a message or response heading. */
    static Map<MessageType, String> examples(String page, Catalog catalog) {
        Map<MessageType, String> examples = new LinkedHashMap<>();
        MessageType current = null;
        StringBuilder block = null;
        for (String line : page.lines().toList()) {
            if (block != null) {
                if (line.equals("```")) {
                    assertThat(current).as("an example outside a message or response section").isNotNull();
                    assertThat(examples.put(current, block.toString().stripTrailing())).as("two examples for "
                            + current.routingKey()).isNull();
                    block = null;
                } else {
                    block.append(line).append('\n');
                }
                continue;
            }
            Matcher heading = ENTRY_HEADING.matcher(line);
            if (heading.matches()) {
                current = heading.group(2) == null ? catalog.message(heading.group(1)).orElseThrow()
                        : catalog.response(heading.group(1)).orElseThrow();
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (line.equals("```json")) {
                block = new StringBuilder();
            }
        }
        return examples;
    }

    /** The validator constant of a type: UPPER_SNAKE of its simple names ({@code GIT_FILE_GET_RESPONSE}). */
    static String constantName(JavaTypeName name) {
        return JavaNames.upperSnake(String.join("_", name.simpleNames()));
    }

    @Test
    void namedTypesAreAllDocumented() {
        for (NamedType type : catalog.types()) {
            if (type.origin() != NamedType.Origin.BODY) {
                assertThat(page).as(type.name().relativeName()).contains("\nJava type: `"
                        + type.name().canonicalName() + "`\n");
            }
        }
    }

    @Test
    void enumValuesAreListedWithTheirDescriptions() throws Exception {
        String kitchen = DocsEmitter.render(DocsTestSupport.kitchen(), DocsStyle.CATALOG);

        assertThat(kitchen).contains("""
                A string, one of:

                - `"red"` (Java `RED`): The colour of the house: the default for new orders.
                - `"dark-green"` (Java `DARK_GREEN`): Racing green, written with a hyphen on the wire.
                - `"Blue"` (Java `BLUE`)
                """);
        assertThat(kitchen).contains("- `\"1st\"` (Java `_1ST`): The first course is out, the rest is cooking.\n");
        // An enum of other values is no Java enum: the Constraints column lists them, described.
        assertThat(kitchen).contains("| `stock` | integer | no | – |  | one of `0` (Empty), `1`, `2` (Full) |\n");
    }

    @Test
    void typedMapsAreShownWithTheirValueTypeAndAnExampleEntry() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(CatalogPageTest.class.getResource("/catalogs/collections").toURI());
        Catalog collections = io.busgen.generator.load.CatalogLoader.load(root, "collections").orThrow();
        String page = DocsEmitter.render(collections, DocsStyle.CATALOG);
        if (Boolean.getBoolean("busgen.print")) {
            System.out.println(page);
        }
        Map<MessageType, String> examples = assertExamplesValidate(collections, page);
        assertThat(examples).hasSize(1);
        // The Type column names the values' type; the values' own constraints follow "values: ".
        assertThat(page).contains(
                "| `attributes` | map of string to string | no | – | Named attributes of the warehouse. |"
                        + " values: `maxLength: 40` |\n",
                "| `stock` | map of string to (integer \\| null) | no | – | Units in stock by SKU; null when unknown. |"
                        + " `maxProperties: 100`; values: `minimum: 0` |\n",
                "| `locations` | map of string to [InventoryStockUpdated.Location](#inventorystockupdatedlocation) |",
                "| `maybe_notes` | (map of string to string) \\| null | no |",
                "| `limits` | map of string to integer | no | `{\"low\":1,\"high\":99}` |  |  |\n",
                "| `line_items` | array of [InventoryStockUpdated.LineItem](#inventorystockupdatedlineitem) |");
    }
}
