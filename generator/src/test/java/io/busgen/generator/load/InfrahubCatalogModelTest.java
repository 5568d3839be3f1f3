package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.EnvelopeProperty;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.runtime.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled catalogue, loaded from the busgen-schemas jar, against the facts of the Infrahub bus contract. */
class InfrahubCatalogModelTest {

    private static final String PACKAGE = "io.busgen.infrahub";
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        Path root = BundledCatalogs.find(BundledCatalogs.DEFAULT).orElseThrow();
        LoadResult result = CatalogLoader.load(root, BundledCatalogs.displayName("infrahub"));
        assertThat(result.problems()).isEmpty();
        catalog = result.orThrow();
    }

    @Test
    void hasThirteenMessagesAndTwoResponsesWithTheirPriorities() {
        assertThat(catalog.messages()).extracting(m -> m.routingKey() + "=" + m.priority()).containsExactly(
                "check.generator.run=3", "event.branch.merge=5", "event.worker.new_primary_api=3",
                "finalize.validator.execution=3", "git.file.get=4", "git.repository.connectivity=3",
                "refresh.git.fetch=3", "refresh.registry.branches=3", "refresh.registry.rebased_branch=3",
                "request.generator_definition.check=3", "request.proposed_change.pipeline=5",
                "request.proposed_change.refresh_artifacts=3", "send.echo.request=5");
        // A response is documented with its request's priority.
        assertThat(catalog.responses()).extracting(m -> m.routingKey() + "=" + m.priority())
                .containsExactly("git.file.get=4", "send.echo.request=5");
        assertThat(catalog.info().maxPriority()).isEqualTo(5);
        assertThat(catalog.info().defaultPriority()).isEqualTo(3);
    }

    @Test
    void pairsResponsesWithTheirRequests() {
        MessageType echo = catalog.message("send.echo.request").orElseThrow();
        assertThat(catalog.pairOf(echo)).map(MessageType::javaName)
                .contains(JavaTypeName.topLevel(PACKAGE, "SendEchoRequestResponse"));
        assertThat(catalog.pairOf(catalog.message("git.repository.connectivity").orElseThrow())).isEmpty();
        assertThat(catalog.pairOf(catalog.response("git.file.get").orElseThrow()))
                .map(MessageType::kind).contains(Kind.MESSAGE);
    }

    @Test
    void keepsTheWireOrderAndTheRequiredFieldsOfCheckGeneratorRun() {
        ObjectType body = catalog.message("check.generator.run").orElseThrow().body();
        assertThat(body.name().simpleName()).isEqualTo("CheckGeneratorRun");
        assertThat(body.fields()).extracting(Field::wireName).containsExactly(
                "meta", "generator_definition", "generator_instance", "commit", "repository_id", "repository_name",
                "repository_kind", "branch_name", "target_id", "target_name", "query", "variables", "validator_id",
                "proposed_change", "context");
        assertThat(body.fields()).filteredOn(f -> !f.required()).extracting(Field::wireName)
                .containsExactly("meta", "generator_instance", "proposed_change");
        Field instance = body.field("generator_instance").orElseThrow();
        assertThat(instance.javaName()).isEqualTo("generatorInstance");
        assertThat(instance.type()).isEqualTo(new TypeUse(new Shape.Scalar(JsonType.STRING), true));
        assertThat(JsonValues.toJson(instance.defaultValue())).isEqualTo("null");
        assertThat(body.field("variables").orElseThrow().type().shape()).isInstanceOf(Shape.FreeFormObject.class);
        // The property's own description, not the referenced type's.
        assertThat(body.field("context").orElseThrow().description()).isEqualTo("The Infrahub context");
    }

    @Test
    void metaCarriesItsEnvelopeRoles() {
        ObjectType meta = catalog.objectType(JavaTypeName.topLevel(PACKAGE, "Meta"));
        assertThat(meta.origin()).isEqualTo(NamedType.Origin.SHARED);
        assertThat(meta.fields()).filteredOn(f -> f.envelope() != null)
                .extracting(f -> f.wireName() + ":" + f.envelope().keyword() + ":" + (f.inBody() ? "body" : "envelope"))
                .containsExactly("correlation_id:correlation_id:body", "reply_to:reply_to:body",
                        "headers:headers:envelope", "priority:priority:envelope", "expiration:expiration:envelope");
        assertThat(meta.field("expiration").orElseThrow().envelope()).isEqualTo(EnvelopeProperty.EXPIRATION);
        assertThat(JsonValues.toJson(meta.field("priority").orElseThrow().defaultValue())).isEqualTo("3");
    }

    @Test
    void namesInlineAndSharedTypesByTheDialectsRules() {
        ObjectType response = catalog.response("git.file.get").orElseThrow().body();
        assertThat(response.name().simpleName()).isEqualTo("GitFileGetResponse");
        JavaTypeName data = JavaTypeName.topLevel(PACKAGE, "GitFileGetResponse").nested("Data");
        assertThat(response.nested()).containsExactly(data);
        assertThat(catalog.objectType(data).fields()).extracting(f -> f.javaName() + ":" + f.nullable())
                .containsExactly("content:true", "errorMessage:true", "httpCode:true");

        EnumType authType = catalog.enumType(JavaTypeName.topLevel(PACKAGE, "AccountSession").nested("AuthType"));
        assertThat(authType.constants()).extracting(c -> c.value() + "=" + c.javaName())
                .containsExactly("none=NONE", "jwt=JWT", "api=API");

        EnumType checkType = catalog.enumType(JavaTypeName.topLevel(PACKAGE, "CheckType"));
        assertThat(checkType.origin()).isEqualTo(NamedType.Origin.SHARED);
        assertThat(checkType.constants()).hasSize(8);

        // $defs entries of a defs file are shared types of their own.
        assertThat(catalog.sharedTypes()).extracting(t -> t.name().simpleName()).contains(
                "NodeDiff", "NodeDiffElement", "NodeDiffSummary", "NodeDiffPeer");
        Field peers = catalog.objectType(JavaTypeName.topLevel(PACKAGE, "NodeDiffElement")).field("peers")
                .orElseThrow();
        assertThat(peers.required()).isFalse();
        assertThat(peers.hasDefault()).isFalse();
        assertThat(peers.type().shape()).isEqualTo(new Shape.ArrayOf(new TypeUse(
                new Shape.Named(JavaTypeName.topLevel(PACKAGE, "NodeDiffPeer"), NamedType.Form.OBJECT), false)));
    }

    @Test
    void recognisesTheNullableSharedTypeForm() {
        Field event = catalog.objectType(JavaTypeName.topLevel(PACKAGE, "InfrahubContext")).field("event")
                .orElseThrow();
        assertThat(event.type()).isEqualTo(new TypeUse(
                new Shape.Named(JavaTypeName.topLevel(PACKAGE, "EventContext"), NamedType.Form.OBJECT), true));
    }

    @Test
    void everyFieldOfEveryTypeHasAUniqueJavaName() {
        for (NamedType type : catalog.types()) {
            if (type instanceof ObjectType object) {
                List<String> names = object.fields().stream().map(Field::javaName).toList();
                assertThat(names).as(type.name().toString()).doesNotHaveDuplicates();
            }
        }
    }
}
