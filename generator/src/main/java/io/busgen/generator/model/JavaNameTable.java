package io.busgen.generator.model;

import io.busgen.runtime.BusCatalog;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.ErrorReplyAdapter;
import io.busgen.runtime.PlainJson;
import io.busgen.runtime.Replies;
import io.busgen.runtime.Reply;
import io.busgen.runtime.TypeAdapter;
import io.busgen.runtime.ValidationException;
import io.busgen.runtime.ValidationOptions;
import io.busgen.runtime.Validator;
import io.busgen.runtime.internal.Checks;
import io.busgen.runtime.internal.Dumping;
import io.busgen.runtime.internal.EcmaPattern;
import io.busgen.runtime.internal.EcmaRegex;
import io.busgen.runtime.internal.EnvelopeFields;
import io.busgen.runtime.internal.FieldName;
import io.busgen.runtime.internal.Formats;
import io.busgen.runtime.internal.GeneratedEntryAdapter;
import io.busgen.runtime.internal.GeneratedTypeAdapter;
import io.busgen.runtime.internal.GeneratedValidator;
import io.busgen.runtime.internal.Immutable;
import io.busgen.runtime.internal.JsonBodyWriter;
import io.busgen.runtime.internal.JsonCodec;
import io.busgen.runtime.internal.JsonInput;
import io.busgen.runtime.internal.JsonReading;
import io.busgen.runtime.internal.PropertyNames;
import io.busgen.runtime.internal.Validation;
import io.busgen.runtime.internal.Violations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The one table of the Java names busgen's generated code is made of: what the generator writes itself (members,
 * constants, nested types, parameters and locals) and what it refers to (the runtime's, Jackson's, the JDK's types).
 * Names taken from a catalogue (types, fields, enum constants) are allocated against it, so that no generated name
 * hides, shadows or obscures another; the emitters take their own names from here.
 *
 * <p>The rules, in {@code docs/schema-dialect.md} ("How Java names are chosen"):
 * <ul>
 *   <li>a type name never equals a generated variable name (so that {@code Meta.ADAPTER} always means the type), nor
 *       a generated type's name in its scope ({@code Builder}, {@code Adapter}, the type variable {@code R}, the
 *       catalogue classes);</li>
 *   <li>a variable name (record component, constant, local) never equals a type name visible where it is declared, nor
 *       a generated member of its class;</li>
 *   <li>a default name that is taken gets {@code _} appended until it is free; an {@code x-java-name} that is taken is
 *       a lint error, since an explicit name is never changed.</li>
 * </ul>
 */
public final class JavaNameTable {

    /** Java keywords and literals, which cannot name anything. */
    public static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_");

    /** Contextual keywords that cannot name a type (JLS 3.9: {@code TypeIdentifier}). */
    public static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * Contextual keywords that generated code cannot use as a variable: {@code yield = ...} at the start of a
     * statement is a yield statement.
     */
    public static final Set<String> RESTRICTED_VARIABLE_NAMES = Set.of("yield");

    // ---- generated types ------------------------------------------------------------------------------------------

    /** The builder nested in every record (public API). */
    public static final String BUILDER = "Builder";
    /** The codec class nested in every record and enum (private). */
    public static final String ADAPTER_CLASS = "Adapter";
    /** The type variable of {@code accept}, the visitors and {@code decodeReply}. */
    public static final String TYPE_VARIABLE = "R";
    /** The nested types every record has. */
    public static final Set<String> NESTED_TYPES = Set.of(BUILDER, ADAPTER_CLASS);
    /** The catalogue-wide types, named {@code <Catalogue name in UpperCamel><suffix>}. */
    public static final List<String> CATALOG_TYPE_SUFFIXES = List.of(
            "Catalog", "Message", "Response", "MessageVisitor", "ResponseVisitor", "Validators");

    // ---- generated constants -------------------------------------------------------------------------------------

    public static final String ADAPTER = "ADAPTER";
    public static final String VALIDATOR = "VALIDATOR";
    public static final String ROUTING_KEY = "ROUTING_KEY";
    public static final String KIND = "KIND";
    public static final String PRIORITY = "PRIORITY";
    public static final String FINGERPRINT = "FINGERPRINT";
    /** The adapter's property-name matcher. */
    public static final String PROPERTIES = "PROPERTIES";
    /** The prefix of a record's default-value constants ({@code DEFAULT_META}). */
    public static final String DEFAULT_PREFIX = "DEFAULT_";

    /** The public constants of a generated record (and {@code ADAPTER} of an enum). */
    public static final Set<String> RECORD_CONSTANTS = Set.of(
            ADAPTER, VALIDATOR, ROUTING_KEY, KIND, PRIORITY, FINGERPRINT);

