package io.busgen.runtime.internal;

import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checks generated validators make, one keyword each, on the value a {@link JsonInput} stands on: each reports
 * its violation, worded as docs/validators.md says, at the value's pointer and the keyword's schema location. A check
 * of a keyword that does not apply to the value's type (a {@code minimum} on a string) does nothing, as in JSON
 * Schema. None moves the input, except where said.
 */
public final class Checks {

    /** Values quoted from a schema (an enum, a const) are cut after this many characters. */
    private static final int SCHEMA_VALUE_LIMIT = 80;

    private Checks() {}

    // ---- any value -------------------------------------------------------------------------------------------------

    /**
     * {@code type}, for at most one type besides {@code null}: {@code must be a string or null, not an integer}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param types the allowed types, or-ed ({@code Validation.STRING | Validation.NULL})
     */
    public static void type(JsonInput in, Violations out, String schemaLocation, int types) {
        if (!in.hasType(types)) {
            out.add(in, schemaLocation, "type", typeMessage(types, in.type()));
        }
    }

    /** How many types there are: the type constants of {@link Validation} are the bits below {@code 1 << TYPES}. */
    private static final int TYPES = 7;

    /**
     * The messages of {@link #type(JsonInput, Violations, String, int)}, by allowed types and the value's type, made
     * when first needed: a body that is refused is often refused for the same reason as the one before it. Strings
     * are immutable, so a thread that reads one another wrote sees it whole.
     */
    private static final @Nullable String[] TYPE_MESSAGES = new String[(1 << TYPES) * TYPES];

    /** {@code must be a string or null, not an integer}, for the allowed {@code types} and the value's {@code type}. */
    private static String typeMessage(int types, int type) {
        if (types >>> TYPES != 0 || Integer.bitCount(type) != 1 || type >>> TYPES != 0) {
            return "must be " + expected(types) + ", not " + Validation.typePhrase(type);
        }
        int slot = types * TYPES + Integer.numberOfTrailingZeros(type);
        String message = TYPE_MESSAGES[slot];
        if (message == null) {
            message = "must be " + expected(types) + ", not " + Validation.typePhrase(type);
            TYPE_MESSAGES[slot] = message;
        }
        return message;
    }

    /**
     * {@code type}, for several types, named in the schema's order: {@code must be an integer or a string, not null}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param types the allowed types, or-ed
     * @param expected the types as the message names them ({@code an integer or a string})
     */
    public static void type(JsonInput in, Violations out, String schemaLocation, int types, String expected) {
        if (!in.hasType(types)) {
            out.add(in, schemaLocation, "type", "must be " + expected + ", not " + in.typePhrase());
        }
    }

    /** One type and maybe null, as messages name them: {@code a string or null}. */
    private static String expected(int types) {
        int others = types & ~Validation.NULL;
        if (others == 0) {
            return "null";
        }
        String phrase = Validation.typePhrase(Integer.lowestOneBit(others));
        return (types & Validation.NULL) != 0 ? phrase + " or null" : phrase;
    }

    /**
     * {@code enum} of strings: {@code must be one of ["red","green"], not "pink"}. Reads an object or array whole,
     * to quote it.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param values the allowed strings
     */
    public static void enumValue(JsonInput in, Violations out, String schemaLocation, List<String> values) {
        if (in.type() == Validation.STRING && values.contains(in.string())) {
            return;
        }
        Object value = in.value();
        StringBuilder json = new StringBuilder("[");
        for (String allowed : values) {
            json.append(json.length() > 1 ? "," : "").append(JsonStrings.quote(allowed));
        }
        out.add(in, schemaLocation, "enum", "must be one of " + shorten(json.append(']').toString()) + ", not "
                + Validation.describe(value));
    }

    /**
     * {@code enum} of any values (JSON equality: {@code 1 == 1.0}). Reads an object or array whole.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param values the allowed values, as {@link JsonTree} holds them
     * @param json the allowed values as the schema writes them, a JSON array
     */
    public static void enumValue(JsonInput in, Violations out, String schemaLocation, List<?> values, String json) {
        Object value = in.value();
        for (Object allowed : values) {
            if (Validation.equal(value, allowed)) {
                return;
            }
        }
        out.add(in, schemaLocation, "enum", "must be one of " + shorten(json) + ", not " + Validation.describe(value));
    }

