package io.busgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.model.Kind;
import io.busgen.generator.source.Problem;
import org.junit.jupiter.api.Test;

class AcceptFileTest {

    @Test
    void entriesNameMessagesAndResponses() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", """
                {"accepted": [
                  {"rule": "FIELD_REMOVED_OPTIONAL", "message": "a.b.c", "pointer": "/x/*/y", "reason": "unused"},
                  {"rule": "RESPONSE_REMOVED", "response": "a.b.c", "pointer": "", "reason": "no requester left"}
                ]}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).extracting(AcceptedFinding::key).containsExactly(
                new FindingKey(Rule.FIELD_REMOVED_OPTIONAL, Kind.MESSAGE, "a.b.c", "/x/*/y"),
                new FindingKey(Rule.RESPONSE_REMOVED, Kind.RESPONSE, "a.b.c", ""));
        assertThat(result.accepted().get(1).reason()).isEqualTo("no requester left");
        assertThat(result.accepted().get(1).location().line()).isEqualTo(3);
    }

    @Test
    void aRuleAboutTheWholeCatalogueNamesNoEntry() {
        AcceptFile.Result accepted = AcceptFile.read("accepted.json", """
                {"accepted": [{"rule": "MAX_PRIORITY_CHANGED", "pointer": "", "reason": "new queue from 2.0"}]}
                """);
        AcceptFile.Result named = AcceptFile.read("accepted.json", """
                {"accepted": [{"rule": "MAX_PRIORITY_CHANGED", "message": "a.b.c", "pointer": "", "reason": "x"}]}
                """);

        assertThat(accepted.accepted()).extracting(AcceptedFinding::key).containsExactly(
                new FindingKey(Rule.MAX_PRIORITY_CHANGED, null, "", ""));
        assertThat(named.problems()).extracting(Problem::format).containsExactly("accepted.json:1:15: #/accepted/0:"
                + " MAX_PRIORITY_CHANGED concerns the catalogue as a whole: leave out \"message\" and \"response\"");
    }

    @Test
    void everyProblemIsReportedWithItsLocation() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", """
                {"accepted": [
                  {"rule": "MESSAGE_REMOVED", "message": "a.b.c", "response": "a.b.c", "pointer": "", "reason": "x"},
                  {"rule": 7, "pointer": "", "reason": " "},
                  "FIELD_ADDED_OPTIONAL"
                ], "version": 1}
                """);

        assertThat(result.accepted()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "accepted.json:2:3: #/accepted/0: name the entry with \"message\" or with \"response\", not both",
                "accepted.json:3:3: #/accepted/1: missing \"message\" (or \"response\"): the routing key of the"
                        + " entry the finding is in",
                "accepted.json:3:12: #/accepted/1/rule: \"rule\" must be a string: the rule ID, such as"
                        + " \"FIELD_REMOVED_OPTIONAL\"",
                "accepted.json:3:40: #/accepted/1/reason: the reason is empty: say why the team accepts the change",
                "accepted.json:4:3: #/accepted/2: each accepted finding is an object with \"rule\", \"message\""
                        + " (or \"response\"), \"pointer\" and \"reason\"",
                "accepted.json:5:15: #/version: unknown member \"version\": an accept file holds only"
                        + " \"accepted\"");
    }

    @Test
    void aFileThatIsNotAnAcceptFileSaysWhatOneIs() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", "[]");

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "accepted.json:1:1: #: an accept file is an object with an \"accepted\" array: {\"accepted\":"
                        + " [{\"rule\": ..., \"message\": ..., \"pointer\": ..., \"reason\": ...}]}");
    }

    @Test
    void malformedJsonIsReportedByPosition() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", "{\"accepted\": [}");

        assertThat(result.ok()).isFalse();
        assertThat(result.problems().get(0).format()).startsWith("accepted.json:1:");
    }
}
