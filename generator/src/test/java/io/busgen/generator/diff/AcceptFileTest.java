package io.busgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.Problem;
import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptFileTest {

    @Test
    void entriesNameFindingsAsReportsPrintTheirKeys() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", """
                {"accepted": [
                  {"finding": "FIELD_REMOVED_OPTIONAL message a.b.c #/x/*/y", "reason": "unused"},
                  {"finding": "RESPONSE_REMOVED response a.b.c #", "reason": "no requester left"},
                  {"finding": "MAX_PRIORITY_CHANGED catalog #", "reason": "new queue from 2.0"},
                  {"finding": "  FIELD_ADDED_OPTIONAL message a.b.c #/with space: and colon  ", "reason": "odd"}
                ]}
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).extracting(AcceptedFinding::key).containsExactly(
                new FindingKey(Rule.FIELD_REMOVED_OPTIONAL, Kind.MESSAGE, "a.b.c", "/x/*/y"),
                new FindingKey(Rule.RESPONSE_REMOVED, Kind.RESPONSE, "a.b.c", ""),
                new FindingKey(Rule.MAX_PRIORITY_CHANGED, null, "", ""),
                new FindingKey(Rule.FIELD_ADDED_OPTIONAL, Kind.MESSAGE, "a.b.c", "/with space: and colon"));
        assertThat(result.accepted().get(1).reason()).isEqualTo("no requester left");
        assertThat(result.accepted().get(1).location().line()).isEqualTo(3);
    }

    @Test
    void everyKeyReadsBackAsItPrints() {
        for (FindingKey key : List.of(new FindingKey(Rule.TYPE_CHANGED, Kind.MESSAGE, "a.b.c", "/items/*/id"),
                new FindingKey(Rule.RESPONSE_ADDED, Kind.RESPONSE, "x.y.z", ""),
                new FindingKey(Rule.MAX_PRIORITY_CHANGED, null, "", ""))) {
            AcceptFile.Result result = AcceptFile.read("a.json", "{\"accepted\": [{\"finding\": \"" + key
                    + "\", \"reason\": \"r\"}]}");

            assertThat(result.accepted()).extracting(AcceptedFinding::key).as(key.toString()).containsExactly(key);
        }
    }

    @Test
    void aWholeTextReportLineIsReadForItsKey() {
        Finding finding = new Finding(Rule.FIELD_ADDED_REQUIRED, Kind.MESSAGE, "shop.order.placed", "/customer_id",
                Side.HEAD, new SourceLocation("shop/messages/shop.order.placed.json", "/properties/customer_id", 14,
                        19), "field \"customer_id\" added as required: see: docs", "a hint");
        String line = TextReport.lines(new DiffReport("base", "head", List.of(finding), List.of()), finding).get(0);

        AcceptFile.Result result = AcceptFile.read("accepted.json", "{\"accepted\": [{\"finding\": \""
                + line.replace("\"", "\\\"") + "\", \"reason\": \"pasted\"}]}");

        assertThat(line).isEqualTo("shop/messages/shop.order.placed.json:14:19: breaking: FIELD_ADDED_REQUIRED"
                + " message shop.order.placed #/customer_id: field \"customer_id\" added as required: see: docs"
                + " [producers: breaking, consumers: info]");
        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).extracting(AcceptedFinding::key).containsExactly(finding.key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
        "FIELD_ADDED_REQUIRD message a.b.c #/x => unknown rule \"FIELD_ADDED_REQUIRD\": did you mean"
                + " \"FIELD_ADDED_REQUIRED\"?",
        "accept the new field please => \"accept the new field please\" is not a finding: write it as reports print"
                + " it, such as \"FIELD_ADDED_REQUIRED message shop.order.placed #/customer_id\"",
        "FIELD_ADDED_REQUIRED messages a.b.c #/x => after the rule comes \"message\" or \"response\" and the routing"
                + " key, or \"catalog\": \"FIELD_ADDED_REQUIRED message shop.order.placed #/customer_id\"",
        "FIELD_ADDED_REQUIRED message a.b.c => the pointer is missing: end the finding with \"#/field\" as reports"
                + " print it, or \"#\" for the body itself",
        "FIELD_ADDED_REQUIRED message a.b.c /x => \"/x\" is not a pointer as reports print it: start it with '#', as"
                + " in \"#/customer_id\", or write \"#\" for the body itself",
        "FIELD_ADDED_REQUIRED message a.b.c #x => \"#x\" is not a JSON pointer: write \"#/x\", or \"#\" for the body"
                + " itself",
        "MAX_PRIORITY_CHANGED message a.b.c # => MAX_PRIORITY_CHANGED concerns the catalogue as a whole: write"
                + " \"MAX_PRIORITY_CHANGED catalog #\"",
        "MESSAGE_REMOVED catalog # => MESSAGE_REMOVED concerns a message or a response: write \"MESSAGE_REMOVED"
                + " message routing.key #/pointer\" (or response)",
    })
    void aMiswrittenFindingSaysHowToWriteIt(String finding, String message) {
        AcceptFile.Result result = AcceptFile.read("accepted.json", "{\"accepted\": [\n  {\"finding\": \"" + finding
                + "\", \"reason\": \"x\"}\n]}");

        assertThat(result.accepted()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format)
                .containsExactly("accepted.json:2:15: #/accepted/0/finding: " + message);
    }

    @Test
    void everyProblemIsReportedWithItsLocation() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", """
                {"accepted": [
                  {"finding": "MESSAGE_REMOVED message a.b.c #", "reason": "x", "pointer": "/a"},
                  {"finding": 7, "reason": " "},
                  "FIELD_ADDED_OPTIONAL message a.b.c #/x",
                  {"finding": "MESSAGE_REMOVED message a.b.c #", "reasn": "x"}
                ], "version": 1}
                """);

        assertThat(result.accepted()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "accepted.json:2:76: #/accepted/0/pointer: unknown member \"pointer\": name the finding in one"
                        + " string, as reports print it: " + AcceptFile.SHAPE,
                "accepted.json:3:15: #/accepted/1/finding: \"finding\" must be a string: the finding as reports"
                        + " print it, such as \"FIELD_ADDED_REQUIRED message shop.order.placed #/customer_id\"",
                "accepted.json:3:28: #/accepted/1/reason: the reason is empty: write why the team accepts the change",
                "accepted.json:4:3: #/accepted/2: each accepted finding is an object: " + AcceptFile.SHAPE,
                "accepted.json:5:3: #/accepted/3: missing \"reason\": why the team accepts the change",
                "accepted.json:5:59: #/accepted/3/reasn: unknown member \"reasn\": did you mean \"reason\"?",
                "accepted.json:6:15: #/version: unknown member \"version\": an accept file holds only"
                        + " \"accepted\"");
    }

    @Test
    void aFindingAcceptedTwiceIsAProblem() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", """
                {"accepted": [
                  {"finding": "MESSAGE_REMOVED message a.b.c #", "reason": "gone"},
                  {"finding": "MESSAGE_REMOVED message a.b.c #", "reason": "gone, said again"}
                ]}
                """);

        assertThat(result.problems()).extracting(Problem::format).containsExactly("accepted.json:3:3: #/accepted/1:"
                + " the finding MESSAGE_REMOVED message a.b.c # is accepted twice (also on line 2): keep one entry");
    }

    @Test
    void aFileThatIsNotAnAcceptFileSaysWhatOneIs() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", "[]");

        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "accepted.json:1:1: #: an accept file is an object with an \"accepted\" array: {\"accepted\": [{"
                        + "\"finding\": \"RULE message routing.key #/pointer\", \"reason\": \"why\"}]}");
    }

    @Test
    void malformedJsonIsReportedByPosition() {
        AcceptFile.Result result = AcceptFile.read("accepted.json", "{\"accepted\": [}");

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().extracting(Problem::format).asString()
                .startsWith("accepted.json:1:15: malformed JSON");
    }
}