    /**
     * {@code const} of a string: {@code must be "fixed", not "other"}. Reads an object or array whole.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param constant the one allowed string
     */
    public static void constant(JsonInput in, Violations out, String schemaLocation, String constant) {
        if (in.type() == Validation.STRING && in.string().equals(constant)) {
            return;
        }
        Object value = in.value();
        out.add(in, schemaLocation, "const", "must be " + shorten(JsonStrings.quote(constant)) + ", not "
                + Validation.describe(value));
    }

    /**
     * {@code const} of any value (JSON equality). Reads an object or array whole.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param constant the one allowed value, as {@link JsonTree} holds it
     * @param json the value as the schema writes it
     */
    public static void constant(JsonInput in, Violations out, String schemaLocation, @Nullable Object constant,
            String json) {
        Object value = in.value();
        if (!Validation.equal(value, constant)) {
            out.add(in, schemaLocation, "const", "must be " + shorten(json) + ", not " + Validation.describe(value));
        }
    }

    /**
     * {@code false}, the schema no value is valid against: {@code no value is allowed here}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the schema's location
     */
    public static void nothingAllowed(JsonInput in, Violations out, String schemaLocation) {
        out.add(in, schemaLocation, "false", "no value is allowed here");
    }

    // ---- numbers --------------------------------------------------------------------------------------------------

    /**
     * That an integer fits the Java {@code long} generated code holds it in (keyword {@code int64}).
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the location of the schema of the field
     */
    public static void fitsLong(JsonInput in, Violations out, String schemaLocation) {
        if (in.hasType(Validation.NUMBER) && !Validation.fitsLong(in.number())) {
            out.add(in, schemaLocation, "int64", Validation.LONG_RANGE_MESSAGE + Validation.describe(in.number()));
        }
    }

    /**
     * That a number is within the range of the Java {@code double} generated code holds it in (keyword
     * {@code double}).
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the location of the schema of the field
     */
    public static void fitsDouble(JsonInput in, Violations out, String schemaLocation) {
        if (in.hasType(Validation.NUMBER) && !Validation.fitsDouble(in.number())) {
            out.add(in, schemaLocation, "double", Validation.DOUBLE_RANGE_MESSAGE + Validation.describe(in.number()));
        }
    }

    /**
     * {@code minimum}: {@code must be at least 1, not 0}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void minimum(JsonInput in, Violations out, String schemaLocation, long limit) {
        if (in.hasType(Validation.NUMBER) && compare(in.number(), limit) < 0) {
            out.add(in, schemaLocation, "minimum", "must be at least " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code minimum}, for a bound that is not a plain integer.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void minimum(JsonInput in, Violations out, String schemaLocation, BigDecimal limit) {
        if (in.hasType(Validation.NUMBER) && Validation.compare(in.number(), limit) < 0) {
            out.add(in, schemaLocation, "minimum", "must be at least " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code maximum}: {@code must be at most 12, not 13}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void maximum(JsonInput in, Violations out, String schemaLocation, long limit) {
        if (in.hasType(Validation.NUMBER) && compare(in.number(), limit) > 0) {
            out.add(in, schemaLocation, "maximum", "must be at most " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code maximum}, for a bound that is not a plain integer.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void maximum(JsonInput in, Violations out, String schemaLocation, BigDecimal limit) {
        if (in.hasType(Validation.NUMBER) && Validation.compare(in.number(), limit) > 0) {
            out.add(in, schemaLocation, "maximum", "must be at most " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code exclusiveMinimum}: {@code must be greater than 0, not 0}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void exclusiveMinimum(JsonInput in, Violations out, String schemaLocation, long limit) {
        if (in.hasType(Validation.NUMBER) && compare(in.number(), limit) <= 0) {
            out.add(in, schemaLocation, "exclusiveMinimum", "must be greater than " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code exclusiveMinimum}, for a bound that is not a plain integer.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void exclusiveMinimum(JsonInput in, Violations out, String schemaLocation, BigDecimal limit) {
        if (in.hasType(Validation.NUMBER) && Validation.compare(in.number(), limit) <= 0) {
            out.add(in, schemaLocation, "exclusiveMinimum", "must be greater than " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code exclusiveMaximum}: {@code must be less than 10, not 10}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void exclusiveMaximum(JsonInput in, Violations out, String schemaLocation, long limit) {
        if (in.hasType(Validation.NUMBER) && compare(in.number(), limit) >= 0) {
            out.add(in, schemaLocation, "exclusiveMaximum", "must be less than " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code exclusiveMaximum}, for a bound that is not a plain integer.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the bound, as the schema writes it
     */
    public static void exclusiveMaximum(JsonInput in, Violations out, String schemaLocation, BigDecimal limit) {
        if (in.hasType(Validation.NUMBER) && Validation.compare(in.number(), limit) >= 0) {
            out.add(in, schemaLocation, "exclusiveMaximum", "must be less than " + limit + ", not " + describe(in));
        }
    }