    /** The constants of the catalogue class. */
    public static final Set<String> CATALOG_CONSTANTS = Set.of(
            "INSTANCE", "NAME", "DEFAULT_PRIORITY", "MAX_PRIORITY", "ENTRIES", "ERROR_REPLY");

    /**
     * The validators class's constant suffixes: a constant is named from the place it serves and what it holds
     * ({@code COLOUR_VALUES}, {@code META_REQUEST_ID_PATTERN}).
     */
    public static final Set<String> VALIDATOR_CONSTANT_SUFFIXES = Set.of("VALUES", "CONSTANT", "PATTERN",
            "NAME_PATTERN", "MINIMUM", "MAXIMUM", "EXCLUSIVE_MINIMUM", "EXCLUSIVE_MAXIMUM", "MULTIPLE_OF", "PROPERTIES");

    // ---- generated methods ---------------------------------------------------------------------------------------

    /**
     * Methods without parameters a generated record has (Object's and busgen's): a component of the same name would
     * declare its accessor twice.
     */
    public static final Set<String> RECORD_METHODS = Set.of(
            "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize",
            "builder", "toBuilder", "toEnvelope", "accept");

    /** The constant of an open enum's {@link #knownEnumName known values} that stands for any other value. */
    public static final String UNKNOWN_CONSTANT = "UNKNOWN";

    /**
     * The simple name of the Java enum of an open enum's known values, nested in its class: {@code Known}, or
     * {@code KnownValue} (then {@code KnownValue2}, ...) when a type it is nested in has that name already, which a
     * nested class cannot share.
     */
    public static String knownEnumName(JavaTypeName openEnum) {
        String name = "Known";
        for (int n = 1; openEnum.simpleNames().contains(name); n++) {
            name = n == 1 ? "KnownValue" : "KnownValue" + n;
        }
        return name;
    }

    /** The enum's own members besides its constants. */
    public static final Set<String> ENUM_MEMBERS = Set.of("wireValue", "fromWireValue", ADAPTER);

    // ---- parameters and locals -----------------------------------------------------------------------------------

    /** Parameters and locals the emitters write with fixed names (fields' own locals are allocated against these). */
    public static final Set<String> LOCALS = Set.of(
            // records, builders and adapters
            "parser", "property", "out", "value", "members", "builder", "fields", "from", "body", "failure",
            "response", "envelope", "visitor", "message", "routingKey", "responseType", "wireValue");

    /**
     * Parameters and locals of the validators class. They share no scope with a catalogue's names (the class declares
     * methods and constants only), so fields' locals need not avoid them.
     */
    public static final Set<String> VALIDATOR_LOCALS = Set.of(
            "in", "out", "name", "value", "member", "item", "count", "matches", "declared");

    /**
     * The names the emitters start from for locals they allocate per method: loop variables and lambda parameters
     * over array items, and the suffixes of a field's presence flag and builder ({@code metaBuilder}).
     */
    public static final Set<String> ALLOCATED_LOCALS = Set.of("item", "element", "Present", "Builder");

    // ---- what generated code refers to ---------------------------------------------------------------------------

    /**
     * Types generated code names, other than the catalogue's own: the runtime's (its API and its internal package),
     * Jackson's and the JDK's. Named by class literal, so that a runtime type renamed or moved is a compile error here.
     */
    public static final List<String> REFERENCED_TYPES = Stream.of(
            BusCatalog.class, DecodeException.class, DecodeOptions.class, EntryAdapter.class, Envelope.class,
            ErrorReplyAdapter.class, io.busgen.runtime.Kind.class, PlainJson.class, Replies.class, Reply.class,
            TypeAdapter.class, ValidationException.class, ValidationOptions.class, Validator.class,
            Checks.class, Dumping.class, EcmaPattern.class, EcmaRegex.class, EnvelopeFields.class, FieldName.class,
            Formats.class, GeneratedEntryAdapter.class, GeneratedTypeAdapter.class, GeneratedValidator.class,
            Immutable.class,
            JsonBodyWriter.class, JsonCodec.class, JsonInput.class, JsonReading.class, PropertyNames.class,
            io.busgen.runtime.internal.MappedValues.class, java.util.UUID.class, java.time.LocalDate.class,
            java.math.BigInteger.class,
            Validation.class, Violations.class, io.busgen.runtime.internal.UnionCodec.class,
            JsonParser.class, PropertyNameMatcher.class,
            Nullable.class, Generated.class,
            List.class, Map.class, Optional.class, Objects.class, LinkedHashMap.class, java.util.ArrayList.class,
            BigDecimal.class, Pattern.class,
            String.class, Object.class, Override.class, Long.class, Double.class,
            Boolean.class, Integer.class, Math.class, Throwable.class,
            IllegalStateException.class, IllegalArgumentException.class,
            NullPointerException.class, Class.class)
            .map(Class::getName).toList();

