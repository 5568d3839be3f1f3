package io.busgen.generator.load;

import io.busgen.generator.json.JsonValue;
import io.busgen.generator.json.JsonValue.JsonArray;
import io.busgen.generator.json.JsonValues;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.Shape;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.source.Problems;
import io.busgen.generator.source.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The limits of the class-file format that a catalogue could reach, checked before any Java is generated so that
 * every catalogue lint accepts compiles: the constructor's 255 parameter slots, the 65,535 bytes of one string
 * constant, and the size of one enum's code.
 */
final class JavaLimits {

    /** Parameter slots of a constructor: 255, less one for {@code this}. */
    static final int CONSTRUCTOR_SLOTS = 254;
    /** Bytes of one string constant, in the class file's modified UTF-8. */
    static final int STRING_CONSTANT_BYTES = 65_535;
    /** Values of one generated enum: its static initialiser and {@code fromWireValue} must fit 64 KiB of code. */
    static final int ENUM_VALUES = 1_000;

    private final Problems problems;

    JavaLimits(Problems problems) {
        this.problems = problems;
    }

    /** Checks the types to be generated and every schema the validators are made from. */
    void check(Collection<NamedType> types, Collection<CatalogFile> files) {
        for (NamedType type : types) {
            if (type instanceof ObjectType object) {
                checkConstructor(object);
            } else if (type instanceof EnumType enumType && enumType.constants().size() > ENUM_VALUES) {
                problems.report(enumType.location(), "enum " + enumType.name().relativeName() + " has "
                        + enumType.constants().size() + " values, more than the " + ENUM_VALUES + " a generated"
                        + " Java enum holds: use a \"pattern\" or a shorter list");
            }
        }
        for (CatalogFile file : files) {
            for (Schema schema : file.document().schemas()) {
                checkStrings(schema);
            }
        }
    }

    private void checkConstructor(ObjectType type) {
        int slots = 0;
        for (Field field : type.fields()) {
            boolean wide = field.javaPrimitive() && field.type().shape() instanceof Shape.Scalar scalar
                    && scalar.type() != JsonType.BOOLEAN;
            slots += wide ? 2 : 1;
        }
        if (slots > CONSTRUCTOR_SLOTS) {
            problems.report(type.location(), type.name().relativeName() + " has " + type.fields().size()
                    + " fields, which need " + slots + " constructor parameter slots, more than the " + CONSTRUCTOR_SLOTS
                    + " a Java constructor has (a required integer or number takes two): group fields into nested"
                    + " objects");
        }
    }

    /** Strings generated code holds as constants: names, patterns, enum values, constants and defaults. */
    private void checkStrings(Schema schema) {
        for (String name : schema.properties().keySet()) {
            checkString(name, "property name", schema.location());
        }
        for (String name : schema.patternProperties().keySet()) {
            checkString(name, "pattern", schema.location());
        }
        if (schema.pattern() != null) {
            checkString(schema.pattern(), "pattern", schema.location());
        }
        List<String> keys = new ArrayList<>(schema.properties().keySet());
        keys.addAll(schema.patternProperties().keySet());
        keys.addAll(schema.defs().keySet());
        keys.addAll(schema.dependentSchemas().keySet());
        keys.addAll(schema.dependentRequired().keySet());
        schema.dependentRequired().values().forEach(keys::addAll);
        keys.addAll(schema.required());
        if (schema.pattern() != null) {
            keys.add(schema.pattern());
        }
        if (schema.format() != null) {
            keys.add(schema.format());
        }
        for (String key : keys) {
            checkSeparators(key, schema.location());
        }
        for (JsonValue value : schema.enumValues() == null ? List.<JsonValue>of() : schema.enumValues()) {
            checkSeparators(value, schema.location());
        }
        checkSeparators(schema.constValue(), schema.location());
        checkSeparators(schema.defaultValue(), schema.location());
        if (schema.enumValues() != null) {
            checkString(JsonValues.toJson(new JsonArray(schema.enumValues(), schema.location())), "list of enum values",
                    schema.location());
        }
        checkValue(schema.constValue(), "const", schema.location());
        checkValue(schema.defaultValue(), "default", schema.location());
    }

    /**
     * U+2028 and U+2029 (line and paragraph separators) in a name or value that generated code holds in a string:
     * the code generator (JavaPoet) breaks the line there, which no escaping at the call site avoids.
     */
    private void checkSeparators(@Nullable JsonValue value, SourceLocation at) {
        if (value instanceof JsonValue.JsonString s) {
            checkSeparators(s.value(), at);
        } else if (value instanceof JsonValue.JsonArray array) {
            array.elements().forEach(e -> checkSeparators(e, at));
        } else if (value instanceof JsonValue.JsonObject object) {
            object.members().forEach((k, v) -> {
                checkSeparators(k, at);
                checkSeparators(v, at);
            });
        }
    }

    private void checkSeparators(String text, SourceLocation at) {
        if (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            problems.report(at, "\"" + io.busgen.generator.source.MessageText.excerpt(text) + "\" holds U+2028 or"
                    + " U+2029 (a line or paragraph separator), which generated Java cannot hold in a string: remove"
                    + " it, or write a \"pattern\" that allows it instead of a literal value");
        }
    }

    private void checkValue(JsonValue value, String what, SourceLocation at) {
        if (value != null) {
            checkString(JsonValues.toJson(value), what, at);
        }
    }

    private void checkString(String text, String what, SourceLocation at) {
        // Only long strings can be too long: a character takes at most 3 bytes.
        if (text.length() * 3L > STRING_CONSTANT_BYTES && modifiedUtf8Length(text) > STRING_CONSTANT_BYTES) {
            problems.report(at, "the " + what + " is " + modifiedUtf8Length(text) + " bytes long, more than the "
                    + STRING_CONSTANT_BYTES + " of one Java string constant: shorten it");
        }
    }

    /** The length of a string in the class file's modified UTF-8: NUL and chars above U+07FF take more than one. */
    static long modifiedUtf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }
}
