package io.busgen.generator.diff;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValue.JsonObject;
import io.busgen.generator.json.JsonValue.JsonString;
import io.busgen.generator.json.LocatedJsonReader;
import io.busgen.generator.model.Kind;
import io.busgen.generator.source.Problem;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an accept file: the findings a team has agreed to, committed beside the catalogue.
 *
 * <pre>{@code
 * {
 *   "accepted": [
 *     {
 *       "rule": "FIELD_REMOVED_OPTIONAL",
 *       "message": "request.proposed_change.refresh_artifacts",
 *       "pointer": "/branch_diff/diff_summary",
 *       "reason": "no consumer reads the diff summary since 1.1"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Each entry names a finding by its {@link FindingKey}: the rule, {@code message} or {@code response} with the
 * routing key (neither for a rule that concerns the whole catalogue, such as {@code MAX_PRIORITY_CHANGED}), and the
 * pointer ({@code ""} for the body itself), with the reason it is accepted.
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

    private static final Set<String> ENTRY_KEYS = Set.of("rule", "message", "response", "pointer", "reason");
    private static final List<String> RULE_IDS = Arrays.stream(Rule.values()).map(Rule::id).toList();

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
                    + " {\"accepted\": [{\"rule\": ..., \"message\": ..., \"pointer\": ..., \"reason\": ...}]}");
            return List.of();
        }
        for (String key : object.members().keySet()) {
            if (!key.equals("accepted")) {
                problems.report(object.members().get(key).location(), "unknown member \"" + key
                        + "\": an accept file holds only \"accepted\"");
            }
        }
        List<AcceptedFinding> accepted = new ArrayList<>();
        for (JsonValue element : list.elements()) {
            entry(element).ifPresent(accepted::add);
        }
        return accepted;
    }

    private Optional<AcceptedFinding> entry(JsonValue element) {
        if (!(element instanceof JsonObject entry)) {
            problems.report(element.location(), "each accepted finding is an object with \"rule\", \"message\""
                    + " (or \"response\"), \"pointer\" and \"reason\"");
            return Optional.empty();
        }
        boolean sound = true;
        for (var member : entry.members().entrySet()) {
            if (!ENTRY_KEYS.contains(member.getKey())) {
                problems.report(member.getValue().location(), "unknown member \"" + member.getKey() + "\""
                        + Suggestions.nearest(member.getKey(), ENTRY_KEYS).map(s -> ": did you mean \"" + s + "\"?")
                        .orElse(": an accepted finding has \"rule\", \"message\" (or \"response\"), \"pointer\""
                                + " and \"reason\""));
                sound = false;
            }
        }
        Optional<String> ruleId = text(entry, "rule", "the rule ID, such as \"FIELD_REMOVED_OPTIONAL\"");
        Optional<Rule> rule = ruleId.flatMap(id -> Arrays.stream(Rule.values()).filter(r -> r.id().equals(id))
                .findFirst());
        if (ruleId.isPresent() && rule.isEmpty()) {
            problems.report(entry.members().get("rule").location(), "unknown rule \"" + ruleId.get() + "\""
                    + Suggestions.nearest(ruleId.get(), RULE_IDS).map(s -> ": did you mean \"" + s + "\"?")
                    .orElse(": docs/compatibility-rules.md lists the rules"));
        }
        boolean isMessage = entry.has("message");
        boolean catalogWide = rule.isPresent() && rule.get().concernsCatalog();
        if (catalogWide && (isMessage || entry.has("response"))) {
            problems.report(entry.location(), rule.get().id() + " concerns the catalogue as a whole: leave out"
                    + " \"message\" and \"response\"");
            sound = false;
        } else if (!catalogWide && isMessage == entry.has("response")) {
            problems.report(entry.location(), isMessage
                    ? "name the entry with \"message\" or with \"response\", not both"
                    : "missing \"message\" (or \"response\"): the routing key of the entry the finding is in");
            sound = false;
        }
        Optional<String> routingKey = catalogWide ? Optional.of("")
                : isMessage ? text(entry, "message", "a routing key")
                : entry.has("response") ? text(entry, "response", "a routing key") : Optional.empty();
        Optional<String> pointer = text(entry, "pointer", "a JSON pointer into the body, \"\" for the body itself");
        if (pointer.isPresent() && !pointer.get().isEmpty() && !pointer.get().startsWith("/")) {
            problems.report(entry.members().get("pointer").location(), "\"" + pointer.get() + "\" is not a JSON"
                    + " pointer: start it with '/', or use \"\" for the body itself");
            sound = false;
        }
        Optional<String> reason = text(entry, "reason", "why the team accepts the change");
        if (reason.isPresent() && reason.get().isBlank()) {
            problems.report(entry.members().get("reason").location(), "the reason is empty: say why the team"
                    + " accepts the change");
            sound = false;
        }
        if (!sound || rule.isEmpty() || routingKey.isEmpty() || pointer.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
        }
        @Nullable Kind kind = catalogWide ? null : isMessage ? Kind.MESSAGE : Kind.RESPONSE;
        FindingKey key = new FindingKey(rule.get(), kind, routingKey.get(), pointer.get());
        return Optional.of(new AcceptedFinding(key, reason.get(), entry.location()));
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
