package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ErrorReply;
import io.busgen.runtime.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Replies, error replies and failure answers, as upstream writes them. */
class RepliesTest {

    private static final GitFileGet REQUEST = GitFileGet.builder()
            .commit("abc").file("README.md").repositoryId("r-1").repositoryName("repo").repositoryKind("git")
            .meta(Meta.builder().correlationId("c-42").replyTo("amq.gen-reply").priority(4).build())
            .build();

    static Stream<Arguments> rpcErrors() {
        return WireVectors.arguments("wire-rpc-error.jsonl");
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("rpcErrors")
    void anErrorReplyIsEncodedByteForByteAsUpstream(JsonNode vector) {
        ErrorReply<Meta> upstream = InfrahubCatalog.ERROR_REPLY.fromJson(vector.get("body").asString());
        ErrorReply<Meta> fromMetaFull = ErrorReply.failure(WireVectors.metaFrom(vector.get("meta_full")), upstream.errors(),
                upstream.initialMessage());

        Envelope envelope = InfrahubCatalog.ERROR_REPLY.toEnvelope(fromMetaFull, "reply-queue", null);

        assertThat(envelope.bodyText()).isEqualTo(vector.get("body").asString());
        assertThat(WireVectors.normalized(envelope.properties())).isEqualTo(vector.get("properties"));
        assertThat(upstream.passed()).isFalse();
        assertThat(upstream.routingKey()).isEqualTo("rpc_error");
        assertThat(upstream.data()).isEmpty();
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource("rpcErrors")
    void anErrorReplyIsRecognisedWhateverTheRequest(JsonNode vector) {
        Envelope envelope = Envelope.fromProperties("reply-queue", WireVectors.map(vector.get("properties")),
                vector.get("body").asString().getBytes(StandardCharsets.UTF_8));
        // The caller expects a git.file.get response, whatever request the vector failed.
        Reply<GitFileGetResponse> reply = GitFileGet.decodeReply(envelope);

        assertThat(reply.failed()).isTrue();
        assertThat(reply.error().errors()).hasSize(1);
        assertThat(reply.error().meta()).isInstanceOf(Meta.class);
        assertThatThrownBy(reply::response).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the request failed: ");
    }

    @Test
    void aReplyCopiesTheCorrelationIdAndGoesToTheReplyQueue() {
        GitFileGetResponse response = GitFileGetResponse.builder()
                .data(GitFileGetResponse.Data.builder().content("hello").build()).build();

        Envelope envelope = REQUEST.reply(response);

        assertThat(envelope.routingKey()).as("the reply queue, not a catalogue key").isEqualTo("amq.gen-reply");
        assertThat(envelope.correlationId()).isEqualTo("c-42");
        assertThat(envelope.priority()).as("the response's own meta priority").isEqualTo(3);
        assertThat(envelope.bodyText()).isEqualTo("{\"meta\":{\"request_id\":\"\",\"correlation_id\":\"c-42\"},"
                + "\"passed\":true,\"routing_key\":\"git.file.get\",\"data\":{\"content\":\"hello\"},\"errors\":[]}");

        Reply<GitFileGetResponse> decoded = GitFileGet.decodeReply(envelope);
        assertThat(decoded.failed()).isFalse();
        assertThat(decoded.response().data().content()).isEqualTo("hello");
        assertThat(decoded.response().meta().correlationId()).isEqualTo("c-42");
    }

    @Test
    void aRequestWithoutReplyToCannotBeAnswered() {
        GitFileGet noReply = REQUEST.toBuilder().meta(Meta.builder().build()).build();
        GitFileGetResponse response = GitFileGetResponse.builder().data(GitFileGetResponse.Data.builder().build())
                .build();
        assertThatThrownBy(() -> noReply.reply(response)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("git.file.get request has no reply_to: there is nowhere to send the reply");
        assertThatThrownBy(() -> noReply.failureReply(new IllegalStateException("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedRequestIsAnsweredAsUpstreamDoes() {
        Envelope envelope = REQUEST.failureReply(new IllegalStateException("repository not found"));

        assertThat(envelope.routingKey()).isEqualTo("amq.gen-reply");
        assertThat(envelope.correlationId()).isEqualTo("c-42");
        assertThat(envelope.priority()).isEqualTo(3);
        assertThat(envelope.bodyText()).isEqualTo("{\"meta\":{\"request_id\":\"\",\"correlation_id\":\"c-42\"},"
                + "\"passed\":false,\"routing_key\":\"rpc_error\",\"data\":{},\"errors\":[\"repository not found\"],"
                + "\"initial_message\":{\"meta\":{\"request_id\":\"\",\"correlation_id\":\"c-42\","
                + "\"reply_to\":\"amq.gen-reply\",\"initiator_id\":null,\"retry_count\":null,\"headers\":null,"
                + "\"validator_execution_id\":null,\"check_execution_id\":null,\"priority\":4,\"expiration\":null},"
                + "\"commit\":\"abc\",\"file\":\"README.md\",\"repository_id\":\"r-1\",\"repository_name\":\"repo\","
                + "\"repository_kind\":\"git\"}}");
    }

    @Test
    void aFailureWithoutCorrelationIdOrMessageStillAnswers() {
        RequestProposedChangePipeline pipeline = RequestProposedChangePipeline.builder().proposedChange("p")
                .sourceBranch("s").sourceBranchSyncWithGit(false).destinationBranch("d")
                .context(InfrahubContext.builder().branch(BranchContext.builder().name("main").build())
                        .account(AccountSession.builder().accountId("a").authType(AccountSession.AuthType.API).build())
                        .build())
                .meta(Meta.builder().replyTo("q").build()).build();

        ErrorReply<Meta> reply = InfrahubCatalog.ERROR_REPLY.failure(RequestProposedChangePipeline.ADAPTER, pipeline,
                new UnsupportedOperationException());

        assertThat(reply.meta().correlationId()).as("none when the request had none").isNull();
        assertThat(reply.errors()).containsExactly("java.lang.UnsupportedOperationException");
        Map<String, Object> expectedContext = new LinkedHashMap<>();
        expectedContext.put("branch", mapOf("name", "main", "id", null));
        expectedContext.put("account", mapOf("authenticated", true, "account_id", "a", "session_id", null,
                "auth_type", "api"));
        expectedContext.put("event", null);
        assertThat(reply.initialMessage()).containsEntry("check_type", "all")
                .containsEntry("context", expectedContext)
                .containsKeys("meta", "proposed_change", "source_branch", "source_branch_sync_with_git",
                        "destination_branch");
    }

    @Test
    void aReplyThatIsNeitherFailsToDecode() {
        Envelope garbage = Envelope.of("q", 3, null, null, null, null, "{\"routing_key\":\"git.file.get\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> GitFileGet.decodeReply(garbage)).isInstanceOf(DecodeException.class)
                .extracting(e -> ((DecodeException) e).pointer()).isEqualTo("/data");
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> list = Arrays.asList(keysAndValues);
        for (int i = 0; i < list.size(); i += 2) {
            map.put((String) list.get(i), list.get(i + 1));
        }
        return map;
    }
}
