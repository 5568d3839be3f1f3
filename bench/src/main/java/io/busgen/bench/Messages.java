package io.busgen.bench;

import io.busgen.infrahub.AccountSession;
import io.busgen.infrahub.BranchContext;
import io.busgen.infrahub.CheckGeneratorRun;
import io.busgen.infrahub.InfrahubContext;
import io.busgen.infrahub.Meta;
import io.busgen.infrahub.NodeDiff;
import io.busgen.infrahub.NodeDiffElement;
import io.busgen.infrahub.NodeDiffPeer;
import io.busgen.infrahub.NodeDiffSummary;
import io.busgen.infrahub.ProposedChangeBranchDiff;
import io.busgen.infrahub.ProposedChangeGeneratorDefinition;
import io.busgen.infrahub.ProposedChangeRepository;
import io.busgen.infrahub.RequestGeneratorDefinitionCheck;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.runtime.EntryAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The benchmark messages: small, medium and large, as the issue names them. */
final class Messages {

    private Messages() {}

    /** A message of one size, with its adapter and its canonical body. */
    record Sample<T>(String size, Class<T> type, EntryAdapter<T> adapter, T message, byte[] body) {
        static <T> Sample<T> of(String size, Class<T> type, EntryAdapter<T> adapter, T message) {
            return new Sample<>(size, type, adapter, message, adapter.encode(message));
        }
    }

    static Sample<?> sample(String size) {
        return switch (size) {
            case "small" -> Sample.of(size, SendEchoRequest.class, SendEchoRequest.ADAPTER, small());
            case "medium" -> Sample.of(size, CheckGeneratorRun.class, CheckGeneratorRun.ADAPTER, medium());
            case "large" -> Sample.of(size, RequestGeneratorDefinitionCheck.class,
                    RequestGeneratorDefinitionCheck.ADAPTER, large(1_000));
            default -> throw new IllegalArgumentException("no sample of size " + size);
        };
    }

    /** {@code send.echo.request}: 93 bytes. */
    static SendEchoRequest small() {
        return SendEchoRequest.builder()
                .meta(Meta.builder().correlationId("c-1").replyTo("amq.gen-reply").build())
                .message("ping")
                .build();
    }

    /** {@code check.generator.run}: an upstream vector's body, 1.2 kB. */
    static CheckGeneratorRun medium() {
        try (InputStream in = Messages.class.getResourceAsStream("check.generator.run.json")) {
            return CheckGeneratorRun.ADAPTER.decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code request.generator_definition.check} with {@code entries} {@code diff_summary} entries. */
    static RequestGeneratorDefinitionCheck large(int entries) {
        List<NodeDiff> diff = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            NodeDiffSummary summary = NodeDiffSummary.builder().added(i % 3).updated(i % 5).removed(i % 7).build();
            List<NodeDiffPeer> peers = i % 4 == 0
                    ? List.of(NodeDiffPeer.builder().action("ADDED").summary(summary).build()) : null;
            diff.add(NodeDiff.builder()
                    .branch("feature-" + (i % 10))
                    .kind(i % 2 == 0 ? "InfraDevice" : "InfraInterface")
                    .id("17a1c2f0-" + String.format(java.util.Locale.ROOT, "%04d", i) + "-4a8d-9c5e-2f0e1b7a1c11")
                    .action(i % 3 == 0 ? "ADDED" : "UPDATED")
                    .displayLabel("device-" + i + " ethernet" + (i % 48))
                    .elements(List.of(
                            NodeDiffElement.builder().name("description").elementType("ATTRIBUTE").action("UPDATED")
                                    .summary(summary).build(),
                            NodeDiffElement.builder().name("site").elementType("RELATIONSHIP_ONE").action("ADDED")
                                    .summary(summary).peers(peers).build()))
                    .build());
        }
        return RequestGeneratorDefinitionCheck.builder()
                .meta(Meta.builder().correlationId("c-9").build())
                .generatorDefinition(ProposedChangeGeneratorDefinition.builder()
                        .definitionId("d-1").definitionName("interfaces").queryName("interfaces_query")
                        .convertQueryResponse(true).queryModels(List.of("InfraDevice", "InfraInterface"))
                        .repositoryId("r-1").className("InterfaceGenerator").filePath("generators/interfaces.py")
                        .parameters(Map.of("name", "name__value")).groupId("g-1").build())
                .branchDiff(ProposedChangeBranchDiff.builder()
                        .diffSummary(diff)
                        .repositories(List.of(ProposedChangeRepository.builder().repositoryId("r-1")
                                .repositoryName("infra").readOnly(false).sourceBranch("feature-1")
                                .destinationBranch("main").internalStatus("active").build()))
                        .build())
                .proposedChange("pc-1")
                .sourceBranch("feature-1")
                .sourceBranchSyncWithGit(true)
                .destinationBranch("main")
                .context(InfrahubContext.builder()
                        .branch(BranchContext.builder().name("feature-1").id("b-1").build())
                        .account(AccountSession.builder().accountId("a-1").authType(AccountSession.AuthType.JWT)
                                .build())
                        .build())
                .build();
    }
}
