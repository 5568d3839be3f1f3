package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a user of the generated Infrahub classes relies on, beyond byte fidelity. */
class GeneratedApiTest {

    private static final byte[] ECHO = "{\"message\":\"ping\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void buildersApplySchemaDefaultsAndNameMissingRequiredFields() {
        SendEchoRequest echo = SendEchoRequest.builder().message("ping").build();
        assertThat(echo.meta()).isEqualTo(Meta.builder().build());
        assertThat(echo.meta().requestId()).isEmpty();
        assertThat(echo.meta().priority()).isEqualTo(3);
        assertThat(echo.toBuilder().message("pong").build().message()).isEqualTo("pong");
        assertThatThrownBy(() -> SendEchoRequest.builder().build())
                .isInstanceOf(NullPointerException.class).hasMessage("message is required");
        assertThatThrownBy(() -> new BranchContext(null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("name is required");
    }

    @Test
    void recordsAreImmutable() {
        RequestProposedChangePipeline pipeline = RequestProposedChangePipeline.ADAPTER.fromJson(
                "{\"proposed_change\":\"p\",\"source_branch\":\"s\",\"source_branch_sync_with_git\":true,"
                        + "\"destination_branch\":\"d\",\"context\":{\"branch\":{\"name\":\"main\"},"
                        + "\"account\":{\"account_id\":\"a\",\"auth_type\":\"jwt\"}}}");
        assertThat(pipeline.checkType()).isEqualTo(CheckType.ALL);
        assertThat(pipeline.context().account().authenticated()).isTrue();
        assertThat(pipeline.context().account().authType()).isEqualTo(AccountSession.AuthType.JWT);
        assertThat(pipeline.context().event()).isNull();
        GitFileGetResponse response = GitFileGetResponse.builder().data(GitFileGetResponse.Data.builder().build())
                .errors(new java.util.ArrayList<>(List.of("e"))).build();
        assertThatThrownBy(() -> response.errors().add("f")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anOptionalFieldWithoutDefaultStaysAbsentButMayNotBeNull() {
        String element = "{\"name\":\"n\",\"element_type\":\"t\",\"action\":\"ADDED\","
                + "\"summary\":{\"added\":1,\"updated\":0,\"removed\":0}}";
        NodeDiffElement absent = NodeDiffElement.ADAPTER.fromJson(element);
        assertThat(absent.peers()).isNull();
        assertThat(NodeDiffElement.ADAPTER.toJson(absent)).isEqualTo(element);
        DecodeException explicitNull = catchThrowableOfType(DecodeException.class,
                () -> NodeDiffElement.ADAPTER.fromJson(element.replace("}}", "},\"peers\":null}")));
        assertThat(explicitNull.reason()).isEqualTo(DecodeException.Reason.NULL_VALUE);
        assertThat(explicitNull.pointer()).isEqualTo("/peers");
    }

    @Test
    void aMessageIsPublishedWithItsCataloguePriorityWhateverItsMetaSays() {
        SendEchoRequest echo = SendEchoRequest.builder().message("ping")
                .meta(Meta.builder().priority(1).correlationId("c-1").replyTo("reply-queue").build()).build();
        Envelope envelope = echo.toEnvelope();
        assertThat(envelope.routingKey()).isEqualTo("send.echo.request");
        assertThat(envelope.priority()).isEqualTo(SendEchoRequest.PRIORITY).isEqualTo(5);
        assertThat(envelope.correlationId()).isEqualTo("c-1");
        assertThat(envelope.replyTo()).isEqualTo("reply-queue");
        assertThat(envelope.contentType()).isEqualTo("application/json");
        assertThat(envelope.contentEncoding()).isEqualTo("utf-8");
        assertThat(SendEchoRequest.ADAPTER.toEnvelope(echo, 2).priority()).isEqualTo(2);
        assertThatThrownBy(() -> SendEchoRequest.ADAPTER.toEnvelope(echo, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("priority 6 is out of range for send.echo.request: use 1 (lowest) to 5 (highest)");
        assertThatThrownBy(() -> SendEchoRequest.ADAPTER.toEnvelope(echo, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplyIsSentWithItsOwnMetaPriority() {
        GitFileGetResponse reply = GitFileGetResponse.builder().meta(Meta.builder().priority(1).build())
                .data(GitFileGetResponse.Data.builder().content("x").build()).build();
        assertThat(reply.toEnvelope().priority()).isEqualTo(1);
        GitFileGetResponse defaultPriority = reply.toBuilder().meta(Meta.builder().build()).build();
        assertThat(defaultPriority.toEnvelope().priority()).isEqualTo(3);
    }

    @Test
    void expirationIsSecondsInMetaAndMillisecondsInTheEnvelope() {
        SendEchoRequest echo = SendEchoRequest.builder().message("ping")
                .meta(Meta.builder().expiration(30L).headers(Map.of("delay", 5000)).build()).build();
        Envelope envelope = echo.toEnvelope();
        assertThat(envelope.expiration()).isEqualTo("30000");
        assertThat(envelope.headers()).isEqualTo(Map.of("delay", 5000L));
        assertThat(envelope.bodyText()).isEqualTo("{\"meta\":{\"request_id\":\"\"},\"message\":\"ping\"}");

        Envelope received = Envelope.of("send.echo.request", 4, null, null, null, "1500", ECHO);
        SendEchoRequest decoded = SendEchoRequest.ADAPTER.fromEnvelope(received);
        assertThat(decoded.meta().expiration()).as("1500 ms rounds up to 2 s").isEqualTo(2L);
        assertThat(decoded.meta().priority()).isEqualTo(4);
    }

    @Test
    void theBodysCorrelationIdAndReplyToWinOverTheEnvelopes() {
        byte[] body = "{\"meta\":{\"correlation_id\":\"from-body\"},\"message\":\"m\"}"
                .getBytes(StandardCharsets.UTF_8);
        SendEchoRequest decoded = SendEchoRequest.ADAPTER.fromEnvelope(
                Envelope.of("send.echo.request", 5, "from-envelope", "queue", Map.of("delay", 1), null, body));
        assertThat(decoded.meta().correlationId()).isEqualTo("from-body");
        assertThat(decoded.meta().replyTo()).as("absent from the body: taken from the envelope").isEqualTo("queue");
        assertThat(decoded.meta().headers()).isEqualTo(Map.of("delay", 1L));
    }

    @Test
    void theCatalogueDecodesByRoutingKeyAndDispatchesExhaustively() {
        InfrahubMessage message = InfrahubCatalog.INSTANCE.decodeMessage(
                Envelope.of("send.echo.request", 5, null, null, null, null, ECHO));
        assertThat(message).isInstanceOf(SendEchoRequest.class);
        String handled = message.accept(new RoutingKeys());
        assertThat(handled).isEqualTo("echo ping");

        DecodeException unknown = catchThrowableOfType(DecodeException.class, () -> InfrahubCatalog.INSTANCE
                .decodeMessage(Envelope.of("no.such.key", 3, null, null, null, null, ECHO)));
        assertThat(unknown.reason()).isEqualTo(DecodeException.Reason.UNKNOWN_ROUTING_KEY);
        assertThat(unknown.getMessage()).isEqualTo("routing key \"no.such.key\" names no message of the infrahub"
                + " catalogue");

        assertThat(InfrahubCatalog.INSTANCE.entries()).hasSize(15);
        assertThat(InfrahubCatalog.INSTANCE.responseTo("git.file.get")).get()
                .extracting(e -> e.type()).isEqualTo(GitFileGetResponse.class);
        assertThat(InfrahubCatalog.INSTANCE.responseTo("git.repository.connectivity")).isEmpty();
        assertThat(InfrahubCatalog.INSTANCE.find("git.file.get", Kind.MESSAGE)).get()
                .extracting(e -> e.priority()).isEqualTo(4);
    }

    @Test
    void decodingRefusesAContentTypeOtherThanJson() {
        Envelope xml = new Envelope("send.echo.request", 5, "application/xml", "utf-8", null, null, null, null, ECHO);
        DecodeException error = catchThrowableOfType(DecodeException.class,
                () -> SendEchoRequest.ADAPTER.fromEnvelope(xml));
        assertThat(error.reason()).isEqualTo(DecodeException.Reason.UNSUPPORTED_CONTENT);
    }

    @Test
    void entriesCarryTheirCatalogueConstants() {
        assertThat(CheckGeneratorRun.ROUTING_KEY).isEqualTo("check.generator.run");
        assertThat(CheckGeneratorRun.KIND).isEqualTo(Kind.MESSAGE);
        assertThat(EventBranchMerge.PRIORITY).isEqualTo(5);
        assertThat(GitFileGetResponse.KIND).isEqualTo(Kind.RESPONSE);
        assertThat(CheckGeneratorRun.FINGERPRINT).matches("[0-9a-f]{16}");
        assertThat(GitFileGetResponse.ADAPTER.fingerprint()).isEqualTo(GitFileGetResponse.FINGERPRINT);
        assertThat(InfrahubCatalog.MAX_PRIORITY).isEqualTo(5);
        assertThat(CheckType.fromWireValue("schema")).contains(CheckType.SCHEMA);
        assertThat(CheckType.SCHEMA.wireValue()).isEqualTo("schema");
    }

    /** A visitor: adding a message to the catalogue makes this class fail to compile until it handles it. */
    private static final class RoutingKeys implements InfrahubMessageVisitor<String> {
        @Override
        public String visit(CheckGeneratorRun message) {
            return "check";
        }

        @Override
        public String visit(EventBranchMerge message) {
            return "merge";
        }

        @Override
        public String visit(EventWorkerNewPrimaryApi message) {
            return "primary";
        }

        @Override
        public String visit(FinalizeValidatorExecution message) {
            return "finalize";
        }

        @Override
        public String visit(GitFileGet message) {
            return "file";
        }

        @Override
        public String visit(GitRepositoryConnectivity message) {
            return "connectivity";
        }

        @Override
        public String visit(RefreshGitFetch message) {
            return "fetch";
        }

        @Override
        public String visit(RefreshRegistryBranches message) {
            return "branches";
        }

        @Override
        public String visit(RefreshRegistryRebasedBranch message) {
            return "rebased";
        }

        @Override
        public String visit(RequestGeneratorDefinitionCheck message) {
            return "generators";
        }

        @Override
        public String visit(RequestProposedChangePipeline message) {
            return "pipeline";
        }

        @Override
        public String visit(RequestProposedChangeRefreshArtifacts message) {
            return "artifacts";
        }

        @Override
        public String visit(SendEchoRequest message) {
            return "echo " + message.message();
        }
    }
}