    /**
     * {@code multipleOf}, in exact decimal arithmetic: {@code must be a multiple of 0.01, not 0.001}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param divisor the divisor, greater than 0
     */
    public static void multipleOf(JsonInput in, Violations out, String schemaLocation, BigDecimal divisor) {
        if (in.hasType(Validation.NUMBER) && !Validation.isMultipleOf(in.number(), divisor)) {
            out.add(in, schemaLocation, "multipleOf", "must be a multiple of " + divisor.toPlainString() + ", not "
                    + describe(in));
        }
    }

    private static int compare(Object number, long limit) {
        if (number instanceof Long value) {
            return Long.compare(value, limit);
        }
        return Validation.compare(number, BigDecimal.valueOf(limit));
    }

    private static String describe(JsonInput in) {
        return Validation.describe(in.number());
    }

    // ---- strings --------------------------------------------------------------------------------------------------

    /**
     * {@code minLength}, in code points: {@code must be at least 3 characters long, not 2}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the fewest characters
     */
    public static void minLength(JsonInput in, Violations out, String schemaLocation, int limit) {
        if (in.type() == Validation.STRING) {
            int length = Validation.length(in.string());
            if (length < limit) {
                out.add(in, schemaLocation, "minLength", "must be at least " + count(limit, "character",
                        "characters") + " long, not " + length);
            }
        }
    }

    /**
     * {@code maxLength}, in code points: {@code must be at most 3 characters long, not 4}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the most characters
     */
    public static void maxLength(JsonInput in, Violations out, String schemaLocation, int limit) {
        if (in.type() == Validation.STRING) {
            int length = Validation.length(in.string());
            if (length > limit) {
                out.add(in, schemaLocation, "maxLength", "must be at most " + count(limit, "character",
                        "characters") + " long, not " + length);
            }
        }
    }

    /**
     * {@code pattern}, an ECMA-262 regular expression matched anywhere in the string. A check that spends its budget
     * is reported as such ({@link EcmaPattern#find}) and counts as a match.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param pattern the compiled pattern
     */
    public static void pattern(JsonInput in, Violations out, String schemaLocation, EcmaPattern pattern) {
        if (in.type() == Validation.STRING && !matches(pattern, in.string(), in, out, schemaLocation)) {
            out.add(in, schemaLocation, "pattern", "must match the pattern " + JsonStrings.quote(pattern.pattern()));
        }
    }

    /**
     * Whether a pattern of {@code patternProperties} matches a member's name; a spent budget is reported at the
     * member, and counts as a match.
     *
     * @param pattern the compiled pattern
     * @param text the member's name
     * @param at the input, on the member's value
     * @param out the violations
     * @param schemaLocation the pattern's location
     * @return whether the pattern matches (or its budget was spent)
     */
    public static boolean matches(EcmaPattern pattern, String text, JsonInput at, Violations out,
            String schemaLocation) {
        EcmaPattern.Outcome outcome = pattern.test(text, out.options().regexStepBudget(text.length()));
        if (outcome == EcmaPattern.Outcome.BUDGET_SPENT) {
            pattern.reportBudgetSpent(out, at.pointer(), schemaLocation);
        }
        return outcome != EcmaPattern.Outcome.NO_MATCH;
    }

