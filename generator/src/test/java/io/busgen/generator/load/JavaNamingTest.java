package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The naming rules of {@code docs/schema-dialect.md} ("How Java names are chosen"), on the test catalogues whose names
 * collide with each other and with what generated code uses. That the chosen names compile is the compile test's
 * job; this one pins which names are chosen, since they are the generated API.
 */
class JavaNamingTest {

    private static Catalog load(String name) throws Exception {
        Path root = Path.of(JavaNamingTest.class.getResource("/catalogs/" + name).toURI());
        LoadResult result = CatalogLoader.load(root, name);
        assertThat(result.problems()).isEmpty();
        return result.orThrow();
    }

    private static List<String> fieldNames(Catalog catalog, String type) {
        return catalog.objectType(name(catalog, type)).fields().stream().map(Field::javaName).toList();
    }

    private static JavaTypeName name(Catalog catalog, String relative) {
        return catalog.types().stream().map(NamedType::name).filter(n -> n.relativeName().equals(relative))
                .findFirst().orElseThrow(() -> new AssertionError("no type " + relative + " in "
                        + catalog.types().stream().map(t -> t.name().relativeName()).toList()));
    }

    @Test
    void fieldsThatCollideAfterCamelCasingAreNumberedInDeclarationOrder() throws Exception {
        Catalog catalog = load("camel-case-collisions");

        assertThat(fieldNames(catalog, "OrderItemPlaced")).containsExactly("meta", "orderId", "orderId_", "quantity");
    }

    @Test
    void aTypeNamedLikeAGeneratedCatalogueClassGivesWay() throws Exception {
        Catalog catalog = load("generated-type-names");

        assertThat(catalog.types()).extracting(t -> t.name().simpleName()).contains("ShopCatalog_");
    }

    @Test
    void namesThatGeneratedCodeUsesAreAvoided() throws Exception {
        Catalog catalog = load("generated-names");

        // Top-level types: the generated nested Adapter and the type variable R are taken; Override, String, ...
        // stay (generated code writes java.lang.Override with its package instead).
        assertThat(catalog.types()).extracting(t -> t.name().relativeName()).contains("Adapter_", "R_", "Override",
                "String", "Objects", "Envelope", "Kind", "NamesThingDone.Adapter__", "NamesThingDone.Builder_",
                "NamesThingDone.Objects_", "NamesThingDone.Kind_", "NamesThingDone.名前", "NamesThingDone._1st");
        // Fields: keywords, record methods and the first segments of packages written qualified in this file take
        // a "_"; tools stays, since no Jackson type is shadowed here; parser, out and value are only locals.
        assertThat(fieldNames(catalog, "NamesThingDone")).containsExactly("property", "element", "item", "x",
                "xPresent", "adapter", "builder_", "over", "s", "java_", "org_", "io_", "tools", "com", "yield_",
                "record", "parser", "out", "value", "members", "名前_", "_1st_", "kind", "big", "envelope",
                "objects", "__", "mustSay", "PROPERTIES");
        // Enum constants: UPPER_SNAKE collisions and the enum's own ADAPTER get a "_".
        EnumType kind = catalog.enumType(name(catalog, "NamesThingDone.Kind_"));
        assertThat(kind.constants()).extracting(EnumType.Constant::javaName)
                .containsExactly("ADAPTER_", "A_B", "A_B_", "A_B__", "EMPTY", "EMPTY_", "WIRE_VALUE");
        // A record's component that the catalogue names like a type visible in the file is renamed.
        ObjectType kindType = catalog.objectType(name(catalog, "Kind"));
        assertThat(kindType.fields()).extracting(Field::javaName).containsExactly("priority", "routingKey");
    }
}
