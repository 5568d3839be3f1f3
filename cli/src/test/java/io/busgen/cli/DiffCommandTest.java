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
                + " the change compatible, or accept it with a reason in an accept file (--accept FILE)\n");
    }

    @Test
    void acceptedFindingsDoNotFailButUnusedAcceptancesAreNoted() {
        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", ACCEPTED, "--format", "markdown");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains(ACCEPTED + ":9:5: note: accepted finding FIELD_REMOVED_REQUIRED message"
                + " order.item.placed #/sku no longer occurs: remove it from the accept file\n",
                "busgen diff: 2 findings at --fail-on breaking");
    }

    @Test
    void everyBreakingFindingAcceptedPasses(@TempDir Path dir) throws IOException {
        Path accept = dir.resolve("accepted.json");
        Files.writeString(accept, """
                {"accepted": [
                  {"rule": "CONSTRAINT_TIGHTENED", "message": "order.item.placed", "pointer": "/quantity",
                   "reason": "all producers send two or more"},
                  {"rule": "MESSAGE_REMOVED", "message": "order.item.cancelled", "pointer": "",
                   "reason": "nobody published it since 3.0"},
                  {"rule": "FIELD_MADE_OPTIONAL", "response": "order.item.placed", "pointer": "/accepted",
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
    void aCompatibleChangePasses(@TempDir Path dir) throws IOException {
        Path head = CliRun.copyOfShop(dir);
        edit(head.resolve("messages/order.item.placed.json"), "\"order_id\": {",
                "\"gift_wrap\": {\"type\": \"boolean\", \"default\": false},\n    \"order_id\": {");

        CliRun run = CliRun.of("diff", "--base", CliRun.shop().toString(), "--head", head.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith(head + "/messages/order.item.placed.json:12:18: info: order.item.placed"
                + " #/gift_wrap: field \"gift_wrap\" added as optional with default false [FIELD_ADDED_OPTIONAL,"
                + " producers: info, consumers: info]\n");
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

        assertThat(run.out()).contains(": warning: order.item.placed #/order_id: default \"none\" added"
                + " [DEFAULT_ADDED, producers: warning, consumers: info]");
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
        CliRun run = CliRun.withStdin("{\"accepted\": [{\"rule\": \"FIELD_MADE_OPTINAL\", \"message\": \"m.n.o\","
                + " \"pointer\": \"\", \"reason\": \"x\"}]}", "diff", "--base", BASE, "--head", HEAD, "--accept", "-");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("-:1:24: #/accepted/0/rule: unknown rule \"FIELD_MADE_OPTINAL\"");
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
                  {"rule": "FIELD_MADE_OPTINAL", "message": "order.item.placed", "pointer": "/quantity",
                   "reason": "x"},
                  {"rule": "MESSAGE_REMOVED", "message": "order.item.cancelled", "pointer": "quantity",
                   "reasons": "x"}
                ]}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", "--base", BASE, "--head", HEAD, "--accept", accept.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                accept + ":2:12: #/accepted/0/rule: unknown rule \"FIELD_MADE_OPTINAL\": did you mean"
                        + " \"FIELD_MADE_OPTIONAL\"?\n"
                + accept + ":4:3: #/accepted/1: missing \"reason\": why the team accepts the change\n"
                + accept + ":4:77: #/accepted/1/pointer: \"quantity\" is not a JSON pointer: start it with '/', or"
                        + " use \"\" for the body itself\n"
                + accept + ":5:15: #/accepted/1/reasons: unknown member \"reasons\": did you mean \"reason\"?\n"
                + "busgen: error: 4 problems in the accept file " + accept + " (listed above)\n");
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
        assertThat(run.out()).startsWith(head + "/messages/order.item.placed.json:15:17: breaking: order.item.placed"
                + " #/quantity: field made optional [FIELD_MADE_OPTIONAL, producers: info, consumers: breaking]\n")
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

        assertThat(run.out()).contains("::error title=breaking%3A FIELD_REMOVED_REQUIRED::order.item.placed"
                + " #/order_id: required field \"order_id\" removed (producers: info, consumers: breaking)%0Ain the"
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