    /**
     * {@code format}, when the validation asserts formats ({@link Formats}): {@code must be a valid uuid}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param format the format's name, one of {@link Formats#ASSERTED}
     */
    public static void format(JsonInput in, Violations out, String schemaLocation, String format) {
        if (out.assertFormats() && in.type() == Validation.STRING && !Formats.isValid(format, in.string())) {
            out.add(in, schemaLocation, "format", "must be a valid " + format);
        }
    }

    /**
     * {@code format} on a field generated code holds as a JDK type ({@code x-java-type}, {@code catalog.json}'s
     * {@code javaTypes}): asserted whatever the options say, since decoding refuses such a value too
     * ({@link MappedValues}); the message is {@link #format}'s.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param format the format's name, one of {@link Formats#ASSERTED}
     */
    public static void mappedFormat(JsonInput in, Violations out, String schemaLocation, String format) {
        if (in.type() == Validation.STRING && !Formats.isValid(format, in.string())) {
            out.add(in, schemaLocation, "format", MappedValues.formatMessage(format));
        }
    }

    /**
     * That an integer has no more digits than the {@link java.math.BigInteger} generated code holds it in may have
     * ({@link MappedValues#MAX_INTEGER_DIGITS}; keyword {@code limit}, as decoding refuses it).
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the location of the schema of the field
     */
    public static void fitsBigInteger(JsonInput in, Violations out, String schemaLocation) {
        if (!in.hasType(Validation.INTEGER)) {
            return;
        }
        Object number = in.number();
        BigDecimal decimal = number instanceof BigDecimal d ? d
                : number instanceof java.math.BigInteger i ? new BigDecimal(i) : null;
        if (decimal != null && !MappedValues.fitsBigInteger(decimal)) {
            out.add(in, schemaLocation, Validator.LIMIT_KEYWORD, MappedValues.BIG_INTEGER_MESSAGE
                    + Validation.describe(decimal));
        }
    }

    // ---- objects, at their end -------------------------------------------------------------------------------------

    /**
     * {@code required}, on the object whose end the input stands on: {@code required property "name" is missing},
     * once per missing property, located at the object.
     *
     * @param in the input, at the end of the object
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param names the required properties
     */
    public static void required(JsonInput in, Violations out, String schemaLocation, String... names) {
        if (in.hasAll(names)) {
            return;
        }
        for (String name : names) {
            if (!in.has(name)) {
                out.add(in, schemaLocation, "required", "required property " + JsonStrings.quote(name) + " is missing");
            }
        }
    }

    /**
     * {@code dependentRequired}: {@code property "b" is required when "a" is present}.
     *
     * @param in the input, at the end of the object
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param present the property whose presence requires the others
     * @param needed the properties it requires
     */
    public static void dependentRequired(JsonInput in, Violations out, String schemaLocation, String present,
            String... needed) {
        if (in.has(present)) {
            for (String name : needed) {
                if (!in.has(name)) {
                    out.add(in, schemaLocation, "dependentRequired", "property " + JsonStrings.quote(name)
                            + " is required when " + JsonStrings.quote(present) + " is present");
                }
            }
        }
    }

    /**
     * {@code minProperties}: {@code must have at least 2 properties, not 1}.
     *
     * @param in the input, at the end of the object
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the fewest properties
     */
    public static void minProperties(JsonInput in, Violations out, String schemaLocation, int limit) {
        int size = in.size();
        if (size < limit) {
            out.add(in, schemaLocation, "minProperties", "must have at least " + count(limit, "property",
                    "properties") + ", not " + size);
        }
    }

    /**
     * {@code maxProperties}: {@code must have at most 2 properties, not 3}.
     *
     * @param in the input, at the end of the object
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the most properties
     */
    public static void maxProperties(JsonInput in, Violations out, String schemaLocation, int limit) {
        int size = in.size();
        if (size > limit) {
            out.add(in, schemaLocation, "maxProperties", "must have at most " + count(limit, "property",
                    "properties") + ", not " + size);
        }
    }

    /**
     * {@code additionalProperties: false}, on a member the schema does not declare: {@code property "x" is not
     * allowed}, located at the member.
     *
     * @param in the input, on the member's value
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param name the member's name
     */
    public static void notAllowed(JsonInput in, Violations out, String schemaLocation, String name) {
        out.add(in, schemaLocation, "additionalProperties", "property \"" + name + "\" is not allowed");
    }

