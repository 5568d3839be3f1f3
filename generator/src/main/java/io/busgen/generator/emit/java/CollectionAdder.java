package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.busgen.generator.model.Field;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.NameAllocator;
import io.busgen.generator.model.Shape;
import io.busgen.generator.model.TypeUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The builder method that adds one element to a list field ({@code addTag(tag)}) or one entry to a typed map field
 * ({@code putAttribute(name, value)}), beside the setter of the whole collection. The builder copies the collection
 * it holds into one of its own on the first addition after a setter or {@code toBuilder()} (the {@code owned} flag),
 * so that adding never changes a list or map the caller handed over or a record holds.
 *
 * @param field the list or map field
 * @param methodName {@code add} or {@code put} and the name of the field's element type
 *     ({@link JavaNames#elementTypeName})
 * @param ownedFlag the builder's flag saying that it made the collection it holds
 */
record CollectionAdder(Field field, String methodName, String ownedFlag, TypeName element, boolean map) {

    /** The adder of a field, or null when the field holds no list or typed map, or the name is taken. */
    static @Nullable CollectionAdder of(Field field, NameAllocator members, TypeMapping types) {
        Shape shape = field.type().shape();
        TypeUse element;
        String verb;
        if (shape instanceof Shape.ArrayOf array) {
            element = array.items();
            verb = "add";
        } else if (shape instanceof Shape.MapOf map) {
            element = map.values();
            verb = "put";
        } else {
            return null;
        }
        if (JavaNames.upperCamel(field.javaName()).isEmpty()) {
            return null;
        }
        // addTag for "tags", putAttribute for "attributes"; addMatrixItem for "matrix", which is no plural.
        String methodName = verb + JavaNames.elementTypeName(field.javaName(), verb.equals("add") ? "item" : "value");
        if (members.isTaken(methodName) || !members.claim(methodName)) {
            return null; // a field's own setter has that name: the whole-collection setter is enough
        }
        String flag = members.allocate(field.javaName() + "Owned");
        return new CollectionAdder(field, methodName, flag, types.elementType(element), verb.equals("put"));
    }

    MethodSpec method(ClassName builder) {
        String collection = field.javaName();
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder);
        String wire = JavadocText.escape(field.wireName());
        if (map) {
            method.addJavadoc("Puts one entry into {@code $L}, after those already set (a name already there keeps"
                    + "\nits place and takes the new value).\n\n@param name the entry's name\n@param value the"
                    + " entry's value\n@return this builder\n", wire)
                    .addParameter(String.class, "name")
                    .addParameter(element, "value");
        } else {
            method.addJavadoc("Adds one element to the end of {@code $L}.\n\n@param element the element\n"
                    + "@return this builder\n", wire)
                    .addParameter(element, "element");
        }
        TypeName own = map ? TypeName.get(LinkedHashMap.class) : TypeName.get(ArrayList.class);
        TypeName ownType = map
                ? com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                        element)
                : com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(List.class), element);
        method.addStatement("$T held =$Wthis.$N", ownType.annotated(RuntimeNames.NULLABLE_ANNOTATION), collection)
                .beginControlFlow("if (held == null || !this.$N)", ownedFlag)
                .addStatement("held = held == null ? new $T<>() : new $T<>(held)", own, own)
                .addStatement("this.$N = held", collection)
                .addStatement("this.$N = true", ownedFlag)
                .endControlFlow();
        if (map) {
            method.addStatement("held.put(name, value)");
        } else {
            method.addStatement("held.add(element)");
        }
        return method.addStatement("return this").build();
    }
}
