package io.busgen.generator.emit.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.validate.ValidatorEmitter;
import io.busgen.generator.model.JavaNameTable;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Emits the Java sources of a catalogue: a record (with builder and adapter) per object type, an enum per set of
 * string values, and the catalogue class with its sealed interfaces and visitors. Reads only the model.
 */
public final class JavaEmitter {

    private final Catalog catalog;
    private final String packageName;
    private final TypeMapping types;
    private final RecordEmitter records;
    private final EnumEmitter enums;
    private final OpenEnumEmitter openEnums;
    private final CatalogEmitter catalogTypes;
    private final UnionEmitter unions;
    private final Map<JavaTypeName, MessageType> entriesByType = new HashMap<>();
    /** The simple names of every top-level class of the package. */
    private final Set<String> topLevelNames = new TreeSet<>();

    private JavaEmitter(Catalog catalog, String packageName) {
        this.catalog = catalog;
        this.packageName = packageName;
        this.types = new TypeMapping(packageName, topLevelNames);
        CatalogNames names = new CatalogNames(packageName, catalog);
        this.records = new RecordEmitter(catalog, types, names);
        this.enums = new EnumEmitter(types);
        this.openEnums = new OpenEnumEmitter(types);
        this.catalogTypes = new CatalogEmitter(catalog, types, names);
        this.unions = new UnionEmitter(catalog, types);
        for (MessageType entry : catalog.messages()) {
            entriesByType.put(entry.javaName(), entry);
        }
        for (NamedType type : catalog.types()) {
            if (type.name().isTopLevel()) {
                topLevelNames.add(type.name().simpleName());
            }
        }
        for (String suffix : JavaNameTable.CATALOG_TYPE_SUFFIXES) {
            topLevelNames.add(catalog.catalogTypeName(suffix));
        }
        for (MessageType entry : catalog.responses()) {
            entriesByType.put(entry.javaName(), entry);
        }
    }

    /**
     * The Java sources of a catalogue, one file per top-level type, in a stable order.
     *
     * @param packageName the package, or {@code null} for the catalogue's {@code javaPackage}
     */
    public static List<GeneratedFile> emit(Catalog catalog, @Nullable String packageName) {
        return new JavaEmitter(catalog, packageName != null ? packageName : catalog.info().javaPackage()).emit();
    }

    private List<GeneratedFile> emit() {
        // Top-level types are independent of each other: emit them on every core, then sort, so that the result
        // does not depend on the order they finished in.
        List<GeneratedFile> files = new ArrayList<>(catalog.types().parallelStream()
                .filter(type -> type.name().isTopLevel())
                .map(type -> file(spec(type)))
                .toList());
        for (TypeSpec spec : catalogTypes.emit()) {
            files.add(file(spec));
        }
        files.add(validators());
        files.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }

    /** The validators of every object type, one class for the catalogue. */
    private GeneratedFile validators() {
        List<ValidatorEmitter.Entry> entries = new ArrayList<>();
        for (NamedType type : catalog.types()) {
            if (type instanceof ObjectType object) {
                MessageType entry = entriesByType.get(type.name());
                String what = entry != null
                        ? "{@code " + entry.routingKey() + "} " + entry.kind().wireName() + " bodies"
                        : "{@code " + type.name().relativeName() + "} values";
                entries.add(new ValidatorEmitter.Entry(catalog.validatorName(type.name()), object.schema(),
                        "Validates " + what + ".", catalog.decodingEnforcesSchema(type.name())));
            }
        }
        CatalogNames names = new CatalogNames(packageName, catalog);
        return ValidatorEmitter.emit(catalog.schemas(), packageName, names.validators().simpleName(), entries,
                "The validators of the {@code " + catalog.info().name() + "} catalogue, generated from its schemas:\n"
                        + "plain Java, no schema interpretation at run time.", true, topLevelNames,
                schema -> catalog.javaNumberType(schema).orElse(null),
                schema -> catalog.scalarJavaType(schema).orElse(null));
    }

    private TypeSpec spec(NamedType type) {
        if (type instanceof EnumType enumType) {
            TypeSpec spec = enumType.open() ? openEnums.openEnumType(enumType) : enums.enumType(enumType);
            return type.name().isTopLevel() ? spec : spec.toBuilder().addModifiers(Modifier.STATIC).build();
        }
        if (type instanceof UnionType union) {
            List<TypeSpec> nested = new ArrayList<>();
            for (JavaTypeName nestedName : union.nested()) {
                nested.add(spec(catalog.type(nestedName)));
            }
            TypeSpec spec = unions.unionInterface(union, nested);
            return type.name().isTopLevel() ? spec : spec.toBuilder().addModifiers(Modifier.STATIC).build();
        }
        ObjectType object = (ObjectType) type;
        List<TypeSpec> nested = new ArrayList<>();
        for (JavaTypeName nestedName : object.nested()) {
            nested.add(spec(catalog.type(nestedName)));
        }
        return records.record(object, entriesByType.get(type.name()), nested);
    }

    /** A file of one top-level type (whose spec qualifies the names {@link TypeMapping#packageTypes} lists). */
    private GeneratedFile file(TypeSpec spec) {
        JavaFile file = JavaFile.builder(packageName, spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .addFileComment("Generated by busgen from the $L catalogue. Do not edit: change the schemas and"
                        + " generate again.", catalog.info().name())
                .build();
        String path = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + spec.name() + ".java";
        return new GeneratedFile(path, withoutTrailingSpaces(wrapPermits(file.toString())));
    }

    /**
     * The source without spaces at the ends of lines, which JavaPoet leaves where it breaks a line after {@code =}
     * (generated code has no text block, where they would count).
     */
    static String withoutTrailingSpaces(String source) {
        return source.replaceAll("[ \t]+\n", "\n");
    }

    /** The longest line generated code should have. */
    static final int LINE_LIMIT = 120;

    /**
     * The source with a long {@code permits} clause of a sealed interface broken after commas, which JavaPoet writes on
     * one line however many types there are; continuation lines are indented twice.
     */
    static String wrapPermits(String source) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        for (String line : source.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            int permits = line.indexOf(" permits ");
            if (line.length() <= LINE_LIMIT || permits < 0 || !line.stripLeading().startsWith("public sealed ")) {
                out.append(line);
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            String continuation = indent + "        ";
            String[] names = line.substring(permits + " permits ".length()).split(", ");
            StringBuilder current = new StringBuilder(line.substring(0, permits + " permits ".length()));
            for (int i = 0; i < names.length; i++) {
                String piece = names[i] + (i < names.length - 1 ? "," : "");
                if (current.length() + piece.length() > LINE_LIMIT && !current.toString().isBlank()) {
                    out.append(current.toString().stripTrailing()).append('\n');
                    current = new StringBuilder(continuation);
                }
                current.append(piece).append(' ');
            }
            out.append(current.toString().stripTrailing());
        }
        return out.toString();
    }
}
