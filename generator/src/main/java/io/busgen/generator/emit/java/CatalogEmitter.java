package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.JavaNameTable;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the catalogue-wide types: the catalogue class (every entry, lookup and decoding by routing key), and for
 * messages and for responses a sealed interface with a visitor, so that Java 17 code can dispatch exhaustively.
 */
final class CatalogEmitter {

    private final Catalog catalog;
    private final TypeMapping types;
    private final CatalogNames names;

    CatalogEmitter(Catalog catalog, TypeMapping types, CatalogNames names) {
        this.catalog = catalog;
        this.types = types;
        this.names = names;
    }

    List<TypeSpec> emit() {
        List<TypeSpec> specs = new ArrayList<>();
        specs.add(catalogClass());
        if (!catalog.messages().isEmpty()) {
            specs.add(sealedInterface(Kind.MESSAGE, names.messageInterface(), names.messageVisitor(),
                    catalog.messages()));
            specs.add(visitor(Kind.MESSAGE, names.messageVisitor(), catalog.messages()));
        }
        if (!catalog.responses().isEmpty()) {
            specs.add(sealedInterface(Kind.RESPONSE, names.responseInterface(), names.responseVisitor(),
                    catalog.responses()));
            specs.add(visitor(Kind.RESPONSE, names.responseVisitor(), catalog.responses()));
        }
        return specs;
    }

