package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.busgen.generator.emit.validate.ViolationText;
import io.busgen.generator.model.JavaNameTable;
import io.busgen.generator.model.EnumType;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Emits a Java enum for a set of string values; each constant carries its wire value. */
final class EnumEmitter {

    private final TypeMapping types;

    EnumEmitter(TypeMapping types) {
        this.types = types;
    }

    TypeSpec enumType(EnumType type) {
        ClassName name = types.className(type.name());
        String allowed = ViolationText.shorten(ViolationText.stringArray(
                type.constants().stream().map(EnumType.Constant::value).toList()));
        TypeSpec.Builder spec = TypeSpec.enumBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", type.description() != null
                        ? JavadocText.wrap(JavadocText.sentence(type.description()), "")
                        : "The values of {@code " + name.simpleName() + "}.");
        if (type.name().isTopLevel()) {
            spec.addAnnotation(RuntimeNames.GENERATED);
        }
        for (EnumType.Constant constant : type.constants()) {
            spec.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.value())
                    .addJavadoc("$L\n", constantDoc(constant))
                    .build());
        }
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.TYPE_ADAPTER, name), "ADAPTER",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Reads and writes the JSON of this type.\n")
                .initializer("new $N()", JavaNameTable.ADAPTER_CLASS)
                .build());
        spec.addField(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder()
                .addParameter(String.class, "wireValue")
                .addStatement("this.wireValue = wireValue")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("wireValue")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The value as it travels on the wire.\n\n@return the wire value\n")
                .addStatement("return wireValue")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The wire value, so that string conversion and tools that use it see the value the"
                        + " schema lists.\n\n@return the wire value\n")
                .addStatement("return wireValue")
                .build());
        MethodSpec.Builder fromWire = MethodSpec.methodBuilder("fromWireValue")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), name))
                .addJavadoc("The constant for a wire value, if the schema lists it.\n\n@param wireValue a value as it travels on the wire\n@return the constant, or empty\n")
                .addParameter(String.class, "wireValue")
                .addCode("return switch (wireValue) {\n$>");
        for (EnumType.Constant constant : type.constants()) {
            fromWire.addStatement("case $S -> $T.of($N)", constant.value(), Optional.class, constant.javaName());
        }
        fromWire.addStatement("default -> $T.empty()", Optional.class);
        fromWire.addCode("$<};\n");
        spec.addMethod(fromWire.build());
        spec.addType(wireValueAdapter(name, MethodSpec.methodBuilder("read")
                .addStatement("$T value = $T.readString(parser)", String.class, RuntimeNames.JSON_READING)
                .addStatement("return fromWireValue(value).orElseThrow(() ->$W$T.notAllowed(parser, value,$W$S))",
                        RuntimeNames.JSON_READING, allowed)));
        return spec.build();
    }

    /**
     * The {@code Adapter} of a class that holds its wire value in {@code wireValue}: writes and dumps that string,
     * reads with {@code read}, whose statements are the only difference between a closed and an open enum.
     *
     * @param read the {@code read} method's builder, with its statements
     */
    static TypeSpec wireValueAdapter(ClassName name, MethodSpec.Builder read) {
        return TypeSpec.classBuilder(JavaNameTable.ADAPTER_CLASS)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeNames.GENERATED_TYPE_ADAPTER, name))
                .addMethod(MethodSpec.constructorBuilder().addStatement("super($T.class)", name).build())
                .addMethod(MethodSpec.methodBuilder("write")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeNames.JSON_BODY_WRITER, "out")
                        .addParameter(name, "value")
                        .addStatement("out.value(value.wireValue)")
                        .build())
                .addMethod(read.addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(name)
                        .addParameter(RuntimeNames.JSON_PARSER, "parser")
                        .build())
                .addMethod(MethodSpec.methodBuilder("dump")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Object.class)
                        .addParameter(name, "value")
                        .addStatement("return value.wireValue")
                        .build())
                .build();
    }

    /**
     * A constant's Javadoc: its description from {@code x-enum-descriptions}, then its wire value; the wire value
     * alone when the schema describes it not.
     */
    static String constantDoc(EnumType.Constant constant) {
        String wire = constant.value().isEmpty() ? "The empty string on the wire."
                : "{@code " + JavadocText.escape(constant.value()) + "} on the wire.";
        if (constant.description() == null) {
            return wire;
        }
        return JavadocText.wrap(JavadocText.sentence(constant.description()), "") + "\n\n<p>" + wire;
    }
}
