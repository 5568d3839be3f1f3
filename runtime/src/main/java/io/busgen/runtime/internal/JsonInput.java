package io.busgen.runtime.internal;

import io.busgen.runtime.JsonTree;
import org.jspecify.annotations.Nullable;

/**
 * The instance a generated validator reads: a body as Jackson parses it, one token after the other, or a value
 * already in memory ({@link JsonTree}). Validators read both the same way, so a body is validated in one streaming
 * pass, without a tree, and a tree is validated by the same code.
 *
 * <p>The input always stands on one value. A check reads what it needs of it: its type, a string, a number, or its
 * members ({@link #enterObject}, {@link #nextName}) and elements ({@link #enterArray}, {@link #nextElement}). A
 * check that does not enter an object or array leaves it to its caller, which moves past it with the next {@link
 * #nextName} or {@link #nextElement}. A schema that must read a value more than once (an {@code anyOf} of objects,
 * {@code uniqueItems}) reads it whole first ({@link #buffered}) and then reads the copy as often as it needs
 * ({@link #again}); a number or string is read in place as often as wanted.
 *
 * <p>A violation is located with {@link #pointer}, which is worked out only when asked for.
 */
public abstract sealed class JsonInput permits StreamInput, TreeInput {

    JsonInput() {}

    /**
     * An input reading a value in memory.
     *
     * @param value a value as {@link JsonTree} holds it
     * @return the input, standing on the value, located at {@code ""}
     */
    public static JsonInput of(@Nullable Object value) {
        return new TreeInput(value, "");
    }

    /**
     * An input reading a value in memory that stands at {@code pointer} of a larger instance.
     *
     * @param value a value as {@link JsonTree} holds it
     * @param pointer where the value stands, as a JSON pointer
     * @return the input, standing on the value
     */
    public static JsonInput of(@Nullable Object value, String pointer) {
        return new TreeInput(value, pointer);
    }

    /**
     * The JSON Schema type of the value: one of {@link Validation#NULL}, {@link Validation#BOOLEAN}, {@link
     * Validation#OBJECT}, {@link Validation#ARRAY}, {@link Validation#NUMBER}, {@link Validation#STRING} and {@link
     * Validation#INTEGER} (a number without a fraction: {@code 1.0} is an integer).
     *
     * @return the type
     */
    public abstract int type();

    /**
     * Whether the value has one of the types of {@code mask} (an integer is a number too).
     *
     * @param mask the types, or-ed together ({@code Validation.STRING | Validation.NULL})
     * @return whether the value has one of them
     */
    public final boolean hasType(int mask) {
        int type = type();
        return (mask & type) != 0 || (type == Validation.INTEGER && (mask & Validation.NUMBER) != 0);
    }

    /**
     * The value's type as messages name it, with its article ({@code "a string"}, {@code "null"}).
     *
     * @return the phrase
     */
    public final String typePhrase() {
        return Validation.typePhrase(type());
    }

    /**
     * The string the input stands on.
     *
     * @return the string
     * @throws IllegalStateException when the value is not a string
     */
    public abstract String string();

    /**
     * The number the input stands on, exactly as {@link JsonTree} holds it: a {@link Long} or {@link
     * java.math.BigInteger} for an integer, a {@link java.math.BigDecimal} as written for any other number.
     *
     * @return the number
     * @throws IllegalStateException when the value is not a number
     */
    public abstract Object number();

    /**
     * The value the input stands on, read whole as {@link JsonTree} holds it; the input is then at its end.
     *
     * @return the value
     */
    public abstract @Nullable Object value();

    /**
     * The value the input stands on, for a check that reads it more than once: an input on a copy of an object or an
     * array, read whole (this input is then at its end); this input itself for any other value, which is read in
     * place.
     *
     * @return an input to read the value from, with {@link #again} before each reading
     */
    public abstract JsonInput buffered();

    /**
     * Stands again on the start of the value this input was made for ({@link #buffered}), to read it once more.
     *
     * @return this input
     */
    public abstract JsonInput again();

    /**
     * Enters the object the input stands on, to read its members with {@link #nextName}.
     *
     * @param names the names the schema checks the members by: the only names {@link #has} is asked about, and, unless
     *     made with {@link PropertyNames#andOthers}, the only ones {@link #size} counts
     * @return true when the value is an object; false (and nothing happens) otherwise
     */
    public abstract boolean enterObject(PropertyNames names);

    /**
     * Moves to the next member of the object entered, onto its value.
     *
     * @return the member's name; null at the end of the object, where the input then stands
     */
    public abstract @Nullable String nextName();

    /**
     * Whether the object whose end the input stands on has a member of that name.
     *
     * @param name a property name, one of those the object was entered with (or any, for names made with {@link
     *     PropertyNames#andOthers})
     * @return whether the object has it
     */
    public abstract boolean has(String name);

    /**
     * Whether the object whose end the input stands on has a member of each of these names: {@link #has} of each,
     * which an input may answer at once.
     *
     * @param names property names, as for {@link #has}
     * @return whether the object has them all
     */
    public boolean hasAll(String[] names) {
        for (String name : names) {
            if (!has(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many members, duplicates counted once, the object whose end the input stands on has; it must have been
     * entered with names made by {@link PropertyNames#andOthers}.
     *
     * @return the number of distinct names
     */
    public abstract int size();

    /**
     * Enters the array the input stands on, to read its elements with {@link #nextElement}.
     *
     * @return true when the value is an array; false (and nothing happens) otherwise
     */
    public abstract boolean enterArray();

    /**
     * Moves to the next element of the array entered.
     *
     * @return true on an element; false at the end of the array, where the input then stands
     */
    public abstract boolean nextElement();

    /**
     * Where the value the input stands on is, as a JSON pointer ({@code ""} for the whole instance).
     *
     * @return the pointer
     */
    public abstract String pointer();
}