    /**
     * {@code unevaluatedProperties: false}, checked in the one pass over the members, on a member no other keyword
     * evaluates: {@code property "x" is not allowed}, located at the member.
     *
     * @param in the input, on the member's value
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param name the member's name
     */
    public static void notEvaluated(JsonInput in, Violations out, String schemaLocation, String name) {
        out.add(in, schemaLocation, "unevaluatedProperties", "property \"" + name + "\" is not allowed");
    }

    // ---- arrays, at their end --------------------------------------------------------------------------------------

    /**
     * {@code minItems}: {@code must have at least 1 item, not 0}.
     *
     * @param in the input, at the end of the array
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the fewest items
     * @param count the array's items
     */
    public static void minItems(JsonInput in, Violations out, String schemaLocation, int limit, int count) {
        if (count < limit) {
            out.add(in, schemaLocation, "minItems", "must have at least " + count(limit, "item", "items") + ", not "
                    + count);
        }
    }

    /**
     * {@code maxItems}: {@code must have at most 2 items, not 3}.
     *
     * @param in the input, at the end of the array
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the most items
     * @param count the array's items
     */
    public static void maxItems(JsonInput in, Violations out, String schemaLocation, int limit, int count) {
        if (count > limit) {
            out.add(in, schemaLocation, "maxItems", "must have at most " + count(limit, "item", "items") + ", not "
                    + count);
        }
    }

    /**
     * {@code contains} without {@code minContains}: at least one item matches.
     *
     * @param in the input, at the end of the array
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param matches how many items match the schema of {@code contains}
     */
    public static void contains(JsonInput in, Violations out, String schemaLocation, int matches) {
        if (matches < 1) {
            out.add(in, schemaLocation, "contains", "must contain at least 1 item matching \"contains\", not "
                    + matches);
        }
    }

    /**
     * {@code minContains}: {@code must contain at least 2 items matching "contains", not 1}.
     *
     * @param in the input, at the end of the array
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the fewest matching items
     * @param matches how many items match
     */
    public static void minContains(JsonInput in, Violations out, String schemaLocation, int limit, int matches) {
        if (matches < limit) {
            out.add(in, schemaLocation, "minContains", "must contain at least " + count(limit, "item", "items")
                    + " matching \"contains\", not " + matches);
        }
    }

    /**
     * {@code maxContains}: {@code must contain at most 1 item matching "contains", not 2}.
     *
     * @param in the input, at the end of the array
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param limit the most matching items
     * @param matches how many items match
     */
    public static void maxContains(JsonInput in, Violations out, String schemaLocation, int limit, int matches) {
        if (matches > limit) {
            out.add(in, schemaLocation, "maxContains", "must contain at most " + count(limit, "item", "items")
                    + " matching \"contains\", not " + matches);
        }
    }

    /**
     * {@code uniqueItems} (JSON equality): {@code items must be unique: item 2 repeats an earlier one}. Reads the
     * array whole.
     *
     * @param in the input, on the array
     * @param out the violations
     * @param schemaLocation the keyword's location
     */
    public static void uniqueItems(JsonInput in, Violations out, String schemaLocation) {
        if (in.type() != Validation.ARRAY) {
            return;
        }
        int repeated = Validation.firstDuplicate((List<?>) in.value());
        if (repeated >= 0) {
            out.add(in, schemaLocation, "uniqueItems", "items must be unique: item " + repeated
                    + " repeats an earlier one");
        }
    }

    // ---- subschemas -----------------------------------------------------------------------------------------------

    /**
     * Whether the value is valid against a subschema, whose violations are not kept (a branch of {@code anyOf}, the
     * schema of {@code contains}).
     *
     * @param in the input, on the value
     * @param out the violations of the validation (a spent pattern budget still goes there)
     * @param check the subschema's check
     * @return whether it reported no violation
     */
    public static boolean passes(JsonInput in, Violations out, SchemaCheck check) {
        Violations trial = out.discarding();
        check.check(in, trial);
        return trial.failures() == 0;
    }