    private JavaNameTable() {}

    /** The simple name of a qualified name: {@code java.util.List} -> {@code List}. */
    public static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static final Set<String> REFERENCED_SIMPLE_NAMES = REFERENCED_TYPES.stream()
            .map(JavaNameTable::simpleName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The simple names of {@link #REFERENCED_TYPES}. */
    public static Set<String> referencedSimpleNames() {
        return REFERENCED_SIMPLE_NAMES;
    }

    /**
     * The first segments of the packages of the referenced types that share a simple name with one of
     * {@code typeNames}: generated code writes those types qualified ({@code java.util.Objects}), so no variable in
     * scope may be named {@code java}.
     */
    public static Set<String> qualifiedRoots(Collection<String> typeNames) {
        Set<String> roots = new TreeSet<>();
        for (String type : REFERENCED_TYPES) {
            if (typeNames.contains(simpleName(type))) {
                roots.add(type.substring(0, type.indexOf('.')));
            }
        }
        return roots;
    }

    /**
     * The names no variable (component, constant, local) of the file that holds {@code in} may take: every type name
     * visible in it (the catalogue's top-level types, the types nested in the file, the generated and referenced
     * types), and the first segments of the packages that generated code writes qualified in that file.
     *
     * @param types every type of the catalogue
     * @param catalogName the catalogue's name, which names the catalogue types
     * @param javaPackage the package of the catalogue's types
     */
    public static Set<String> variableNamesToAvoid(Collection<JavaTypeName> types, String catalogName,
            String javaPackage, JavaTypeName in) {
        Set<String> topLevel = new TreeSet<>();
        Set<String> inFile = new TreeSet<>();
        String file = in.simpleNames().get(0);
        for (JavaTypeName type : types) {
            if (type.isTopLevel()) {
                topLevel.add(type.simpleName());
            }
            if (type.simpleNames().get(0).equals(file)) {
                inFile.addAll(type.simpleNames());
            }
        }
        Set<String> avoid = new TreeSet<>(topLevel);
        avoid.addAll(inFile);
        avoid.addAll(NESTED_TYPES);
        avoid.add(TYPE_VARIABLE);
        String prefix = JavaNames.upperCamel(catalogName);
        CATALOG_TYPE_SUFFIXES.forEach(suffix -> avoid.add(prefix + suffix));
        avoid.addAll(qualifiedRoots(avoid));
        avoid.addAll(referencedSimpleNames());
        // A nested type named like a top-level type makes generated code write the top-level one with its package.
        Set<String> nestedShadows = new TreeSet<>(inFile);
        nestedShadows.remove(file);
        nestedShadows.retainAll(topLevel);
        if (!nestedShadows.isEmpty() && !javaPackage.isEmpty()) {
            int dot = javaPackage.indexOf('.');
            avoid.add(dot < 0 ? javaPackage : javaPackage.substring(0, dot));
        }
        avoid.addAll(RESTRICTED_VARIABLE_NAMES);
        return avoid;
    }

    /** Every variable name the generator writes itself (constants, parameters, locals, the enum's members). */
    public static Set<String> generatedVariableNames() {
        Set<String> names = new TreeSet<>(RECORD_CONSTANTS);
        names.addAll(CATALOG_CONSTANTS);
        names.add(PROPERTIES);
        names.addAll(ENUM_MEMBERS);
        names.addAll(LOCALS);
        names.addAll(VALIDATOR_LOCALS);
        names.addAll(ALLOCATED_LOCALS);
        return names;
    }

    /**
     * Every name the emitters write or refer to: members, constants, nested types, locals and referenced types'
     * simple names. Generator tests draw adversarial catalogue names from it.
     */
    public static Set<String> emittedNames() {
        Set<String> names = new TreeSet<>(generatedVariableNames());
        names.addAll(NESTED_TYPES);
        names.add(TYPE_VARIABLE);
        names.addAll(RECORD_METHODS);
        names.addAll(referencedSimpleNames());
        for (String suffix : VALIDATOR_CONSTANT_SUFFIXES) {
            names.add("META_" + suffix);
        }
        names.add(DEFAULT_PREFIX + "VALUE");
        List<String> roots = new ArrayList<>();
        REFERENCED_TYPES.forEach(t -> roots.add(t.substring(0, t.indexOf('.'))));
        names.addAll(roots);
        return names;
    }
}
