package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a discriminated union as a sealed interface: it permits the records of its alternatives, declares the
 * discriminator's accessor they all have, and holds the adapter ({@code UnionCodec}) that writes the record a value
 * is and reads the record its discriminator names. Reads only the model.
 */
final class UnionEmitter {

    private final Catalog catalog;
    private final TypeMapping types;

    UnionEmitter(Catalog catalog, TypeMapping types) {
        this.catalog = catalog;
        this.types = types;
    }

    TypeSpec unionInterface(UnionType union, List<TypeSpec> nestedTypes) {
        ClassName name = types.className(union.name());
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc(javadoc(union));
        if (union.name().isTopLevel()) {
            spec.addAnnotation(RuntimeNames.GENERATED);
        }
        for (UnionType.Alternative alternative : union.alternatives()) {
            spec.addPermittedSubclass(types.className(alternative.type()));
        }
        List<CodeBlock> alternatives = new ArrayList<>();
        for (UnionType.Alternative alternative : union.alternatives()) {
            ClassName record = types.className(alternative.type());
            alternatives.add(CodeBlock.of("new $T.Alternative<>($S, $T.class, $T.ADAPTER)", RuntimeNames.UNION_CODEC,
                    alternative.value(), record, record));
        }
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.TYPE_ADAPTER, name), "ADAPTER",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Reads and writes the JSON of this type: the record its {@code $L} member names.\n",
                        JavadocText.escape(union.discriminator()))
                .initializer("new $T<>($T.class, $S, $T.of($>$>\n$L))$<$<", RuntimeNames.UNION_CODEC, name,
                        union.discriminator(), List.class, CodeBlock.join(alternatives, ",\n"))
                .build());
        accessor(union).ifPresent(accessor -> spec.addMethod(MethodSpec.methodBuilder(accessor)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(String.class)
                .addJavadoc("The discriminator, wire name {@code $L}: which alternative this is.\n\n"
                        + "@return the discriminator's value\n", JavadocText.escape(union.discriminator()))
                .build()));
        nestedTypes.forEach(spec::addType); // records written static (RecordEmitter), as JavaPoet wants
        return spec.build();
    }

    /**
     * The Java name of the discriminator's component, when every alternative names it alike (only an
     * {@code x-java-name} could make them differ).
     */
    private Optional<String> accessor(UnionType union) {
        String name = null;
        for (UnionType.Alternative alternative : union.alternatives()) {
            Optional<Field> field = catalog.objectType(alternative.type()).field(union.discriminator());
            if (field.isEmpty() || (name != null && !name.equals(field.get().javaName()))) {
                return Optional.empty();
            }
            name = field.get().javaName();
        }
        return Optional.ofNullable(name);
    }

    private CodeBlock javadoc(UnionType union) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (union.description() != null) {
            doc.add("$L\n\n", JavadocText.wrap(JavadocText.sentence(union.description()), ""));
        }
        StringBuilder which = new StringBuilder("<p>One of " + union.alternatives().size() + " records, told apart by"
                + " the {@code " + JavadocText.escape(union.discriminator()) + "} member:");
        for (int i = 0; i < union.alternatives().size(); i++) {
            UnionType.Alternative alternative = union.alternatives().get(i);
            which.append(i == 0 ? " " : ", ").append("{@code \"").append(JavadocText.escape(alternative.value()))
                    .append("\"} is {@link ").append(types.className(alternative.type()).canonicalName())
                    .append('}');
        }
        String first = union.alternatives().isEmpty() ? "Alternative"
                : union.alternatives().get(0).type().simpleName();
        which.append(". Java 21 matches them with {@code switch (value) { case ").append(first)
                .append(" v -> ... }}, Java 17 with {@code if (value instanceof ").append(first).append(" v)}.");
        doc.add("$L\n", JavadocText.wrap(which.toString(), ""));
        return doc.build();
    }
}