    /**
     * The nullable form {@code "anyOf": [X, {"type": "null"}]}: null is valid; a value of none of X's types gets one
     * violation, {@code must be an object or null, not a string}; any other value is checked against X, and when it
     * fails, {@code must be null or match the other schema of "anyOf"} comes before X's own violations.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the location of {@code anyOf}
     * @param types X's types, at most one besides null ({@code 0} when X allows any type)
     * @param other X's check
     */
    public static void nullOr(JsonInput in, Violations out, String schemaLocation, int types,
            SchemaCheck other) {
        nullOrPhrased(in, out, schemaLocation, types, null, other);
    }

    /**
     * {@link #nullOr(JsonInput, Violations, String, int, SchemaCheck)} for an X of several types.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the location of {@code anyOf}
     * @param types X's types
     * @param expected X's types as the message names them ({@code an integer or a string})
     * @param other X's check
     */
    public static void nullOr(JsonInput in, Violations out, String schemaLocation, int types, String expected,
            SchemaCheck other) {
        nullOrPhrased(in, out, schemaLocation, types, expected, other);
    }

    /** {@code nullOr}, with X's types phrased only for a violation ({@code expected} null: from {@code types}). */
    private static void nullOrPhrased(JsonInput in, Violations out, String schemaLocation, int types,
            @Nullable String expected, SchemaCheck other) {
        if (in.type() == Validation.NULL) {
            return;
        }
        if (types != 0 && !in.hasType(types)) {
            out.add(in, schemaLocation, "anyOf", "must be " + (expected != null ? expected : expected(types))
                    + " or null, not " + in.typePhrase());
            return;
        }
        int position = out.position();
        int failures = out.failures();
        other.check(in, out);
        if (out.failures() > failures) {
            out.insert(position, in, schemaLocation, "anyOf", "must be null or match the other schema of \"anyOf\"");
        }
    }

    /**
     * {@code anyOf}: {@code must match at least one of the 2 schemas of "anyOf"}, the branches' own violations not
     * kept.
     *
     * @param in the input, on the start of the value; made by {@link JsonInput#buffered} when there are several
     *     branches, each of which reads it {@link JsonInput#again}
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param branches the checks of the branches
     */
    public static void anyOf(JsonInput in, Violations out, String schemaLocation, SchemaCheck... branches) {
        for (int i = 0; i < branches.length; i++) {
            if (passes(i == 0 ? in : in.again(), out, branches[i])) {
                return;
            }
        }
        out.add(in, schemaLocation, "anyOf", branches.length == 1 ? "must match the schema of \"anyOf\""
                : "must match at least one of the " + branches.length + " schemas of \"anyOf\"");
    }

    /**
     * {@code oneOf}: {@code must match exactly one of the 2 schemas of "oneOf", not 0}.
     *
     * @param in the input, as for {@link #anyOf}
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param branches the checks of the branches
     */
    public static void oneOf(JsonInput in, Violations out, String schemaLocation, SchemaCheck... branches) {
        int matched = 0;
        for (int i = 0; i < branches.length; i++) {
            if (passes(i == 0 ? in : in.again(), out, branches[i])) {
                matched++;
            }
        }
        if (matched != 1) {
            out.add(in, schemaLocation, "oneOf", branches.length == 1 ? "must match the schema of \"oneOf\""
                    : "must match exactly one of the " + branches.length + " schemas of \"oneOf\", not " + matched);
        }
    }

    /**
     * {@code not}: {@code must not match the schema of "not"}.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param check the check of the schema of {@code not}
     */
    public static void not(JsonInput in, Violations out, String schemaLocation, SchemaCheck check) {
        if (passes(in, out, check)) {
            out.add(in, schemaLocation, "not", "must not match the schema of \"not\"");
        }
    }

    /**
     * {@code if}, {@code then} and {@code else}: the value is checked against {@code then} when it is valid against
     * {@code if}, against {@code else} otherwise.
     *
     * @param in the input, made by {@link JsonInput#buffered}: it is read twice
     * @param out the violations
     * @param condition the check of {@code if}
     * @param then the check of {@code then}, or null
     * @param otherwise the check of {@code else}, or null
     */
    public static void ifThenElse(JsonInput in, Violations out, SchemaCheck condition,
            @Nullable SchemaCheck then, @Nullable SchemaCheck otherwise) {
        SchemaCheck chosen = passes(in, out, condition) ? then : otherwise;
        if (chosen != null) {
            chosen.check(in.again(), out);
        }
    }

