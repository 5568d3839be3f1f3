package io.busgen.generator.diff;

import io.busgen.generator.json.JsonPointer;
import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.BrokerTopology;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.UnionType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Keyword;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.Kind;
import io.busgen.runtime.internal.JsonStrings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Compares two versions of a catalogue through their models and lists every difference as a {@link Finding}.
 *
 * <p>Each message and response is walked from its body down through every field, array item and referenced type, so
 * that a change to a shared type is reported on every entry that uses it, at the place it is used there.
 */
public final class CatalogDiff {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::routingKey)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private final Catalog base;
    private final Catalog head;
    private final List<Finding> findings = new ArrayList<>();
    /** The pairs of object types being compared on the current path, which keeps recursive types finite. */
    private final Deque<String> objectsOnPath = new ArrayDeque<>();

    private Kind kind = Kind.MESSAGE;
    private String routingKey = "";

    private CatalogDiff(Catalog base, Catalog head) {
        this.base = base;
        this.head = head;
    }

    /** Every difference from {@code base} (the old version) to {@code head} (the new one), in a stable order. */
    public static List<Finding> compare(Catalog base, Catalog head) {
        CatalogDiff diff = new CatalogDiff(base, head);
        diff.compareCatalog();
        diff.compareEntries(Kind.MESSAGE, base.messages(), head.messages());
        diff.compareEntries(Kind.RESPONSE, base.responses(), head.responses());
        diff.findings.sort(ORDER);
        return List.copyOf(diff.findings);
    }

    /** What {@code catalog.json} says of every entry at once; its other members are names and documentation. */
    private void compareCatalog() {
        int was = base.info().maxPriority();
        int now = head.info().maxPriority();
        if (was != now) {
            findings.add(new Finding(Rule.MAX_PRIORITY_CHANGED, null, "", "", Side.HEAD, head.info().location(),
                    "maxPriority " + (now > was ? "raised" : "lowered") + " from " + was + " to " + now,
                    "the queue's x-max-priority changes with it, and a broker refuses to declare an existing queue"
                            + " with other arguments, so services built against either version fail to declare"
                            + " it: move to a new queue, or change it with every service stopped"));
        }
        compareBroker();
    }

    /** {@code catalog.json}'s {@code broker}: names and arguments a transport declares on the broker. */
    private void compareBroker() {
        BrokerTopology was = base.info().broker();
        BrokerTopology now = head.info().broker();
        String oldNamespace = was.namespaceOr(base.info().name());
        String newNamespace = now.namespaceOr(head.info().name());
        if (!oldNamespace.equals(newNamespace)) {
            catalogFinding(Rule.BROKER_NAMESPACE_CHANGED, "broker namespace changed from \"" + oldNamespace
                    + "\" to \"" + newNamespace + "\"", "services built against either version use other exchanges"
                    + " and queues and no longer hear each other: move every service at once, or bridge the two"
                    + " namespaces while they move");
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        was.delays().forEach((name, millis) -> {
            Long other = now.delays().get(name);
            if (other == null) {
                removed.add(name + " (" + millis + " ms)");
            } else if (!other.equals(millis)) {
                changed.add(name + " from " + millis + " to " + other + " ms");
            }
        });
        now.delays().forEach((name, millis) -> {
            if (!was.delays().containsKey(name)) {
                added.add(name + " (" + millis + " ms)");
            }
        });
        if (!added.isEmpty()) {
            catalogFinding(Rule.DELAY_ADDED, "delay queue added: " + String.join(", ", added), null);
        }
        if (!removed.isEmpty()) {
            catalogFinding(Rule.DELAY_REMOVED, "delay queue removed: " + String.join(", ", removed), "the broker"
                    + " keeps the queue and its binding until someone deletes them by hand, and services built"
                    + " against the old catalogue still publish delayed messages to it: delete it once they are gone");
        }
        if (!changed.isEmpty()) {
            catalogFinding(Rule.DELAY_CHANGED, "delay queue's time-to-live changed: " + String.join(", ", changed),
                    "the queue's x-message-ttl changes with it, and a broker refuses to declare an existing queue"
                            + " with other arguments: add a delay under a new name instead");
        }
        bindingFinding(Rule.WORK_BINDINGS_CHANGED, "work queue's bindings", was.workBindings(), now.workBindings());
        bindingFinding(Rule.BROADCAST_BINDINGS_CHANGED, "broadcast bindings", was.broadcastBindings(),
                now.broadcastBindings());
    }

    private void bindingFinding(Rule rule, String what, List<String> was, List<String> now) {
        List<String> added = now.stream().filter(p -> !was.contains(p)).toList();
        List<String> removed = was.stream().filter(p -> !now.contains(p)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        catalogFinding(rule, what + " changed: " + String.join("; ", parts), "a broker keeps every binding any"
                + " version declared until someone removes it by hand, so while both versions run, messages go where"
                + " the union of the bindings sends them: unbind removed patterns once no service declares them");
    }

    private void catalogFinding(Rule rule, String message, @Nullable String hint) {
        findings.add(new Finding(rule, null, "", "", Side.HEAD, head.info().location(), message, hint));
    }

    // ---- entries --------------------------------------------------------------------------------------------------

    private void compareEntries(Kind entryKind, List<MessageType> before, List<MessageType> after) {
        Map<String, MessageType> old = byKey(before);
        Map<String, MessageType> now = byKey(after);
        List<MessageType> removed = before.stream().filter(e -> !now.containsKey(e.routingKey())).toList();
        List<MessageType> added = after.stream().filter(e -> !old.containsKey(e.routingKey())).toList();
        for (MessageType entry : removed) {
            enter(entryKind, entry.routingKey());
            List<String> sameShape = added.stream().filter(a -> sameShape(entry, a)).map(MessageType::routingKey)
                    .toList();
            boolean message = entryKind == Kind.MESSAGE;
            String hint = message
                    ? "producers built against the old catalogue still publish it and nothing reads it any more:"
                            + " keep it, marked deprecated, until every producer has upgraded"
                    : "requesters built against the old catalogue wait for this reply and never get it, and"
                            + " responders built against it fail to reply to requests that carry no reply_to: keep"
                            + " the response until every requester has upgraded";
            if (!sameShape.isEmpty()) {
                hint = "its body has the same shape as the added " + entryKind.wireName() + " "
                        + quoted(sameShape) + ": if this is a renamed routing key, publish under both keys until"
                        + " every consumer has moved";
            }
            report(message ? Rule.MESSAGE_REMOVED : Rule.RESPONSE_REMOVED, "", Side.BASE, entry.location(),
                    entryKind.wireName() + " " + JsonStrings.quote(entry.routingKey()) + " removed", hint);
        }
        for (MessageType entry : added) {
            enter(entryKind, entry.routingKey());
            List<String> sameShape = removed.stream().filter(r -> sameShape(r, entry)).map(MessageType::routingKey)
                    .toList();
            String hint = sameShape.isEmpty() ? null : "its body has the same shape as the removed "
                    + entryKind.wireName() + " " + quoted(sameShape) + ": a renamed routing key?";
            Rule rule = Rule.MESSAGE_ADDED;
            if (entryKind == Kind.RESPONSE) {
                // A new request-reply pair is news; a reply to a request that had none changes what requesters wait
                // for.
                boolean existing = base.message(entry.routingKey()).isPresent();
                rule = existing ? Rule.RESPONSE_ADDED_TO_EXISTING_MESSAGE : Rule.RESPONSE_ADDED;
                if (existing && hint == null) {
                    hint = "responders built against the old catalogue never reply, so requesters built against the"
                            + " new one wait in vain: upgrade every responder before any requester relies on the"
                            + " reply";
                }
            }
            report(rule, "", Side.HEAD, entry.location(), entryKind.wireName() + " "
                    + JsonStrings.quote(entry.routingKey()) + " added", hint);
        }
        for (MessageType entry : before) {
            MessageType next = now.get(entry.routingKey());
            if (next != null) {
                enter(entryKind, entry.routingKey());
                compareEntry(entry, next);
            }
        }
    }

    private void enter(Kind entryKind, String key) {
        this.kind = entryKind;
        this.routingKey = key;
    }

    private void compareEntry(MessageType was, MessageType now) {
        if (was.priority() != now.priority()) {
            JsonValue declared = now.body().schema().extensions().get("x-priority");
            SourceLocation at = declared == null ? now.location() : declared.location();
            String change = "priority " + (now.priority() > was.priority() ? "raised" : "lowered") + " from "
                    + was.priority() + " to " + now.priority();
            if (kind == Kind.MESSAGE) {
                report(Rule.MESSAGE_PRIORITY_CHANGED, "", Side.HEAD, at, change, "producers built against the old"
                        + " schema keep publishing it at priority " + was.priority() + " until they upgrade");
            } else {
                report(Rule.RESPONSE_PRIORITY_CHANGED, "", Side.HEAD, at, "documented " + change
                        + " (its request's priority; a reply is sent with its own meta priority)", null);
            }
        }
        if (!was.javaName().relativeName().equals(now.javaName().relativeName())) {
            // The body's own type (x-java-name on the file's root); nested and shared types are compared where used.
            report(Rule.JAVA_NAME_CHANGED, "", Side.HEAD, now.location(), "Java type changed from "
                    + was.javaName().relativeName() + " to " + now.javaName().relativeName(), "the wire is unchanged;"
                    + " Java code using the old type needs changing when it upgrades");
        }
        compareBodies(was, now);
    }

    private void compareBodies(MessageType was, MessageType now) {
        compareValueKeywords("", SchemaChain.of(was.body().schema(), base.schemas()),
                SchemaChain.of(now.body().schema(), head.schemas()), false, false, true, false);
        compareObject("", was.body(), now.body());
    }

    /** Whether two entries' bodies describe the same wire contract, apart from documentation and names. */
    private boolean sameShape(MessageType was, MessageType now) {
        CatalogDiff probe = new CatalogDiff(base, head);
        probe.compareBodies(was, now);
        return probe.findings.stream().allMatch(f -> f.rule() == Rule.DOCUMENTATION_CHANGED
                || f.rule() == Rule.JAVA_NAME_CHANGED);
    }

    // ---- objects and fields ---------------------------------------------------------------------------------------

    /** Compares the fields of two object types; their documentation is compared where they are used. */
    private void compareObject(String pointer, ObjectType was, ObjectType now) {
        String pair = pair(was.name(), now.name());
        if (objectsOnPath.contains(pair)) {
            return;
        }
        objectsOnPath.push(pair);
        boolean wasClosed = closed(was.schema());
        boolean nowClosed = closed(now.schema());
        if (wasClosed != nowClosed) {
            report(nowClosed ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_RELAXED, pointer, Side.HEAD,
                    now.location(), nowClosed ? "additionalProperties: false added: members other than the"
                            + " declared fields are now rejected" : "additionalProperties: false removed: members"
                            + " other than the declared fields are now allowed", null);
        } else if (!SchemaText.of(KeywordComparison.additionalProperties(was.schema()))
                .equals(SchemaText.of(KeywordComparison.additionalProperties(now.schema())))) {
            report(Rule.KEYWORD_CHANGED, pointer, Side.HEAD, now.location(), "additionalProperties changed: no rule"
                    + " of the diff judges it; review what it allows before and after by hand", null);
        }
        // Closed to undeclared members either way: additionalProperties or unevaluatedProperties false.
        boolean wasShut = wasClosed || closedToUnevaluated(was.schema());
        boolean nowShut = nowClosed || closedToUnevaluated(now.schema());
        for (Field field : was.fields()) {
            if (now.field(field.wireName()).isEmpty()) {
                fieldRemoved(pointer, field, was, now, nowShut);
            }
        }
        for (Field field : now.fields()) {
            if (was.field(field.wireName()).isEmpty()) {
                fieldAdded(pointer, field, was, now, wasShut);
            }
        }
        List<String> oldOrder = was.fields().stream().map(Field::wireName)
                .filter(name -> now.field(name).isPresent()).toList();
        List<String> newOrder = now.fields().stream().map(Field::wireName)
                .filter(name -> was.field(name).isPresent()).toList();
        if (!oldOrder.equals(newOrder)) {
            report(Rule.FIELD_ORDER_CHANGED, pointer, Side.HEAD, now.location(), "field order changed from "
                    + String.join(", ", oldOrder) + " to " + String.join(", ", newOrder), "the canonical body"
                    + " bytes change, and with them anything that hashes or signs them");
        }
        for (Field field : was.fields()) {
            now.field(field.wireName()).ifPresent(next -> compareField(JsonPointer.append(pointer, field.wireName()), field,
                    next));
        }
        objectsOnPath.pop();
    }

    private void fieldRemoved(String pointer, Field field, ObjectType was, ObjectType now, boolean nowClosed) {
        String at = JsonPointer.append(pointer, field.wireName());
        String name = JsonStrings.quote(field.wireName());
        String renamed = renameHint(field, "added", now.fields().stream()
                .filter(f -> was.field(f.wireName()).isEmpty()).toList());
        if (field.required()) {
            report(Rule.FIELD_REMOVED_REQUIRED, at, Side.BASE, field.location(), "required field " + name
                    + " removed", renamed != null ? renamed : "consumers built against the old schema require it:"
                    + " make it optional first, and remove it once every consumer has upgraded");
        } else {
            String reads = field.hasDefault()
                    ? "its default " + JsonValues.toJson(Objects.requireNonNull(field.defaultValue()))
                    : "it as absent";
            report(Rule.FIELD_REMOVED_OPTIONAL, at, Side.BASE, field.location(), "optional field " + name
                    + " removed", renamed != null ? renamed : "consumers built against the old schema will read "
                    + reads + " from now on");
        }
        if (nowClosed) {
            report(Rule.FIELD_REMOVED_FROM_CLOSED_OBJECT, at, Side.BASE, field.location(), "field " + name
                    + " removed from an object that allows no other members", "producers built against the old"
                    + " schema still send it, and consumers built against the new one reject it");
        }
    }

    private void fieldAdded(String pointer, Field field, ObjectType was, ObjectType now, boolean wasClosed) {
        String at = JsonPointer.append(pointer, field.wireName());
        String name = JsonStrings.quote(field.wireName());
        String renamed = renameHint(field, "removed", was.fields().stream()
                .filter(f -> now.field(f.wireName()).isEmpty()).toList());
        if (field.required()) {
            report(Rule.FIELD_ADDED_REQUIRED, at, Side.HEAD, field.location(), "field " + name
                    + " added as required", renamed != null ? renamed : "producers built against the old schema"
                    + " do not send it, so consumers built against the new one reject their messages: add it as"
                    + " optional, or upgrade every producer before any consumer");
        } else {
            report(Rule.FIELD_ADDED_OPTIONAL, at, Side.HEAD, field.location(), "field " + name
                    + " added as optional" + (field.hasDefault() ? " with default "
                    + JsonValues.toJson(Objects.requireNonNull(field.defaultValue())) : ""), renamed);
        }
        if (wasClosed) {
            report(Rule.FIELD_ADDED_TO_CLOSED_OBJECT, at, Side.HEAD, field.location(), "field " + name
                    + " added to an object that allowed no other members", "consumers built against the old"
                    + " schema reject messages that carry it");
        }
    }

    /** When a field was removed and another added with the same type in the same object: maybe a rename. */
    private static @Nullable String renameHint(Field field, String counterpartsWere, List<Field> counterparts) {
        List<String> same = counterparts.stream().filter(f -> f.type().equals(field.type()))
                .map(Field::wireName).toList();
        if (same.isEmpty()) {
            return null;
        }
        return "a field of the same type, " + quoted(same) + ", was " + counterpartsWere + " beside it: if this"
                + " is a rename, both sides break; keep the old name, or send both names until every consumer has"
                + " moved";
    }

    private void compareField(String pointer, Field was, Field now) {
        SourceLocation at = now.location();
        if (was.required() != now.required()) {
            if (now.required()) {
                report(Rule.FIELD_MADE_REQUIRED, pointer, Side.HEAD, at, "field made required",
                        "producers built against the old schema may leave it out");
            } else {
                report(Rule.FIELD_MADE_OPTIONAL, pointer, Side.HEAD, at, "field made optional",
                        "consumers built against the old schema reject messages that leave it out");
            }
        }
        compareDefault(pointer, was, now);
        if (was.envelope() != now.envelope() || was.inBody() != now.inBody()) {
            report(Rule.ENVELOPE_CHANGED, pointer, Side.HEAD, at, "envelope mapping changed from "
                    + envelope(was) + " to " + envelope(now), "the two sides look for the value in different"
                    + " places");
        }
        if (!was.javaName().equals(now.javaName())) {
            report(Rule.JAVA_NAME_CHANGED, pointer, Side.HEAD, at, "Java field name changed from "
                    + was.javaName() + " to " + now.javaName(), "the wire is unchanged; Java code using the old"
                    + " accessor needs changing when it upgrades");
        }
        compareValue(pointer, was.type(), now.type(), was.schema(), now.schema(), at);
    }

    private void compareDefault(String pointer, Field was, Field now) {
        JsonValue old = was.defaultValue();
        JsonValue next = now.defaultValue();
        if (old == null && next == null || old != null && next != null && JsonValues.sameValue(old, next)) {
            return;
        }
        if (old == null) {
            report(Rule.DEFAULT_ADDED, pointer, Side.HEAD, next.location(), "default " + JsonValues.toJson(next)
                    + " added", "consumers built against the new schema read " + JsonValues.toJson(next)
                    + " where producers built against the old one meant the field to be absent");
        } else if (next == null) {
            report(Rule.DEFAULT_REMOVED, pointer, Side.HEAD, now.location(), "default " + JsonValues.toJson(old)
                    + " removed", "a message without the field now means it is absent, not "
                    + JsonValues.toJson(old));
        } else {
            report(Rule.DEFAULT_CHANGED, pointer, Side.HEAD, next.location(), "default changed from "
                    + JsonValues.toJson(old) + " to " + JsonValues.toJson(next), "a message without the field"
                    + " means a different value to each side");
        }
    }

    // ---- values ---------------------------------------------------------------------------------------------------

    private void compareValue(String pointer, TypeUse was, TypeUse now, Schema wasSchema, Schema nowSchema,
            SourceLocation at) {
        SchemaChain old = SchemaChain.of(wasSchema, base.schemas());
        SchemaChain next = SchemaChain.of(nowSchema, head.schemas());
        boolean wasNullable = admitsNull(was, old);
        boolean nowNullable = admitsNull(now, next);
        // A oneOf made a union, or no longer one, admits what it did: its type change is the Java type's.
        boolean bothAnyValue = was.shape() instanceof Shape.AnyValue && now.shape() instanceof Shape.AnyValue
                || was.shape() instanceof Shape.AnyValue && isUnion(now.shape())
                || isUnion(was.shape()) && now.shape() instanceof Shape.AnyValue;
        if (wasNullable != nowNullable && !bothAnyValue) {
            if (nowNullable) {
                report(Rule.NULL_ALLOWED, pointer, Side.HEAD, at, "null now allowed",
                        "consumers built against the old schema reject null here");
            } else {
                report(Rule.NULL_DISALLOWED, pointer, Side.HEAD, at, "null no longer allowed",
                        "producers built against the old schema may send null here");
            }
        }
        if (was.shape() instanceof Shape.Named w && now.shape() instanceof Shape.Named n && w.form() == n.form()
                && objectsOnPath.contains(pair(w.name(), n.name()))) {
            // A recursive use of a type being compared further up this path: reported there, once.
            return;
        }
        Rule shapeChange = compareShape(pointer, was.shape(), now.shape(), old, next, at);
        if (shapeChange == Rule.TYPE_CHANGED) {
            // Both sides break already; the old and new type's own constraints have nothing to compare.
            compareDocumentation(pointer, wasSchema, nowSchema, nowSchema.location(), "");
            return;
        }
        // Objects with declared fields, and typed maps: their additionalProperties is compared as fields or values,
        // or is the type change (a free-form object given a value schema) reported above.
        boolean declaresFields = was.shape() instanceof Shape.Named w && w.form() == NamedType.Form.OBJECT
                && now.shape() instanceof Shape.Named n && n.form() == NamedType.Form.OBJECT
                || was.shape() instanceof Shape.MapOf || now.shape() instanceof Shape.MapOf;
        boolean unions = was.shape() instanceof Shape.Named w && w.form() == NamedType.Form.UNION
                && now.shape() instanceof Shape.Named n && n.form() == NamedType.Form.UNION;
        compareValueKeywords(pointer, old, next, shapeChange != null, wasNullable != nowNullable, declaresFields,
                unions);
        if (!(was.shape() instanceof Shape.Named) && !(now.shape() instanceof Shape.Named)) {
            // A value whose schema is referenced but names no type (a defs file holding a string): that schema's
            // own documentation. A named type's is compared with the type.
            Schema wasTarget = old.last();
            Schema nowTarget = next.last();
            if (wasTarget != wasSchema && nowTarget != nowSchema) {
                compareDocumentation(pointer, wasTarget, nowTarget, nowTarget.location(), "referenced schema's ");
            }
        }
    }

    private static boolean isUnion(Shape shape) {
        return shape instanceof Shape.Named named && named.form() == NamedType.Form.UNION;
    }

    /**
     * Compares two discriminated unions: the discriminator, the alternatives by their discriminator value (an
     * alternative whose record keeps its name but whose value changed is one finding), and each kept alternative's
     * record, whose fields stand at the union's place.
     */
    private void compareUnion(String pointer, UnionType was, UnionType now, SourceLocation at) {
        if (!was.discriminator().equals(now.discriminator())) {
            report(Rule.DISCRIMINATOR_CHANGED, pointer, Side.HEAD, at, "discriminator changed from "
                    + JsonStrings.quote(was.discriminator()) + " to " + JsonStrings.quote(now.discriminator()),
                    "each side looks for the record's name in a member the other does not write");
            return;
        }
        java.util.Map<String, UnionType.Alternative> nowByValue = new java.util.LinkedHashMap<>();
        now.alternatives().forEach(a -> nowByValue.put(a.value(), a));
        java.util.Set<String> wasValues = new java.util.HashSet<>();
        was.alternatives().forEach(a -> wasValues.add(a.value()));
        java.util.Set<String> matched = new java.util.HashSet<>();
        String where = JsonPointer.append(pointer, was.discriminator());
        for (int i = 0; i < was.alternatives().size(); i++) {
            UnionType.Alternative old = was.alternatives().get(i);
            UnionType.Alternative kept = nowByValue.get(old.value());
            if (kept == null) {
                // The same record (a shared one keeps its name), or the alternative at the same place, under a
                // value the old union did not have.
                UnionType.Alternative samePlace = i < now.alternatives().size() ? now.alternatives().get(i) : null;
                kept = now.alternatives().stream().filter(a -> !wasValues.contains(a.value())
                        && !matched.contains(a.value()) && (a.type().equals(old.type()) || a == samePlace))
                        .findFirst().orElse(null);
                if (kept != null) {
                    report(Rule.DISCRIMINATOR_VALUE_CHANGED, where, Side.HEAD, at, "alternative "
                            + kept.type().simpleName() + " is now " + JsonStrings.quote(kept.value()) + ", not "
                            + JsonStrings.quote(old.value()), "each side reads the other's value as unknown");
                } else {
                    report(Rule.UNION_ALTERNATIVE_REMOVED, where, Side.HEAD, at, "alternative "
                            + JsonStrings.quote(old.value()) + " (" + old.type().simpleName() + ") removed",
                            "producers built against the old schema may send it; the new schema rejects it");
                    continue;
                }
            }
            matched.add(kept.value());
            if (!old.type().simpleName().equals(kept.type().simpleName())) {
                report(Rule.JAVA_NAME_CHANGED, pointer, Side.HEAD, at, "Java type of alternative "
                        + JsonStrings.quote(kept.value()) + " changed from " + old.type().simpleName() + " to "
                        + kept.type().simpleName(), "the wire is unchanged; Java code using the old type needs"
                        + " changing when it upgrades");
            }
            compareObject(pointer, base.objectType(old.type()), head.objectType(kept.type()));
        }
        for (UnionType.Alternative added : now.alternatives()) {
            if (!matched.contains(added.value())) {
                report(Rule.UNION_ALTERNATIVE_ADDED, where, Side.HEAD, at, "alternative "
                        + JsonStrings.quote(added.value()) + " (" + added.type().simpleName() + ") added",
                        "consumers built against the old schema fail to decode it: its discriminator value is"
                                + " unknown to them");
            }
        }
    }

    /**
     * Whether JSON null is allowed: what the model says, except for a value of no one Java shape, which is nullable in
     * Java whatever it allows, and whose type list says.
     */
    private static boolean admitsNull(TypeUse use, SchemaChain chain) {
        return use.shape() instanceof Shape.AnyValue ? typesAllowed(chain).contains(JsonType.NULL) : use.nullable();
    }

    /** Compares two shapes; gives the rule of the type change it reported, if any. */
    private @Nullable Rule compareShape(String pointer, Shape was, Shape now, SchemaChain wasChain,
            SchemaChain nowChain, SourceLocation at) {
        if (was instanceof Shape.Named w && now instanceof Shape.Named n && w.form() == n.form()) {
            NamedType wasType = base.type(w.name());
            NamedType nowType = head.type(n.name());
            // A nested type is named after its enclosing type too: only its own name counts here, so that renaming
            // the enclosing type is one finding, not one per nested type.
            boolean nested = wasType.origin() == NamedType.Origin.NESTED && nowType.origin() == NamedType.Origin.NESTED;
            String wasName = nested ? w.name().simpleName() : w.name().relativeName();
            String nowName = nested ? n.name().simpleName() : n.name().relativeName();
            if (!wasName.equals(nowName)) {
                report(Rule.JAVA_NAME_CHANGED, pointer, Side.HEAD, at, "Java type changed from " + wasName + " to "
                        + nowName, "the wire is unchanged; Java code using the old type needs changing when it"
                        + " upgrades");
            }
            if (nowType.schema() != nowChain.site()) {
                // A referenced type: its own documentation, beside the documentation at the place of use.
                compareDocumentation(pointer, wasType.schema(), nowType.schema(), nowType.location(),
                        "type " + n.name().relativeName() + ": ");
            }
            if (w.form() == NamedType.Form.OBJECT) {
                compareObject(pointer, (ObjectType) wasType, (ObjectType) nowType);
            } else if (w.form() == NamedType.Form.UNION) {
                compareUnion(pointer, (UnionType) wasType, (UnionType) nowType, at);
            }
            return null;
        }
        if (was instanceof Shape.AnyValue && now instanceof Shape.Named n && n.form() == NamedType.Form.UNION) {
            report(Rule.JAVA_TYPE_CHANGED, pointer, Side.HEAD, at, "oneOf made a discriminated union: the sealed"
                    + " interface " + n.name().relativeName() + " instead of any value", "the wire is unchanged; Java"
                    + " code using the old type needs changing when it upgrades");
            return null;
        }
        if (was instanceof Shape.Named w && w.form() == NamedType.Form.UNION && now instanceof Shape.AnyValue) {
            report(Rule.JAVA_TYPE_CHANGED, pointer, Side.HEAD, at, "oneOf no longer a discriminated union: any value"
                    + " instead of the sealed interface " + w.name().relativeName(), "the wire is unchanged; Java"
                    + " code using the old type needs changing when it upgrades");
            return null;
        }
        if (was instanceof Shape.ArrayOf w && now instanceof Shape.ArrayOf n) {
            Schema wasItems = wasChain.first(Schema::items);
            Schema nowItems = nowChain.first(Schema::items);
            if (wasItems != null && nowItems != null) {
                compareValue(JsonPointer.append(pointer, "*"), w.items(), n.items(), wasItems, nowItems, nowItems.location());
            } else if (!w.items().equals(n.items())) {
                Rule items = nowItems == null ? Rule.TYPE_WIDENED : Rule.TYPE_NARROWED;
                report(items, JsonPointer.append(pointer, "*"), Side.HEAD, at, "items "
                        + (nowItems == null ? "may now be any value" : "given a schema"), null);
                return items;
            }
            return null;
        }
        if (was instanceof Shape.MapOf w && now instanceof Shape.MapOf n) {
            Schema wasValues = wasChain.first(Schema::additionalProperties);
            Schema nowValues = nowChain.first(Schema::additionalProperties);
            if (wasValues != null && nowValues != null) {
                compareValue(JsonPointer.append(pointer, "*"), w.values(), n.values(), wasValues, nowValues,
                        nowValues.location());
            }
            return null;
        }
        if (was instanceof Shape.AnyValue && now instanceof Shape.AnyValue) {
            return compareTypeSets(pointer, wasChain, nowChain, at);
        }
        if (was instanceof Shape.Scalar w && now instanceof Shape.Scalar n && w.type() == n.type()
                && w.javaType() != n.javaType()) {
            compareJavaTypes(pointer, w, n, at);
            return null;
        }
        if (was.equals(now)) {
            return null;
        }
        String change = "type changed from " + describe(was) + " to " + describe(now);
        if (was instanceof Shape.FreeFormObject && now instanceof Shape.Named n
                && n.form() == NamedType.Form.OBJECT) {
            ObjectType structure = head.objectType(n.name());
            report(Rule.FREE_FORM_GIVEN_STRUCTURE, pointer, Side.HEAD, at, change, "producers built against the"
                    + " old schema may send members that do not fit the declared fields");
            for (Field field : structure.fields()) {
                if (field.required()) {
                    report(Rule.FIELD_ADDED_REQUIRED, JsonPointer.append(pointer, field.wireName()), Side.HEAD,
                            field.location(), "field " + JsonStrings.quote(field.wireName()) + " added as required",
                            "producers built against the old schema need not send it");
                }
            }
            return Rule.FREE_FORM_GIVEN_STRUCTURE;
        }
        if (was instanceof Shape.Named w && w.form() == NamedType.Form.OBJECT
                && now instanceof Shape.FreeFormObject) {
            report(Rule.OBJECT_MADE_FREE_FORM, pointer, Side.HEAD, at, change, "consumers built against the old"
                    + " schema expect the declared fields");
            return Rule.OBJECT_MADE_FREE_FORM;
        }
        if (isString(was) && isOpenEnum(now, head) || isOpenEnum(was, base) && isString(now)) {
            return null; // any string is valid before and after: OpenEnumComparison reports the Java type's change
        }
        Rule rule = narrowing(was, now) ? Rule.TYPE_NARROWED : narrowing(now, was) ? Rule.TYPE_WIDENED
                : Rule.TYPE_CHANGED;
        reportTypeChange(rule, pointer, at, change);
        return rule;
    }

    /**
     * The same JSON type held as another Java type ({@code x-java-type}, {@code catalog.json}'s {@code javaTypes}): the
     * Java type's change, and what the new type asserts or stops asserting. A string's mapped type asserts its
     * format; a {@code BigInteger} holds integers of up to 1000 digits where a {@code long} holds 64 bits, and a
     * {@code BigDecimal} any number where a {@code double} holds those within its range.
     */
    private void compareJavaTypes(String pointer, Shape.Scalar was, Shape.Scalar now, SourceLocation at) {
        report(Rule.JAVA_TYPE_CHANGED, pointer, Side.HEAD, at, "Java type changed from " + javaTypeName(was) + " to "
                + javaTypeName(now), "the wire is unchanged; Java code using the old type needs changing when it"
                + " upgrades");
        String wasFormat = was.javaType() == null ? null : was.javaType().format();
        String nowFormat = now.javaType() == null ? null : now.javaType().format();
        if (nowFormat != null && wasFormat == null) {
            report(Rule.CONSTRAINT_TIGHTENED, pointer, Side.HEAD, at, "format " + nowFormat + " now asserted (held"
                    + " as " + javaTypeName(now) + ")", "producers built against the old schema may send values"
                    + " that are not of the format");
        } else if (wasFormat != null && nowFormat == null) {
            report(Rule.CONSTRAINT_RELAXED, pointer, Side.HEAD, at, "format " + wasFormat + " no longer asserted"
                    + " (held as " + javaTypeName(now) + ")", "consumers built against the old schema reject values"
                    + " that are not of the format");
        } else if (was.type() == JsonType.INTEGER || was.type() == JsonType.NUMBER) {
            boolean wider = now.javaType() != null; // BigInteger and BigDecimal hold what long and double hold
            report(wider ? Rule.CONSTRAINT_RELAXED : Rule.CONSTRAINT_TIGHTENED, pointer, Side.HEAD, at, "range"
                    + (wider ? " widened" : " narrowed") + " from " + javaTypeName(was) + " to " + javaTypeName(now),
                    wider ? "consumers built against the old schema reject numbers beyond a " + javaTypeName(was)
                            : "producers built against the old schema may send numbers beyond a "
                            + javaTypeName(now));
        }
    }

    private static String javaTypeName(Shape.Scalar scalar) {
        if (scalar.javaType() != null) {
            return scalar.javaType().javaClass().getSimpleName();
        }
        return switch (scalar.type()) {
            case INTEGER -> "long";
            case NUMBER -> "double";
            case BOOLEAN -> "boolean";
            default -> "String";
        };
    }

    /**
     * Two values of no one Java shape ({@code "type": ["string", "integer"]}, {@code {}}): the JSON types each allows,
     * null included (such a value is always nullable in Java, so only its type list says whether JSON null is
     * allowed).
     */
    private @Nullable Rule compareTypeSets(String pointer, SchemaChain was, SchemaChain now, SourceLocation at) {
        Set<JsonType> old = typesAllowed(was);
        Set<JsonType> next = typesAllowed(now);
        if (old.equals(next)) {
            return null;
        }
        Rule rule = old.containsAll(next) ? Rule.TYPE_NARROWED : next.containsAll(old) ? Rule.TYPE_WIDENED
                : Rule.TYPE_CHANGED;
        reportTypeChange(rule, pointer, at, "types changed from " + describe(old) + " to " + describe(next));
        return rule;
    }

    private static Set<JsonType> typesAllowed(SchemaChain chain) {
        if (Boolean.FALSE.equals(chain.site().booleanValue())) {
            return EnumSet.noneOf(JsonType.class);
        }
        List<JsonType> types = chain.first(Schema::types);
        Set<JsonType> allowed = types == null ? EnumSet.allOf(JsonType.class) : EnumSet.copyOf(types);
        if (allowed.contains(JsonType.NUMBER)) {
            allowed.add(JsonType.INTEGER);
        }
        return allowed;
    }

    private static String describe(Set<JsonType> types) {
        if (types.isEmpty()) {
            return "no value at all";
        }
        return types.size() == JsonType.values().length ? "any type"
                : String.join(", ", types.stream().map(JsonType::keyword).toList());
    }

    private void reportTypeChange(Rule rule, String pointer, SourceLocation at, String change) {
        report(rule, pointer, Side.HEAD, at, change, switch (rule) {
            case TYPE_NARROWED -> "producers built against the old schema may send values the new one rejects";
            case TYPE_WIDENED -> "consumers built against the old schema reject the values the new one adds";
            default -> "neither side can read what the other sends";
        });
    }

    private static boolean isString(Shape shape) {
        return shape instanceof Shape.Scalar scalar && scalar.type() == JsonType.STRING;
    }

    private static boolean isOpenEnum(Shape shape, Catalog catalog) {
        return shape instanceof Shape.Named named && catalog.type(named.name()) instanceof EnumType enumType
                && enumType.open();
    }

    /** Whether every value of shape {@code to} is also a value of shape {@code from}, and not the reverse. */
    private static boolean narrowing(Shape from, Shape to) {
        if (from instanceof Shape.AnyValue) {
            return !(to instanceof Shape.AnyValue);
        }
        if (from instanceof Shape.FreeFormObject) {
            return to instanceof Shape.MapOf; // a typed map is a free-form object whose values have one schema
        }
        if (from instanceof Shape.Scalar f && f.type() == JsonType.NUMBER) {
            return to instanceof Shape.Scalar t && t.type() == JsonType.INTEGER;
        }
        if (from instanceof Shape.Scalar f && f.type() == JsonType.STRING) {
            return to instanceof Shape.Named t && t.form() == NamedType.Form.ENUM;
        }
        return false;
    }

    private static String describe(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalar.type().keyword();
        }
        if (shape instanceof Shape.Named named) {
            return named.form() == NamedType.Form.ENUM ? "string enum " + named.name().simpleName()
                    : "object " + named.name().simpleName();
        }
        if (shape instanceof Shape.ArrayOf) {
            return "array";
        }
        if (shape instanceof Shape.MapOf map) {
            return "map of " + describe(map.values().shape());
        }
        return shape instanceof Shape.FreeFormObject ? "free-form object" : "any value";
    }

    private void compareValueKeywords(String pointer, SchemaChain old, SchemaChain next, boolean shapeReported,
            boolean nullReported, boolean declaresFields, boolean unions) {
        KeywordComparison.compare(old, next, shapeReported, nullReported, declaresFields, unions,
                (rule, message, at) -> report(rule, pointer, Side.HEAD, at, message, hintFor(rule)));
        compareDocumentation(pointer, old.site(), next.site(), next.site().location(), "");
    }

    private static @Nullable String hintFor(Rule rule) {
        return switch (rule) {
            case CONSTRAINT_TIGHTENED, ENUM_VALUE_REMOVED ->
                    "producers built against the old schema may send values the new one rejects";
            case CONSTRAINT_RELAXED, ENUM_VALUE_ADDED ->
                    "consumers built against the old schema reject the values the new one adds";
            case CONSTRAINT_CHANGED -> "each side may send values the other rejects";
            default -> null;
        };
    }

    private void compareDocumentation(String pointer, Schema was, Schema now, SourceLocation at, String what) {
        List<String> changed = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            // "deprecated added" says what happened itself: it is not one of the things that "changed".
            if (KeywordComparison.judgement(keyword) == KeywordComparison.Judgement.DOCUMENTATION
                    && keyword != Keyword.DEPRECATED
                    && !SchemaText.of(was.value(keyword)).equals(SchemaText.of(now.value(keyword)))) {
                changed.add(keyword.keyword());
            }
        }
        String text = changed.isEmpty() ? "" : String.join(", ", changed) + " changed";
        if (was.deprecated() != now.deprecated()) {
            text = (text.isEmpty() ? "" : text + ", ") + (now.deprecated() ? "deprecated added" : "deprecated removed");
        }
        if (!text.isEmpty()) {
            report(Rule.DOCUMENTATION_CHANGED, pointer, Side.HEAD, at, what + text, null);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void report(Rule rule, String pointer, Side side, SourceLocation location, String message,
            @Nullable String hint) {
        findings.add(new Finding(rule, kind, routingKey, pointer, side, location, message, hint));
    }

    private static String pair(JavaTypeName was, JavaTypeName now) {
        return was + " -> " + now;
    }

    private static boolean closedToUnevaluated(Schema object) {
        Schema unevaluated = object.unevaluatedProperties();
        return unevaluated != null && Boolean.FALSE.equals(unevaluated.booleanValue());
    }

    private static boolean closed(Schema object) {
        Schema additional = object.additionalProperties();
        return additional != null && Boolean.FALSE.equals(additional.booleanValue());
    }

    private static String envelope(Field field) {
        if (field.envelope() == null) {
            return "body only";
        }
        return "x-envelope " + field.envelope().keyword() + (field.inBody() ? " and body" : ", not in the body");
    }

    private static Map<String, MessageType> byKey(List<MessageType> entries) {
        Map<String, MessageType> map = new TreeMap<>();
        entries.forEach(e -> map.put(e.routingKey(), e));
        return map;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(JsonStrings::quote).toList());
    }
}
