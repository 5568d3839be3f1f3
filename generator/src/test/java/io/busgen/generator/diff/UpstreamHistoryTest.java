package io.busgen.generator.diff;

import static io.busgen.generator.diff.CatalogCopy.addProperty;
import static io.busgen.generator.diff.CatalogCopy.removeProperty;
import static io.busgen.generator.diff.CatalogCopy.renameProperty;
import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.model.Catalog;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes the Infrahub message bus really went through, each rebuilt as a pair of catalogues from the bundled one,
 * with the level the diff must give it.
 */
class UpstreamHistoryTest {

    private static final String PIPELINE = "messages/request.proposed_change.pipeline.json";
    private static final String BRANCH_DIFF = "defs/proposed_change_branch_diff.json";
    /** The messages whose bodies hold a proposed_change_branch_diff. */
    private static final List<String> BRANCH_DIFF_USERS =
            List.of("request.generator_definition.check", "request.proposed_change.refresh_artifacts");

    @TempDir
    Path temp;

    private CatalogCopy base;
    private CatalogCopy head;

    @BeforeEach
    void copyBundled() {
        base = CatalogCopy.ofBundled(temp.resolve("base"));
        head = CatalogCopy.ofBundled(temp.resolve("head"));
    }

    @Test
    void contextAddedAsRequiredIsBreaking() {
        base.edit(PIPELINE, s -> removeProperty(s, "context"));

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "FIELD_ADDED_REQUIRED message request.proposed_change.pipeline #/context");
        assertThat(worst(findings)).isEqualTo(Level.BREAKING);
        assertThat(findings.get(0).producers()).isEqualTo(Level.BREAKING);
        assertThat(findings.get(0).consumers()).isEqualTo(Level.INFO);
        assertThat(findings.get(0).location().file()).isEqualTo("head/" + PIPELINE);
        assertThat(findings.get(0).side()).isEqualTo(Side.HEAD);
    }

    @Test
    void optionalPipelineIdWithoutDefaultIsInfo() {
        head.edit(PIPELINE, s -> addProperty(s, "pipeline_id",
                "{\"type\": \"string\", \"format\": \"uuid\", \"description\": \"The pipeline's ID\"}", false));

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "FIELD_ADDED_OPTIONAL message request.proposed_change.pipeline #/pipeline_id");
        assertThat(worst(findings)).isEqualTo(Level.INFO);
    }

    @Test
    void requiredPipelineIdInTheSharedBranchDiffIsBreakingOnEveryMessageThatUsesIt() {
        head.edit(BRANCH_DIFF, s -> addProperty(s, "pipeline_id", "{\"type\": \"string\", \"format\": \"uuid\"}",
                true));

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "FIELD_ADDED_REQUIRED message request.generator_definition.check #/branch_diff/pipeline_id",
                "FIELD_ADDED_REQUIRED message request.proposed_change.refresh_artifacts #/branch_diff/pipeline_id");
        assertThat(findings).extracting(Finding::routingKey).containsExactlyElementsOf(BRANCH_DIFF_USERS);
        assertThat(worst(findings)).isEqualTo(Level.BREAKING);
        assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo("head/" + BRANCH_DIFF));
    }

    @Test
    void diffSummaryWithADefaultRemovedIsAWarning() {
        head.edit(BRANCH_DIFF, s -> removeProperty(s, "diff_summary"));

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "FIELD_REMOVED_OPTIONAL message request.generator_definition.check #/branch_diff/diff_summary",
                "FIELD_REMOVED_OPTIONAL message request.proposed_change.refresh_artifacts"
                        + " #/branch_diff/diff_summary");
        assertThat(worst(findings)).isEqualTo(Level.WARNING);
        assertThat(findings.get(0).side()).isEqualTo(Side.BASE);
        assertThat(findings.get(0).location().file()).isEqualTo("base/" + BRANCH_DIFF);
        assertThat(findings.get(0).hint()).contains("its default [] from now on");
    }

    @Test
    void roleWithADefaultRemovedFromTheAccountIsAWarningWhereverTheContextIsUsed() {
        base.edit("defs/account_session.json", s -> addProperty(s, "role",
                "{\"type\": \"string\", \"default\": \"read-only\"}", false));
        Catalog headCatalog = head.load("head");
        List<String> withContext = headCatalog.messages().stream()
                .filter(m -> m.body().field("context").isPresent())
                .map(m -> "FIELD_REMOVED_OPTIONAL message " + m.routingKey() + " #/context/account/role")
                .toList();

        List<Finding> findings = CatalogDiff.compare(base.load("base"), headCatalog);

        assertThat(withContext).hasSizeGreaterThan(5);
        assertThat(summaries(findings)).containsExactlyElementsOf(withContext);
        assertThat(worst(findings)).isEqualTo(Level.WARNING);
    }

    @Test
    void requiredFieldRenamedIsBreakingAndHintsAtTheRename() {
        base.edit(PIPELINE, s -> renameProperty(s, "source_branch_sync_with_git", "source_branch_data_only"));

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "FIELD_REMOVED_REQUIRED message request.proposed_change.pipeline #/source_branch_data_only",
                "FIELD_ADDED_REQUIRED message request.proposed_change.pipeline #/source_branch_sync_with_git");
        assertThat(worst(findings)).isEqualTo(Level.BREAKING);
        assertThat(findings).allSatisfy(f -> assertThat(f.hint()).contains("if this is a rename"));
    }

    @Test
    void removedMessageIsBreaking() {
        head.delete("messages/event.worker.new_primary_api.json");

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "MESSAGE_REMOVED message event.worker.new_primary_api #");
        assertThat(worst(findings)).isEqualTo(Level.BREAKING);
        assertThat(findings.get(0).side()).isEqualTo(Side.BASE);
    }

    @Test
    void raisedEchoPriorityIsAWarning() {
        base.edit("messages/send.echo.request.json", s -> s.put("x-priority", 3));

        List<Finding> findings = diff();

        assertThat(summaries(findings)).containsExactly(
                "MESSAGE_PRIORITY_CHANGED message send.echo.request #",
                "RESPONSE_PRIORITY_CHANGED response send.echo.request #");
        assertThat(findings.get(0).message()).isEqualTo("priority raised from 3 to 5");
        assertThat(worst(findings)).isEqualTo(Level.WARNING);
    }

    @Test
    void theBundledCatalogueAgainstItselfHasNoFindings() {
        assertThat(diff()).isEmpty();
    }

    @Test
    void reformattingAFileChangesNothing() {
        head.edit(PIPELINE, s -> { });

        assertThat(diff()).isEmpty();
    }

    @Test
    void anotherJavaPackageIsNoChangeOnTheBus() {
        head.edit("catalog.json", c -> c.put("javaPackage", "com.example.infrahub"));

        assertThat(diff()).isEmpty();
    }

    private List<Finding> diff() {
        return CatalogDiff.compare(base.load("base"), head.load("head"));
    }

    private static List<String> summaries(List<Finding> findings) {
        return findings.stream().map(f -> f.key().toString()).toList();
    }

    private static Level worst(List<Finding> findings) {
        return findings.stream().map(Finding::level).max(Comparator.naturalOrder()).orElseThrow();
    }

}
