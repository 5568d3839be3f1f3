package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import io.busgen.generator.source.Suggestions;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an accept file: the findings a team has agreed to, committed beside the catalogue.
 *
 * <pre>{@code
 * {
 *   "accepted": [
 *     {
 *       "finding": "FIELD_REMOVED_OPTIONAL message request.proposed_change.pipeline #/branch_diff/diff_summary",
 *       "reason": "no consumer reads the diff summary since 1.1"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Each entry names a finding by its {@link FindingKey} written as every report prints it: the rule, {@code message}
 * or {@code response} and the routing key ({@code catalog} for a rule about the whole catalogue, such as
 * {@code MAX_PRIORITY_CHANGED}), and the pointer from {@code #} ({@code #} alone for the body itself). A whole line of
 * the text report may stand there too: the key is read from it and the rest (location, level, message) is left. Each
 * entry has a reason, which may not be empty. {@link AcceptFileDraft} writes such a file for a diff's findings.
 */
public final class AcceptFile {

    /** What reading an accept file gave: the accepted findings, or every problem in the file. */
    public record Result(List<AcceptedFinding> accepted, List<Problem> problems) {
        public Result {
            accepted = List.copyOf(accepted);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** How an entry is written, for messages that say what one is. */
    static final String SHAPE = "{\"finding\": \"RULE message routing.key #/pointer\", \"reason\": \"why\"}";
    private static final String EXAMPLE = "\"FIELD_ADDED_REQUIRED message shop.order.placed #/customer_id\"";
    private static final Set<String> ENTRY_KEYS = Set.of("finding", "reason");
    /** The members an entry was once thought to have: the finding's parts, which are one string here. */
    private static final Set<String> PARTS = Set.of("rule", "message", "response", "pointer", "kind", "routingKey");
    private static final List<String> RULE_IDS = Arrays.stream(Rule.values()).map(Rule::id).toList();
    private static final Pattern RULE_LIKE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** Where a text report line's key starts: after {@code file:line:column: level: }. */
    private static final Pattern REPORT_LEVEL = Pattern.compile(": (?:breaking|warning|info): (?=[A-Z])");

    private final Problems problems = new Problems();

    private AcceptFile() {}

    /**
     * Reads the accept file's text.
     *
     * @param file how problems name the file
     */
    public static Result read(String file, String text) {
        AcceptFile reader = new AcceptFile();
        List<AcceptedFinding> accepted = LocatedJsonReader.read(file, text, reader.problems)
                .map(reader::entries).orElse(List.of());
        return new Result(reader.problems.isEmpty() ? accepted : List.of(), reader.problems.sorted());
    }

    private List<AcceptedFinding> entries(JsonValue root) {
        if (!(root instanceof JsonObject object) || !(object.members().get("accepted") instanceof JsonArray list)) {
            problems.report(root.location(), "an accept file is an object with an \"accepted\" array:"
                    + " {\"accepted\": [" + SHAPE + "]}");
            return List.of();
        }
        for (String key : object.members().keySet()) {
            if (!key.equals("accepted")) {
                problems.report(object.members().get(key).location(), "unknown member \"" + key
                        + "\": an accept file holds only \"accepted\"");
            }
        }
        List<AcceptedFinding> accepted = new ArrayList<>();
        Map<FindingKey, AcceptedFinding> seen = new HashMap<>();
        for (JsonValue element : list.elements()) {
            Optional<AcceptedFinding> entry = entry(element);
            if (entry.isEmpty()) {
                continue;
            }
            AcceptedFinding earlier = seen.putIfAbsent(entry.get().key(), entry.get());
            if (earlier != null) {
                problems.report(element.location(), "the finding " + entry.get().key() + " is accepted twice (also"
                        + " on line " + earlier.location().line() + "): keep one entry");
            } else {
                accepted.add(entry.get());
            }
        }
        return accepted;
    }

    private Optional<AcceptedFinding> entry(JsonValue element) {
        if (!(element instanceof JsonObject entry)) {
            problems.report(element.location(), "each accepted finding is an object: " + SHAPE);
            return Optional.empty();
        }
        boolean sound = true;
        for (var member : entry.members().entrySet()) {
            String name = member.getKey();
            if (!ENTRY_KEYS.contains(name)) {
                problems.report(member.getValue().location(), "unknown member \"" + name + "\""
                        + (PARTS.contains(name) ? ": name the finding in one string, as reports print it: " + SHAPE
                        : Suggestions.nearest(name, ENTRY_KEYS).map(s -> ": did you mean \"" + s + "\"?")
                                .orElse(": an accepted finding has \"finding\" and \"reason\": " + SHAPE)));
                sound = false;
            }
        }
        Optional<FindingKey> key = text(entry, "finding", "the finding as reports print it, such as " + EXAMPLE)
                .flatMap(finding -> key(finding, entry.members().get("finding").location()));
        Optional<String> reason = text(entry, "reason", "why the team accepts the change");
        if (reason.isPresent() && reason.get().isBlank()) {
            problems.report(entry.members().get("reason").location(), "the reason is empty: write why the team"
                    + " accepts the change");
            sound = false;
        }
        if (!sound || key.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedFinding(key.get(), reason.get(), entry.location()));
    }

    /**
     * The key written in {@code text}: {@code RULE message routing.key #/pointer} (the pointer runs to the end), or a
     * text report line holding it ({@code file:line:column: level: KEY: message [...]}, the pointer ending at the
     * first {@code ": "}).
     */
    private Optional<FindingKey> key(String text, SourceLocation at) {
        String written = text.strip();
        boolean reportLine = false;
        if (!startsWithRule(written)) {
            Matcher level = REPORT_LEVEL.matcher(written);
            if (level.find()) {
                written = written.substring(level.end());
                reportLine = true;
            }
        }
        int space = written.indexOf(' ');
        String ruleId = space < 0 ? written : written.substring(0, space);
        Optional<Rule> rule = Arrays.stream(Rule.values()).filter(r -> r.id().equals(ruleId)).findFirst();
        if (rule.isEmpty()) {
            return fail(at, RULE_LIKE.matcher(ruleId).matches()
                    ? "unknown rule \"" + ruleId + "\"" + Suggestions.nearest(ruleId, RULE_IDS)
                            .map(s -> ": did you mean \"" + s + "\"?")
                            .orElse(": docs/compatibility-rules.md lists the rules")
                    : "\"" + shortened(text) + "\" is not a finding: write it as reports print it, such as " + EXAMPLE);
        }
        String rest = space < 0 ? "" : written.substring(space + 1);
        @Nullable Kind kind;
        String routingKey;
        String pointer;
        if (rest.startsWith("catalog ") || rest.equals("catalog")) {
            kind = null;
            routingKey = "";
            pointer = rest.substring("catalog".length()).strip();
        } else if (rest.startsWith("message ") || rest.startsWith("response ")) {
            kind = rest.startsWith("message ") ? Kind.MESSAGE : Kind.RESPONSE;
            String afterKind = rest.substring(kind.wireName().length() + 1);
            int end = afterKind.indexOf(' ');
            routingKey = end < 0 ? afterKind : afterKind.substring(0, end);
            pointer = end < 0 ? "" : afterKind.substring(end + 1);
        } else {
            return fail(at, "after the rule comes \"message\" or \"response\" and the routing key, or \"catalog\":"
                    + " " + EXAMPLE);
        }
        if (reportLine && pointer.contains(": ")) {
            pointer = pointer.substring(0, pointer.indexOf(": "));
        }
        if (!pointer.startsWith("#")) {
            return fail(at, pointer.isEmpty() ? "the pointer is missing: end the finding with \"#/field\" as reports"
                    + " print it, or \"#\" for the body itself"
                    : "\"" + shortened(pointer) + "\" is not a pointer as reports print it: start it with '#', as in"
                    + " \"#/customer_id\", or write \"#\" for the body itself");
        }
        pointer = pointer.substring(1);
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return fail(at, "\"#" + shortened(pointer) + "\" is not a JSON pointer: write \"#/" + shortened(pointer)
                    + "\", or \"#\" for the body itself");
        }
        if (rule.get().concernsCatalog() && (kind != null || !pointer.isEmpty())) {
            return fail(at, ruleId + " concerns the catalogue as a whole: write \"" + ruleId + " catalog #\"");
        }
        if (!rule.get().concernsCatalog() && kind == null) {
            return fail(at, ruleId + " concerns a message or a response: write \"" + ruleId + " message"
                    + " routing.key #/pointer\" (or response)");
        }
        return Optional.of(new FindingKey(rule.get(), kind, routingKey, pointer));
    }

    private static boolean startsWithRule(String text) {
        int space = text.indexOf(' ');
        return RULE_LIKE.matcher(space < 0 ? text : text.substring(0, space)).matches();
    }

    /** At most 40 characters of what the file holds: a message need not quote more of it. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private Optional<FindingKey> fail(SourceLocation at, String message) {
        problems.report(at, message);
        return Optional.empty();
    }

    private Optional<String> text(JsonObject entry, String name, String what) {
        JsonValue value = entry.members().get(name);
        if (value == null) {
            problems.report(entry.location(), "missing \"" + name + "\": " + what);
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            problems.report(value.location(), "\"" + name + "\" must be a string: " + what);
            return Optional.empty();
        }
        return Optional.of(string.value());
    }
}
