package io.busgen.generator.diff;

import static io.busgen.generator.diff.Level.BREAKING;
import static io.busgen.generator.diff.Level.INFO;
import static io.busgen.generator.diff.Level.WARNING;

/**
 * A kind of change between two versions of a catalogue, with its fixed effect on each side of the bus. The rule's name
 * is its stable ID; {@code docs/compatibility-rules.md} gives the reasoning for every rule and side.
 *
 * <p>The two sides: <b>producers</b> built against the old schema sending to consumers built against the new one, and
 * <b>consumers</b> built against the old schema reading what producers built against the new one send.
 */
public enum Rule {
    MAX_PRIORITY_CHANGED(BREAKING, BREAKING, "catalogue's maxPriority changed"),
    BROKER_NAMESPACE_CHANGED(BREAKING, BREAKING, "broker namespace changed"),
    DELAY_ADDED(INFO, INFO, "delay queue added"),
    DELAY_REMOVED(WARNING, WARNING, "delay queue removed"),
    DELAY_CHANGED(BREAKING, BREAKING, "delay queue's time-to-live changed"),
    WORK_BINDINGS_CHANGED(WARNING, WARNING, "work queue's bindings changed"),
    BROADCAST_BINDINGS_CHANGED(WARNING, WARNING, "broadcast bindings changed"),
    MESSAGE_ADDED(INFO, INFO, "message added"),
    MESSAGE_REMOVED(BREAKING, WARNING, "message removed"),
    RESPONSE_ADDED(INFO, INFO, "response added with its message"),
    RESPONSE_ADDED_TO_EXISTING_MESSAGE(BREAKING, WARNING, "response added to a message that had none"),
    RESPONSE_REMOVED(WARNING, BREAKING, "response removed"),
    MESSAGE_PRIORITY_CHANGED(WARNING, INFO, "message priority changed"),
    RESPONSE_PRIORITY_CHANGED(INFO, INFO, "response's documented priority changed"),
    FIELD_ADDED_REQUIRED(BREAKING, INFO, "field added as required"),
    FIELD_ADDED_OPTIONAL(INFO, INFO, "field added as optional"),
    FIELD_ADDED_TO_CLOSED_OBJECT(INFO, BREAKING, "field added to an object that allowed no other members"),
    FIELD_REMOVED_REQUIRED(INFO, BREAKING, "required field removed"),
    FIELD_REMOVED_OPTIONAL(INFO, WARNING, "optional field removed"),
    FIELD_REMOVED_FROM_CLOSED_OBJECT(BREAKING, INFO, "field removed from an object that allows no other members"),
    FIELD_MADE_REQUIRED(BREAKING, INFO, "field made required"),
    FIELD_MADE_OPTIONAL(INFO, BREAKING, "field made optional"),
    NULL_DISALLOWED(BREAKING, INFO, "nullable value made non-null"),
    NULL_ALLOWED(INFO, BREAKING, "non-null value made nullable"),
    TYPE_CHANGED(BREAKING, BREAKING, "type changed"),
    TYPE_NARROWED(BREAKING, INFO, "type narrowed"),
    TYPE_WIDENED(INFO, BREAKING, "type widened"),
    ENUM_VALUE_ADDED(INFO, BREAKING, "enum value added"),
    ENUM_VALUE_REMOVED(BREAKING, INFO, "enum value removed"),
    ENUM_OPENED(INFO, BREAKING, "enum made open: any string allowed beside the known values"),
    ENUM_CLOSED(BREAKING, INFO, "open enum made closed: only the listed values allowed"),
    OPEN_ENUM_VALUE_ADDED(INFO, INFO, "known value added to an open enum"),
    OPEN_ENUM_VALUE_REMOVED(WARNING, INFO, "known value removed from an open enum"),
    DEFAULT_ADDED(WARNING, INFO, "default added"),
    DEFAULT_CHANGED(WARNING, WARNING, "default changed"),
    DEFAULT_REMOVED(WARNING, WARNING, "default removed"),
    CONSTRAINT_TIGHTENED(BREAKING, INFO, "constraint tightened"),
    CONSTRAINT_RELAXED(INFO, BREAKING, "constraint relaxed"),
    CONSTRAINT_CHANGED(BREAKING, BREAKING, "constraint changed, neither tighter nor looser"),
    UNION_ALTERNATIVE_ADDED(INFO, BREAKING, "alternative added to a discriminated union"),
    UNION_ALTERNATIVE_REMOVED(BREAKING, INFO, "alternative removed from a discriminated union"),
    DISCRIMINATOR_VALUE_CHANGED(BREAKING, BREAKING, "discriminator value of a union's alternative changed"),
    DISCRIMINATOR_CHANGED(BREAKING, BREAKING, "discriminator property of a union changed"),
    FREE_FORM_GIVEN_STRUCTURE(BREAKING, INFO, "free-form object given declared fields"),
    OBJECT_MADE_FREE_FORM(INFO, BREAKING, "object's declared fields dropped: any object allowed"),
    ENVELOPE_CHANGED(BREAKING, BREAKING, "envelope mapping changed (x-envelope, x-body)"),
    FIELD_ORDER_CHANGED(INFO, INFO, "field order changed"),
    DOCUMENTATION_CHANGED(INFO, INFO,
            "documentation changed: description, title, examples, deprecated, x-enum-descriptions"),
    JAVA_NAME_CHANGED(INFO, INFO, "generated Java name changed"),
    JAVA_TYPE_CHANGED(INFO, INFO, "generated Java type changed, the wire did not"),
    KEYWORD_CHANGED(WARNING, WARNING, "a keyword no other rule covers changed");

    private final Level producers;
    private final Level consumers;
    private final String summary;

    Rule(Level producers, Level consumers, String summary) {
        this.producers = producers;
        this.consumers = consumers;
        this.summary = summary;
    }

    /** The stable ID, as accept files and reports write it. */
    public String id() {
        return name();
    }

    /** The effect on producers built against the old schema sending to consumers built against the new one. */
    public Level producers() {
        return producers;
    }

    /** The effect on consumers built against the old schema reading what producers built against the new one send. */
    public Level consumers() {
        return consumers;
    }

    /** Whether findings of this rule concern the catalogue as a whole rather than one message or response. */
    public boolean concernsCatalog() {
        return switch (this) {
            case MAX_PRIORITY_CHANGED, BROKER_NAMESPACE_CHANGED, DELAY_ADDED, DELAY_REMOVED, DELAY_CHANGED,
                    WORK_BINDINGS_CHANGED, BROADCAST_BINDINGS_CHANGED -> true;
            default -> false;
        };
    }

    /** The worse of the two sides. */
    public Level level() {
        return Level.worse(producers, consumers);
    }

    /** A few words on what changed. */
    public String summary() {
        return summary;
    }
}
