package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.Shape;
import java.util.Optional;

/** The names of the catalogue-wide types generated beside the records. */
final class CatalogNames {

    private final String packageName;
    private final String prefix;
    private final Optional<JavaTypeName> replyMeta;

    CatalogNames(String packageName, Catalog catalog) {
        this.packageName = packageName;
        this.prefix = JavaNames.upperCamel(catalog.info().name());
        this.replyMeta = replyMetaType(catalog);
    }

    /**
     * The meta type of error replies: the type of the {@code meta} field every response has, when they all have one
     * of the same object type (as upstream's responses do). Without it, the catalogue has no error replies.
     */
    static Optional<JavaTypeName> replyMetaType(Catalog catalog) {
        Optional<JavaTypeName> meta = Optional.empty();
        for (MessageType response : catalog.responses()) {
            Optional<JavaTypeName> own = response.body().field("meta")
                    .filter(f -> !f.nullable() && f.type().shape() instanceof Shape.Named named
                            && named.form() == NamedType.Form.OBJECT)
                    .map(f -> ((Shape.Named) f.type().shape()).name());
            if (own.isEmpty() || (meta.isPresent() && !meta.equals(own))) {
                return Optional.empty();
            }
            meta = own;
        }
        return meta;
    }

    /** Whether the catalogue class carries {@code ERROR_REPLY}. */
    boolean hasErrorReplies() {
        return replyMeta.isPresent();
    }

    Optional<JavaTypeName> replyMeta() {
        return replyMeta;
    }

    /** {@code InfrahubCatalog}: every entry, lookup by routing key, decoding by routing key. */
    ClassName catalog() {
        return ClassName.get(packageName, prefix + "Catalog");
    }

    /** {@code InfrahubMessage}: the sealed interface over the messages. */
    ClassName messageInterface() {
        return ClassName.get(packageName, prefix + "Message");
    }

    /** {@code InfrahubResponse}: the sealed interface over the responses. */
    ClassName responseInterface() {
        return ClassName.get(packageName, prefix + "Response");
    }

    /** {@code InfrahubValidators}: the generated validators of every object type. */
    ClassName validators() {
        return ClassName.get(packageName, prefix + "Validators");
    }

    /** The name of a type's validator in the validators class: {@code GIT_FILE_GET_RESPONSE_DATA}. */
    static String validatorName(JavaTypeName type) {
        return JavaNames.upperSnake(String.join("_", type.simpleNames()));
    }

    ClassName messageVisitor() {
        return ClassName.get(packageName, prefix + "MessageVisitor");
    }

    ClassName responseVisitor() {
        return ClassName.get(packageName, prefix + "ResponseVisitor");
    }
}
