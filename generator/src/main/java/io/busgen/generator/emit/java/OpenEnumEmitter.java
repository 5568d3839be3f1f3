package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.busgen.generator.model.EnumType;
import io.busgen.generator.model.JavaNameTable;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of an open enum ({@link io.busgen.generator.schema.OpenEnum}): a value that keeps its wire string,
 * with a constant for each known value and {@code known()}, a nested Java enum of the known values and
 * {@code UNKNOWN}, so that a {@code switch} expression over it does not compile until it says what to do with a value
 * this version does not know (the AWS SDK v2's {@code UNKNOWN_TO_SDK_VERSION}, with the wire value in the same object
 * rather than a second accessor).
 */
final class OpenEnumEmitter {

    private final TypeMapping types;

    OpenEnumEmitter(TypeMapping types) {
        this.types = types;
    }

    TypeSpec openEnumType(EnumType type) {
        ClassName name = types.className(type.name());
        ClassName known = name.nestedClass(JavaNameTable.knownEnumName(type.name()));
        TypeSpec.Builder spec = TypeSpec.classBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L\n\n<p>$L\n", type.description() != null
                        ? JavadocText.wrap(JavadocText.sentence(type.description()), "")
                        : "The values of {@code " + name.simpleName() + "}.",
                        JavadocText.wrap("An open set: any string is a value, and the schema's values are"
                                + " constants. {@link #known()} says which constant a value is, or {@code "
                                + JavaNameTable.UNKNOWN_CONSTANT + "}; {@link #wireValue()} is the value as it"
                                + " travels, written back byte for byte.", ""));
        if (type.name().isTopLevel()) {
            spec.addAnnotation(RuntimeNames.GENERATED);
        }
        for (EnumType.Constant constant : type.constants()) {
            spec.addField(FieldSpec.builder(name, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("$L\n", EnumEmitter.constantDoc(constant))
                    .initializer("new $T($S, $T.$N)", name, constant.value(), known, constant.javaName())
                    .build());
        }
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.TYPE_ADAPTER, name), "ADAPTER",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Reads and writes the JSON of this type.\n")
                .initializer("new $N()", JavaNameTable.ADAPTER_CLASS)
                .build());
        spec.addField(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL);
        spec.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "wireValue")
                .addParameter(known, "known")
                .addStatement("this.wireValue = wireValue")
                .addStatement("this.known = known")
                .build());
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addJavadoc("The value of a wire value: its constant when the schema lists it, else a value that"
                        + " keeps it.\n\n@param wireValue a value as it travels on the wire\n@return the value\n")
                .addParameter(String.class, "wireValue")
                .addCode("return switch ($T.requireNonNull(wireValue, $S)) {\n$>", Objects.class, "wireValue");
        for (EnumType.Constant constant : type.constants()) {
            of.addStatement("case $S -> $N", constant.value(), constant.javaName());
        }
        of.addStatement("default -> new $T(wireValue, $T.$N)", name, known, JavaNameTable.UNKNOWN_CONSTANT);
        of.addCode("$<};\n");
        spec.addMethod(of.build());
        spec.addMethod(MethodSpec.methodBuilder("wireValue")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The value as it travels on the wire, known or not.\n\n@return the wire value\n")
                .addStatement("return wireValue")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("known")
                .addModifiers(Modifier.PUBLIC)
                .returns(known)
                .addJavadoc("$L\n\n@return the known value, or {@code $L}\n",
                        JavadocText.wrap("Which of the schema's values this is, or {@code "
                                + JavaNameTable.UNKNOWN_CONSTANT + "} for a value this version of the schema does"
                                + " not list.", ""), JavaNameTable.UNKNOWN_CONSTANT)
                .addStatement("return known")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("isKnown")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether the schema lists this value.\n\n@return whether the value is known\n")
                .addStatement("return known != $T.$N", known, JavaNameTable.UNKNOWN_CONSTANT)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(ClassName.get(Object.class).annotated(RuntimeNames.NULLABLE_ANNOTATION), "other")
                .addJavadoc("Values are equal when their wire values are.\n\n@param other another object\n"
                        + "@return whether it is a value of this type with the same wire value\n")
                .addStatement("return other instanceof $T that && wireValue.equals(that.wireValue)", name)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("The wire value's hash code.\n\n@return the hash code\n")
                .addStatement("return wireValue.hashCode()")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The wire value, as for a closed enum.\n\n@return the wire value\n")
                .addStatement("return wireValue")
                .build());
        TypeSpec.Builder knownSpec = TypeSpec.enumBuilder(known)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values the schema lists, and {@code $L} for any other: a {@code switch} expression"
                        + " over\n{@link #known()} must say what to do with a value a newer producer sends.\n",
                        JavaNameTable.UNKNOWN_CONSTANT);
        for (EnumType.Constant constant : type.constants()) {
            knownSpec.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@link $T#$L}.\n", name, constant.javaName())
                    .build());
        }
        knownSpec.addEnumConstant(JavaNameTable.UNKNOWN_CONSTANT, TypeSpec.anonymousClassBuilder("")
                .addJavadoc("A value the schema does not list; {@link $T#wireValue()} has it.\n", name)
                .build());
        spec.addType(knownSpec.build());
        spec.addType(EnumEmitter.wireValueAdapter(name, MethodSpec.methodBuilder("read")
                .addStatement("return of($T.readString(parser))", RuntimeNames.JSON_READING)));
        return spec.build();
    }
}