    /**
     * {@code dependentSchemas}: when the object has the property, it is checked against the schema too.
     *
     * @param in the input, made by {@link JsonInput#buffered}: it is read twice
     * @param out the violations
     * @param property the property whose presence applies the schema
     * @param check the schema's check
     */
    public static void dependentSchema(JsonInput in, Violations out, String property, SchemaCheck check) {
        if (in.value() instanceof java.util.Map<?, ?> object && object.containsKey(property)) {
            check.check(in.again(), out);
        }
    }

    // ---- what other keywords did not evaluate ---------------------------------------------------------------------

    /**
     * A subschema applied in place ({@code $ref}, a branch of {@code allOf}) below a schema that tracks what is
     * evaluated: its violations are reported, and what it evaluated counts only when it reports none.
     *
     * @param in the input, on the value
     * @param out the violations
     * @param seen what the schema evaluated so far
     * @param check the subschema's check
     * @return whether the subschema passed
     */
    public static boolean evaluating(JsonInput in, Violations out, Evaluated seen, EvaluatingCheck check) {
        Evaluated own = new Evaluated();
        int failures = out.failures();
        check.check(in, out, own);
        if (out.failures() != failures) {
            return false;
        }
        seen.addAll(own);
        return true;
    }

    /** {@link #passes}, keeping what the subschema evaluated when it passed. */
    private static boolean passes(JsonInput in, Violations out, Evaluated seen, EvaluatingCheck check) {
        Evaluated own = new Evaluated();
        Violations trial = out.discarding();
        check.check(in, trial, own);
        if (trial.failures() != 0) {
            return false;
        }
        seen.addAll(own);
        return true;
    }

    /**
     * {@link #anyOf(JsonInput, Violations, String, SchemaCheck...)} below a schema that tracks what is evaluated:
     * every branch is tried, and each that passes counts.
     *
     * @param in the input, as for {@link #anyOf(JsonInput, Violations, String, SchemaCheck...)}
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param seen what the schema evaluated so far
     * @param branches the checks of the branches
     */
    public static void anyOf(JsonInput in, Violations out, String schemaLocation, Evaluated seen,
            EvaluatingCheck... branches) {
        boolean matched = false;
        for (int i = 0; i < branches.length; i++) {
            matched |= passes(i == 0 ? in : in.again(), out, seen, branches[i]);
        }
        if (!matched) {
            out.add(in, schemaLocation, "anyOf", branches.length == 1 ? "must match the schema of \"anyOf\""
                    : "must match at least one of the " + branches.length + " schemas of \"anyOf\"");
        }
    }

    /**
     * {@link #nullOr(JsonInput, Violations, String, int, String, SchemaCheck)} below a schema that tracks what is
     * evaluated: X counts when it passes.
     *
     * @param in the input
     * @param out the violations
     * @param schemaLocation the location of {@code anyOf}
     * @param types X's types ({@code 0} when X allows any type)
     * @param expected X's types as the message names them
     * @param seen what the schema evaluated so far
     * @param other X's check
     */
    public static void nullOr(JsonInput in, Violations out, String schemaLocation, int types, String expected,
            Evaluated seen, EvaluatingCheck other) {
        Evaluated own = new Evaluated();
        int failures = out.failures();
        nullOr(in, out, schemaLocation, types, expected, (value, violations) -> other.check(value, violations, own));
        if (out.failures() == failures) {
            seen.addAll(own);
        }
    }

    /**
     * {@link #oneOf(JsonInput, Violations, String, SchemaCheck...)} below a schema that tracks what is evaluated: the
     * branch that passes counts.
     *
     * @param in the input, as for {@link #anyOf(JsonInput, Violations, String, SchemaCheck...)}
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param seen what the schema evaluated so far
     * @param branches the checks of the branches
     */
    public static void oneOf(JsonInput in, Violations out, String schemaLocation, Evaluated seen,
            EvaluatingCheck... branches) {
        int matched = 0;
        for (int i = 0; i < branches.length; i++) {
            if (passes(i == 0 ? in : in.again(), out, seen, branches[i])) {
                matched++;
            }
        }
        if (matched != 1) {
            out.add(in, schemaLocation, "oneOf", branches.length == 1 ? "must match the schema of \"oneOf\""
                    : "must match exactly one of the " + branches.length + " schemas of \"oneOf\", not " + matched);
        }
    }