    private TypeSpec catalogClass() {
        ClassName name = names.catalog();
        TypeName entryList = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(RuntimeNames.ENTRY_ADAPTER, WildcardTypeName.subtypeOf(Object.class)));
        TypeName optionalEntry = ParameterizedTypeName.get(ClassName.get(Optional.class),
                ParameterizedTypeName.get(RuntimeNames.ENTRY_ADAPTER, WildcardTypeName.subtypeOf(Object.class)));
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("$L\n", JavadocText.wrap(JavadocText.sentence(catalog.info().title()), ""));
        if (catalog.info().description() != null) {
            doc.add("\n$L\n", JavadocText.wrap("<p>" + JavadocText.sentence(catalog.info().description()), ""));
        }
        doc.add("\n<table>\n<caption>Messages and responses</caption>\n"
                + "<tr><th>routing key</th><th>kind</th><th>priority</th><th>type</th></tr>\n");
        List<CodeBlock> entries = new ArrayList<>();
        for (MessageType entry : all()) {
            ClassName type = types.className(entry.javaName());
            // A cell per line: a row of long names on one line would pass the 120 columns of the source.
            doc.add("<tr><td>{@code $L}</td><td>$L</td><td>$L</td>\n    <td>{@link $T}</td></tr>\n",
                    entry.routingKey(), entry.kind().wireName(), entry.priority(), type);
            entries.add(CodeBlock.of("$T.ADAPTER", type));
        }
        doc.add("</table>\n");
        TypeSpec.Builder spec = TypeSpec.classBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeNames.BUS_CATALOG)
                .addAnnotation(RuntimeNames.GENERATED)
                .addJavadoc(doc.build())
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The catalogue.\n")
                        .initializer("new $T()", name)
                        .build())
                .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The catalogue's name: {@value}.\n")
                        .initializer("$S", catalog.info().name())
                        .build())
                .addField(FieldSpec.builder(int.class, "DEFAULT_PRIORITY", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The priority of a message whose schema states none: {@value}.\n")
                        .initializer("$L", catalog.info().defaultPriority())
                        .build())
                .addField(FieldSpec.builder(int.class, "MAX_PRIORITY", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The highest priority (the queue's {@code x-max-priority}): {@value}.\n")
                        .initializer("$L", catalog.info().maxPriority())
                        .build())
                .addField(FieldSpec.builder(entryList, "ENTRIES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.of(\n$>$L$<)", List.class, CodeBlock.join(entries, ",\n"))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("name")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return NAME")
                        .build())
                .addMethod(MethodSpec.methodBuilder("maxPriority")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return MAX_PRIORITY")
                        .build())
                .addMethod(MethodSpec.methodBuilder("entries")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(entryList)
                        .addStatement("return ENTRIES")
                        .build())
                .addMethod(MethodSpec.methodBuilder("responseTo")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(optionalEntry)
                        .addJavadoc("The response that answers the message with this routing key, if it has one.\n\n@param routingKey the message's routing key\n@return the response's adapter, or empty\n")
                        .addParameter(String.class, "routingKey")
                        .addStatement("return find(routingKey, $T.RESPONSE)", RuntimeNames.KIND)
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestOf")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(optionalEntry)
                        .addJavadoc("The message that the response with this routing key answers.\n\n@param routingKey the response's routing key\n@return the message's adapter, or empty\n")
                        .addParameter(String.class, "routingKey")
                        .addStatement("return find(routingKey, $T.MESSAGE)", RuntimeNames.KIND)
                        .build());
        if (names.hasErrorReplies()) {
            Optional<JavaTypeName> meta = names.replyMeta();
            if (meta.isPresent()) {
                ClassName metaType = types.className(meta.get());
                spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.ERROR_REPLY_ADAPTER,
                                metaType), "ERROR_REPLY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("$L\n", JavadocText.wrap("The codec of the generic error reply ({@code"
                                + " rpc_error}) sent when handling a request failed, whatever the request; its"
                                + " {@code meta} is the responses' meta type.", ""))
                        .initializer("$T.of($T.ADAPTER,$WDEFAULT_PRIORITY,$WMAX_PRIORITY)",
                                RuntimeNames.ERROR_REPLY_ADAPTER, metaType)
                        .build());
            } else {
                TypeName freeForm = ParameterizedTypeName.get(ClassName.get(java.util.Map.class),
                        ClassName.get(String.class), ClassName.get(Object.class)
                                .annotated(RuntimeNames.NULLABLE_ANNOTATION));
                spec.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.ERROR_REPLY_ADAPTER,
                                freeForm), "ERROR_REPLY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("$L\n", JavadocText.wrap("The codec of the generic error reply ({@code"
                                + " rpc_error}) sent when handling a request failed, whatever the request; the"
                                + " responses share no meta type, so its {@code meta} is a free-form object and the"
                                + " correlation id travels in the envelope.", ""))
                        .initializer("$W$T.withFreeFormMeta(DEFAULT_PRIORITY,$WMAX_PRIORITY)",
                                RuntimeNames.ERROR_REPLY_ADAPTER)
                        .build());
            }
            TypeVariableName response = TypeVariableName.get(JavaNameTable.TYPE_VARIABLE);
            spec.addMethod(MethodSpec.methodBuilder("decodeReply")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addTypeVariable(response)
                    .returns(ParameterizedTypeName.get(RuntimeNames.REPLY, response))
                    .addJavadoc("Decodes a reply expected to be a {@code responseType}, or the error reply\n"
                            + "({@code rpc_error}) of a failed request.\n\n@param envelope the reply's envelope\n"
                            + "@param responseType the adapter of the response expected\n@param <R> the response type\n"
                            + "@return the response, or the error reply\n")
                    .addParameter(RuntimeNames.ENVELOPE, "envelope")
                    .addParameter(ParameterizedTypeName.get(RuntimeNames.ENTRY_ADAPTER, response), "responseType")
                    .addStatement("return $T.decode(envelope, responseType, ERROR_REPLY)", RuntimeNames.REPLIES)
                    .build());
        }
        if (!catalog.messages().isEmpty()) {
            spec.addMethod(MethodSpec.methodBuilder("decodeMessage")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(names.messageInterface())
                    .addJavadoc("Decodes a published message, choosing its type by the envelope's routing key.\n\n"
                            + "@param envelope the envelope as it was consumed\n@return the message\n"
                            + "@throws $T when the routing key is unknown or the body does not decode\n",
                            RuntimeNames.DECODE_EXCEPTION)
                    .addParameter(RuntimeNames.ENVELOPE, "envelope")
                    .addStatement("return ($T) decode(envelope)", names.messageInterface())
                    .build());
        }
        return spec.build();
    }

    private List<MessageType> all() {
        List<MessageType> all = new ArrayList<>(catalog.messages());
        all.addAll(catalog.responses());
        return all;
    }

    private TypeSpec sealedInterface(Kind kind, ClassName name, ClassName visitor, List<MessageType> entries) {
        TypeVariableName result = TypeVariableName.get(JavaNameTable.TYPE_VARIABLE);
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(RuntimeNames.GENERATED)
                .addJavadoc("A $L of the {@code $L} catalogue: one of the types it permits.\n", kind.wireName(),
                        catalog.info().name());
        for (MessageType entry : entries) {
            spec.addPermittedSubclass(types.className(entry.javaName()));
        }
        spec.addMethod(MethodSpec.methodBuilder("toEnvelope")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(RuntimeNames.ENVELOPE)
                .addJavadoc(kind == Kind.MESSAGE
                        ? "This message as an envelope, published to its routing key with its catalogue priority.\n"
                        : "This response as an envelope, with its own meta priority.\n")
                .addJavadoc("\n@return the envelope\n")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("accept")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addTypeVariable(result)
                .returns(result)
                .addParameter(ParameterizedTypeName.get(visitor, result), "visitor")
                .addJavadoc("Calls the visitor's method for this $L's type.\n\n@param visitor the visitor\n"
                        + "@param <R> what handling gives\n@return what the visitor gives\n", kind.wireName())
                .build());
        return spec.build();
    }

    private TypeSpec visitor(Kind kind, ClassName name, List<MessageType> entries) {
        TypeVariableName result = TypeVariableName.get(JavaNameTable.TYPE_VARIABLE);
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(name)
                .alwaysQualify(types.packageTypes())
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(RuntimeNames.GENERATED)
                .addTypeVariable(result)
                .addJavadoc("$L\n\n@param <R> what handling gives\n", JavadocText.wrap("Handles each "
                        + kind.wireName() + " type of the {@code " + catalog.info().name() + "} catalogue; a new "
                        + kind.wireName() + " is a compile error until it is handled.", ""));
        for (MessageType entry : entries) {
            spec.addMethod(MethodSpec.methodBuilder("visit")
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(result)
                    .addParameter(types.className(entry.javaName()), kind == Kind.MESSAGE ? "message" : "response")
                    .addJavadoc("Handles {@code $L}.\n\n@param $N the $L\n@return what handling gives\n",
                            entry.routingKey(), kind == Kind.MESSAGE ? "message" : "response", kind.wireName())
                    .build());
        }
        return spec.build();
    }
}
