package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffCommandTest {

    /**
     * A pair of small catalogues, named by paths relative to the module (the tests' working folder), so that the
     * golden reports do not depend on where the checkout is: base has order.item.cancelled, head adds
     * order.item.returned, raises the minimum quantity, adds an optional note, rewords a description and makes the
     * response's "accepted" optional.
     */
    private static final String BASE = "src/test/resources/diff/base";
    private static final String HEAD = "src/test/resources/diff/head";
    private static final String ACCEPTED = "src/test/resources/diff/accepted.json";

    @ParameterizedTest
    @CsvSource({"markdown, expected.md", "github, expected.github.txt", "text, expected.txt",
        "json, expected.json"})
    void eachFormatMatchesItsGoldenReport(String format, String golden) throws IOException {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", ACCEPTED, "--format", format);

        assertThat(run.out()).isEqualTo(Files.readString(Path.of("src/test/resources/diff", golden),
                StandardCharsets.UTF_8));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aBreakingChangeFailsAndSaysWhy() {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).endsWith("6 findings: 3 breaking, 0 warnings, 3 info from " + BASE + " to " + HEAD
                + "\n");
        assertThat(run.err()).isEqualTo("busgen diff: 3 findings at --fail-on breaking or worse, not accepted: make"
                + " the change compatible, or accept it with a reason in an accept file (--accept FILE; --write-accept"
                + " FILE drafts one)\n");
    }

    @Test
    void acceptedFindingsDoNotFailButAStaleEntryIsAWarning() {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", ACCEPTED, "--format", "markdown");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains(ACCEPTED + ":7:5: warning: stale entry: no finding FIELD_REMOVED_REQUIRED"
                + " message order.item.placed #/sku in this diff: remove the entry from the accept file\n",
                "busgen diff: 2 findings at --fail-on breaking");
    }

    @Test
    void everyBreakingFindingAcceptedPasses(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("accepted.json");
        Files.writeString(accept, """
                {"accepted": [
                  {"finding": "CONSTRAINT_TIGHTENED message order.item.placed #/quantity",
                   "reason": "all producers send two or more"},
                  {"finding": "MESSAGE_REMOVED message order.item.cancelled #",
                   "reason": "nobody published it since 3.0"},
                  {"finding": "FIELD_MADE_OPTIONAL response order.item.placed #/accepted",
                   "reason": "every requester reads it as optional"}
                ]}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("    accepted: nobody published it since 3.0\n")
                .endsWith("(3 accepted) from " + BASE + " to " + HEAD + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writeAcceptDraftsTheFileAndOnceTheReasonsAreWrittenInTheDiffPasses(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("accepted.json");

        CliRun draft = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--write-accept", accept.toString());

        assertThat(draft.exitCode()).as("nothing is accepted yet").isEqualTo(ExitCodes.FINDINGS);
        assertThat(draft.err()).startsWith("busgen diff: wrote " + accept + ": 3 entries, 3 with an empty \"reason\":"
                + " write in why the team accepts each change, then pass the file with --accept " + accept + "\n");
        assertThat(Files.readString(accept, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "accepted": [
                    {
                      "finding": "MESSAGE_REMOVED message order.item.cancelled #",
                      "reason": ""
                    },
                    {
                      "finding": "CONSTRAINT_TIGHTENED message order.item.placed #/quantity",
                      "reason": ""
                    },
                    {
                      "finding": "FIELD_MADE_OPTIONAL response order.item.placed #/accepted",
                      "reason": ""
                    }
                  ]
                }
                """);

        // Unfilled, the file is refused, each empty reason located.
        CliRun unfilled = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(unfilled.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unfilled.err()).isEqualTo(
                accept + ":5:17: #/accepted/0/reason: the reason is empty: write why the team accepts the change\n"
                + accept + ":9:17: #/accepted/1/reason: the reason is empty: write why the team accepts the change\n"
                + accept + ":13:17: #/accepted/2/reason: the reason is empty: write why the team accepts the change\n"
                + "busgen: error: 3 problems in the accept file " + accept + " (listed above)\n");

        // The team writes the reasons in: the same diff passes, every finding shown with its reason.
        String filled = Files.readString(accept, StandardCharsets.UTF_8);
        for (String reason : List.of("nobody publishes it since 3.0", "producers send two or more",
                "requesters read it as optional")) {
            filled = filled.replaceFirst("\"reason\": \"\"", "\"reason\": \"" + reason + "\"");
        }
        Files.writeString(accept, filled, StandardCharsets.UTF_8);

        CliRun accepted = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCodes.OK);
        assertThat(accepted.out()).contains("    accepted: nobody publishes it since 3.0\n",
                "    accepted: producers send two or more\n", "    accepted: requesters read it as optional\n");
        assertThat(accepted.err()).isEmpty();

        // Drafting again over the same file keeps every reason and adds nothing.
        CliRun again = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString(),
                "--write-accept", accept.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.err()).isEqualTo("busgen diff: wrote " + accept + ": 3 entries\n");
        assertThat(Files.readString(accept, StandardCharsets.UTF_8)).isEqualTo(filled);
    }

    @Test
    void writeAcceptKeepsWhatStillMatchesDropsStaleEntriesAndFollowsFailOn(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("draft.json");

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", ACCEPTED, "--fail-on",
                "warning", "--write-accept", accept.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(accept, StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "accepted": [
                    {
                      "finding": "CONSTRAINT_TIGHTENED message order.item.placed #/quantity",
                      "reason": "every producer already sends at least two items since release 4.2"
                    },
                    {
                      "finding": "MESSAGE_REMOVED message order.item.cancelled #",
                      "reason": ""
                    },
                    {
                      "finding": "FIELD_MADE_OPTIONAL response order.item.placed #/accepted",
                      "reason": ""
                    }
                  ]
                }
                """);
        assertThat(run.err()).contains("busgen diff: wrote " + accept + ": 3 entries, 2 with an empty \"reason\"");
    }

    @Test
    void aLinePastedFromEachReportAcceptsItsFinding(@TempDir Path dir) throws IOException {
        String text = CliRun.of("diff", "--base", BASE, "--head", HEAD).out();
        String textLine = text.lines().filter(l -> l.contains("FIELD_MADE_OPTIONAL")).findFirst().orElseThrow();
        JsonNode json = JsonMapper.builder().build().readTree(CliRun.of("diff", "--base", BASE, "--head", HEAD,
                "--format", "json").out());
        String jsonFinding = "";
        for (JsonNode finding : json.get("findings")) {
            if (finding.get("rule").asString().equals("MESSAGE_REMOVED")) {
                jsonFinding = finding.get("finding").asString();
            }
        }
        String markdown = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--format", "markdown").out();
        String markdownCell = markdown.lines().filter(l -> l.contains("CONSTRAINT_TIGHTENED")).findFirst()
                .orElseThrow().split("`")[1];
        Path accept = dir.resolve("accepted.json");
        Files.writeString(accept, "{\"accepted\": [\n"
                + "  {\"finding\": " + quote(textLine) + ", \"reason\": \"pasted from the text report\"},\n"
                + "  {\"finding\": " + quote(jsonFinding) + ", \"reason\": \"copied from the JSON report\"},\n"
                + "  {\"finding\": " + quote(markdownCell) + ", \"reason\": \"copied from the comment\"}\n"
                + "]}\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(textLine).isEqualTo("src/test/resources/diff/head/responses/order.item.placed.json:11:17:"
                + " breaking: FIELD_MADE_OPTIONAL response order.item.placed #/accepted: field made optional"
                + " [producers: info, consumers: breaking]");
        assertThat(jsonFinding).isEqualTo("MESSAGE_REMOVED message order.item.cancelled #");
        assertThat(markdownCell).isEqualTo("CONSTRAINT_TIGHTENED message order.item.placed #/quantity");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("    accepted: pasted from the text report\n",
                "    accepted: copied from the JSON report\n", "    accepted: copied from the comment\n");
    }

    @Test
    void writeAcceptRefusesAFolderAndALinkOutOfItsFolder(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("victim.json");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createSymbolicLink(repo.resolve("accepted.json"), outside);

        CliRun folder = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--write-accept", dir.toString());
        CliRun link = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--write-accept",
                repo.resolve("accepted.json").toString());

        assertThat(folder.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(folder.err()).endsWith("busgen: error: --write-accept " + dir + ": name the accept file to write"
                + " (JSON, see docs/compatibility-rules.md)\n");
        assertThat(link.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(link.err()).endsWith("busgen: error: --write-accept " + repo.resolve("accepted.json") + ": a"
                + " symbolic link to a file that does not exist: busgen writes an accept file only inside the folder"
                + " that holds it; name the file itself\n");
        assertThat(Files.exists(outside)).isFalse();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aCompatibleChangePasses(@TempDir Path dir) throws IOException {
        Path head = CliRun.copyOfShop(dir);
        edit(head.resolve("messages/order.item.placed.json"), "\"order_id\": {",
                "\"gift_wrap\": {\"type\": \"boolean\", \"default\": false},\n    \"order_id\": {");

        CliRun run = CliRun.of("diff", "--base", CliRun.shop().toString(), "--head", head.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith(head + "/messages/order.item.placed.json:12:18: info: FIELD_ADDED_OPTIONAL"
                + " message order.item.placed #/gift_wrap: field \"gift_wrap\" added as optional with default false"
                + " [producers: info, consumers: info]\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void identicalCataloguesHaveNoDifferences() {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", BASE, "--format", "markdown");

        assertThat(run.out()).isEqualTo("**busgen diff** `" + BASE + "` → `" + BASE + "`: no differences\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @ParameterizedTest
    @CsvSource({"breaking, 0", "warning, 1", "never, 0"})
    void failOnDecidesWhichLevelFails(String failOn, int exitCode, @TempDir Path dir) throws IOException {
        Path head = CliRun.copyOfShop(dir);
        // The response's "accepted" loses its place in required; its default stays absent: consumers breaking.
        // Here instead: a default added to order_id, which only changes meaning (warning).
        edit(head.resolve("messages/order.item.placed.json"), "\"order_id\": {\n      \"type\": \"string\"",
                "\"order_id\": {\n      \"type\": \"string\",\n      \"default\": \"none\"");

        CliRun run = CliRun.of("diff", "--base", CliRun.shop().toString(), "--head", head.toString(), "--fail-on",
                failOn);

        assertThat(run.out()).contains(": warning: DEFAULT_ADDED message order.item.placed #/order_id: default"
                + " \"none\" added [producers: warning, consumers: info]");
        assertThat(run.exitCode()).isEqualTo(exitCode);
    }

    @Test
    void jsonCarriesBothSidesOfEveryFinding() {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--format", "json");

        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("counts").get("breaking").asInt()).isEqualTo(3);
        List<String> sides = new ArrayList<>();
        report.get("findings").forEach(f -> sides.add(f.get("rule").asString() + " " + f.get("producers").asString()
                + "/" + f.get("consumers").asString() + " " + f.get("location").get("side").asString()));
        assertThat(sides).contains("MESSAGE_REMOVED breaking/warning base", "FIELD_MADE_OPTIONAL info/breaking head");
        assertThat(run.err()).contains("3 findings at --fail-on breaking");
    }

    @Test
    void anAcceptFileIsReadFromStandardInputAsDash() {
        CliRun run = CliRun.withStdin("{\"accepted\": [{\"finding\": \"FIELD_MADE_OPTINAL message m.n.o #\","
                + " \"reason\": \"x\"}]}", "diff", "--base", BASE, "--head", HEAD, "--accept", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("-:1:27: #/accepted/0/finding: unknown rule \"FIELD_MADE_OPTINAL\": did you"
                + " mean \"FIELD_MADE_OPTIONAL\"?\n");
    }

    @Test
    void anAcceptFolderIsAUsageErrorThatNamesTheAcceptFile(@TempDir Path dir) {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).isEqualTo("busgen: error: --accept " + dir + ": a directory, not a file; name the accept"
                + " file (JSON, see docs/compatibility-rules.md), or - for standard input\n");
    }

    @Test
    void aBrokenAcceptFileIsAUsageErrorWithEveryProblemLocated(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("accepted.json");
        Files.writeString(accept, """
                {"accepted": [
                  {"finding": "FIELD_MADE_OPTINAL message order.item.placed #/quantity", "reason": "x"},
                  {"finding": "MESSAGE_REMOVED message order.item.cancelled /quantity", "reasons": "x"},
                  {"rule": "MESSAGE_REMOVED", "message": "order.item.cancelled", "pointer": "", "reason": "x"},
                  {"finding": "MESSAGE_ADDED message order.item.returned #", "reason": " "},
                  {"finding": "MESSAGE_REMOVED message order.item.cancelled #", "reason": "gone since 3.0"},
                  {"finding": "MESSAGE_REMOVED message order.item.cancelled #", "reason": "said twice"}
                ], "version": 2}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                accept + ":2:15: #/accepted/0/finding: unknown rule \"FIELD_MADE_OPTINAL\": did you mean"
                        + " \"FIELD_MADE_OPTIONAL\"?\n"
                + accept + ":3:3: #/accepted/1: missing \"reason\": why the team accepts the change\n"
                + accept + ":3:15: #/accepted/1/finding: \"/quantity\" is not a pointer as reports print it: start"
                        + " it with '#', as in \"#/customer_id\", or write \"#\" for the body itself\n"
                + accept + ":3:84: #/accepted/1/reasons: unknown member \"reasons\": did you mean \"reason\"?\n"
                + accept + ":4:3: #/accepted/2: missing \"finding\": the finding as reports print it, such as"
                        + " \"FIELD_ADDED_REQUIRED message shop.order.placed #/customer_id\"\n"
                + accept + ":4:12: #/accepted/2/rule: unknown member \"rule\": name the finding in one string, as"
                        + " reports print it: {\"finding\": \"RULE message routing.key #/pointer\", \"reason\":"
                        + " \"why\"}\n"
                + accept + ":4:42: #/accepted/2/message: unknown member \"message\": name the finding in one"
                        + " string, as reports print it: {\"finding\": \"RULE message routing.key #/pointer\","
                        + " \"reason\": \"why\"}\n"
                + accept + ":4:77: #/accepted/2/pointer: unknown member \"pointer\": name the finding in one"
                        + " string, as reports print it: {\"finding\": \"RULE message routing.key #/pointer\","
                        + " \"reason\": \"why\"}\n"
                + accept + ":5:72: #/accepted/3/reason: the reason is empty: write why the team accepts the"
                        + " change\n"
                + accept + ":7:3: #/accepted/5: the finding MESSAGE_REMOVED message order.item.cancelled # is"
                        + " accepted twice (also on line 6): keep one entry\n"
                + accept + ":8:15: #/version: unknown member \"version\": an accept file holds only"
                        + " \"accepted\"\n"
                + "busgen: error: 11 problems in the accept file " + accept + " (listed above)\n");
    }

    @Test
    void aVersionWithLintProblemsIsAnError(@TempDir Path dir) throws IOException {
        Path broken = CliRun.brokenShop(dir);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown keyword", "busgen: error: 1 problem in " + broken);
    }

    @Test
    void unknownFormatAndLevelAreUsageErrors() {
        CliRun format = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--format", "html");
        CliRun failOn = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--fail-on", "info");

        assertThat(format.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(format.err()).startsWith("busgen: error: --format html: choose one of text, markdown, json,"
                + " github\n");
        assertThat(failOn.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(failOn.err()).startsWith("busgen: error: --fail-on info: choose one of breaking, warning,"
                + " never\n");
    }

    @Test
    void aMissingFolderNamesTheOption(@TempDir Path dir) {
        String missing = dir.resolve("nothing").toString();

        CliRun run = CliRun.of("diff", "--base", missing, "--head", HEAD);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).isEqualTo("busgen: error: --base " + missing + ": no such directory; point --base at"
                + " a catalogue folder (one holding catalog.json, messages/, responses/ and defs/)\n");
    }

    // ---- git: bases -----------------------------------------------------------------------------------------------

    @Test
    void theBaseIsReadFromAGitRevisionWithoutTouchingTheWorkTree(@TempDir Path repo) throws Exception {
        Path head = gitRepositoryWithShop(repo);
        edit(head.resolve("messages/order.item.placed.json"), "\"required\": [\"order_id\", \"quantity\"]",
                "\"required\": [\"order_id\"]");
        String statusBefore = git(repo, "status", "--porcelain");

        CliRun run = CliRun.of("diff", "--base", "git:HEAD:catalogue/shop", "--head", head.toString(), "--repo",
                repo.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith(head + "/messages/order.item.placed.json:15:17: breaking: FIELD_MADE_OPTIONAL"
                + " message order.item.placed #/quantity: field made optional [producers: info, consumers:"
                + " breaking]\n")
                .endsWith("from HEAD:catalogue/shop to " + head + "\n");
        assertThat(git(repo, "status", "--porcelain")).isEqualTo(statusBefore);
    }

    @Test
    void aRemovedItemIsLocatedInTheGitRevision(@TempDir Path repo) throws Exception {
        Path head = gitRepositoryWithShop(repo);
        edit(head.resolve("messages/order.item.placed.json"), "\"required\": [\"order_id\", \"quantity\"]",
                "\"required\": [\"order_id\", \"quantity\"], \"additionalProperties\": false");
        edit(head.resolve("messages/order.item.placed.json"), "\"order_id\": {\n      \"type\": \"string\"\n    },",
                "");
        edit(head.resolve("messages/order.item.placed.json"), "\"required\": [\"order_id\", ", "\"required\": [");

        CliRun run = CliRun.of("diff", "--base", "git:HEAD:catalogue/shop/", "--head", head.toString(), "--repo",
                repo.toString(), "--format", "github");

        assertThat(run.out()).contains("::error title=breaking%3A FIELD_REMOVED_REQUIRED::FIELD_REMOVED_REQUIRED"
                + " message order.item.placed #/order_id: required field \"order_id\" removed (producers: info,"
                + " consumers: breaking)%0Ain the"
                + " base version at HEAD:catalogue/shop/messages/order.item.placed.json:12:17%0A");
    }

    @Test
    void anUnknownRevisionOrFolderIsAnError(@TempDir Path repo) throws Exception {
        gitRepositoryWithShop(repo);

        CliRun revision = CliRun.of("diff", "--base", "git:no-such-branch:catalogue/shop", "--head", BASE, "--repo",
                repo.toString());
        CliRun folder = CliRun.of("diff", "--base", "git:HEAD:schemas/shop", "--head", BASE, "--repo",
                repo.toString());
        CliRun malformed = CliRun.of("diff", "--base", "git:HEAD", "--head", BASE);

        assertThat(revision.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(revision.err()).startsWith("busgen: error: --base git:no-such-branch:catalogue/shop: no revision"
                + " no-such-branch in the repository at ");
        assertThat(folder.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(folder.err()).isEqualTo("busgen: error: --base git:HEAD:schemas/shop: revision HEAD has no folder"
                + " schemas/shop (the path is relative to the repository's top folder)\n");
        assertThat(malformed.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(malformed.err()).startsWith("busgen: error: --base git:HEAD: write git:REF:PATH");
    }

    @Test
    void outsideARepositoryTheErrorSaysSo(@TempDir Path notARepository) {
        assumeTrue(gitAvailable(), "git is not installed: skipping the git: base tests");

        CliRun run = CliRun.of("diff", "--base", "git:HEAD:shop", "--head", BASE, "--repo",
                notARepository.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("busgen: error: --base: git cannot read the repository at "
                + notARepository.toAbsolutePath().normalize() + " (fatal: not a git repository");
    }

    @Test
    void aCatalogueAtTheTopOfTheRepositoryIsNamedWithADot(@TempDir Path repo) throws Exception {
        assumeTrue(gitAvailable(), "git is not installed: skipping the git: base tests");
        CliRun.copyTree(CliRun.shop(), repo);
        commitAll(repo);

        for (String base : List.of("git:HEAD:.", "git:HEAD:./", "git:HEAD:")) {
            CliRun run = CliRun.of("diff", "--base", base, "--head", CliRun.shop().toString(), "--repo",
                    repo.toString());

            assertThat(run.exitCode()).as(base + ": " + run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).isEqualTo("no differences from HEAD:. to " + CliRun.shop() + "\n");
        }
    }

    @Test
    void theRepositoryDefaultsToTheCurrentFolderAndPathsToItsTop() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed: skipping the git: base tests");
        assumeTrue(new ProcessBuilder("git", "rev-parse", "--verify", "--quiet", "HEAD").start().waitFor() == 0,
                "the tests do not run inside a git checkout of busgen: skipping");

        // The tests run in cli/; the path is relative to the checkout's top folder, as in git's own REF:PATH.
        CliRun run = CliRun.of("diff", "--base", "git:HEAD:schemas/infrahub", "--head", "git:HEAD:schemas/infrahub");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("no differences from HEAD:schemas/infrahub to HEAD:schemas/infrahub\n");
    }

    @Test
    void theTemporaryCopyOfARevisionIsDeleted(@TempDir Path repo) throws Exception {
        gitRepositoryWithShop(repo);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = copiesOfHead(temp);

        CliRun run = CliRun.of("diff", "--base", "git:HEAD:catalogue/shop", "--head", BASE, "--repo", repo.toString(),
                "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(copiesOfHead(temp)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aSymbolicLinkInTheRevisionIsAnError(@TempDir Path repo) throws Exception {
        Path shop = gitRepositoryWithShop(repo);
        Path meta = shop.resolve("defs/meta.json");
        Files.move(meta, repo.resolve("meta.json"));
        Files.createSymbolicLink(meta, Path.of("../../../meta.json"));
        commitAll(repo);

        CliRun run = CliRun.of("diff", "--base", "git:HEAD:catalogue/shop", "--head", BASE, "--repo", repo.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).isEqualTo("busgen: error: --base git:HEAD:catalogue/shop: catalogue/shop/defs/meta.json"
                + " is a symbolic link in HEAD, which busgen does not follow in a git revision; copy the file instead"
                + " of linking it\n");
    }

    private static List<Path> copiesOfHead(Path temp) throws IOException {
        try (var files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("busgen-HEAD-")).toList();
        }
    }

    private static void commitAll(Path repo) throws Exception {
        if (!Files.isDirectory(repo.resolve(".git"))) {
            git(repo, "init", "-q");
        }
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=busgen", "-c", "user.email=busgen@example.com", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "the shop catalogue");
    }

    /** A git repository in {@code repo} with the shop catalogue committed at catalogue/shop; gives that folder. */
    private static Path gitRepositoryWithShop(Path repo) throws Exception {
        assumeTrue(gitAvailable(), "git is not installed: skipping the git: base tests");
        Path shop = CliRun.copyOfShop(Files.createDirectories(repo.resolve("catalogue")));
        commitAll(repo);
        return shop;
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String git(Path repo, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
        return output;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