    /**
     * {@link #ifThenElse(JsonInput, Violations, SchemaCheck, SchemaCheck, SchemaCheck)} below a schema that tracks
     * what is evaluated: {@code if} counts when the value is valid against it, and so does the branch then applied
     * when it passes.
     *
     * @param in the input, made by {@link JsonInput#buffered}: it is read twice
     * @param out the violations
     * @param seen what the schema evaluated so far
     * @param condition the check of {@code if}
     * @param then the check of {@code then}, or null
     * @param otherwise the check of {@code else}, or null
     */
    public static void ifThenElse(JsonInput in, Violations out, Evaluated seen, EvaluatingCheck condition,
            @Nullable EvaluatingCheck then, @Nullable EvaluatingCheck otherwise) {
        EvaluatingCheck chosen = passes(in, out, seen, condition) ? then : otherwise;
        if (chosen != null) {
            evaluating(in.again(), out, seen, chosen);
        }
    }

    /**
     * {@link #dependentSchema(JsonInput, Violations, String, SchemaCheck)} below a schema that tracks what is
     * evaluated.
     *
     * @param in the input, made by {@link JsonInput#buffered}: it is read twice
     * @param out the violations
     * @param property the property whose presence applies the schema
     * @param seen what the schema evaluated so far
     * @param check the schema's check
     */
    public static void dependentSchema(JsonInput in, Violations out, String property, Evaluated seen,
            EvaluatingCheck check) {
        if (in.value() instanceof java.util.Map<?, ?> object && object.containsKey(property)) {
            evaluating(in.again(), out, seen, check);
        }
    }

    /**
     * {@code unevaluatedProperties}: each member that no keyword of the schema, nor any subschema it applied in
     * place that passed, evaluated is checked against {@code check}; with {@code false}, {@code property "x" is not
     * allowed}, located at the member.
     *
     * @param in the input, on the value
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param seen what the schema evaluated
     * @param check the check of the keyword's schema; null for {@code false}
     */
    public static void unevaluatedProperties(JsonInput in, Violations out, String schemaLocation, Evaluated seen,
            @Nullable SchemaCheck check) {
        if (seen.everyProperty() || !in.enterObject(PropertyNames.andOthers())) {
            return;
        }
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            if (seen.hasProperty(name, out)) {
                continue;
            }
            if (check == null) {
                out.add(in, schemaLocation, "unevaluatedProperties", "property \"" + name + "\" is not allowed");
            } else {
                check.check(in, out);
            }
        }
    }

    /**
     * {@code unevaluatedItems}: each item that no keyword of the schema, nor any subschema it applied in place that
     * passed, evaluated is checked against {@code check}; with {@code false}, {@code item 2 is not allowed},
     * located at the item.
     *
     * @param in the input, on the value
     * @param out the violations
     * @param schemaLocation the keyword's location
     * @param seen what the schema evaluated
     * @param check the check of the keyword's schema; null for {@code false}
     */
    public static void unevaluatedItems(JsonInput in, Violations out, String schemaLocation, Evaluated seen,
            @Nullable SchemaCheck check) {
        if (seen.everyItem() || !in.enterArray()) {
            return;
        }
        for (int index = 0; in.nextElement(); index++) {
            JsonInput item = seen.checksItems() ? in.buffered() : in;
            if (seen.hasItem(index, item, out)) {
                continue;
            }
            if (check == null) {
                out.add(item, schemaLocation, "unevaluatedItems", "item " + index + " is not allowed");
            } else {
                check.check(item == in ? in : item.again(), out);
            }
        }
    }

    // ---- wording --------------------------------------------------------------------------------------------------

    /** A count with its noun: {@code 1 item}, {@code 2 items}. */
    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** A value quoted from a schema, cut after {@value #SCHEMA_VALUE_LIMIT} characters. */
    private static String shorten(String json) {
        return json.length() <= SCHEMA_VALUE_LIMIT ? json : json.substring(0, SCHEMA_VALUE_LIMIT - 3) + "...";
    }
}
