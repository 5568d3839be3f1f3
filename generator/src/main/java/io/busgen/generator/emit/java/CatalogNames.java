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
    private final boolean hasRequests;

    CatalogNames(String packageName, Catalog catalog) {
        this.packageName = packageName;
        this.prefix = JavaNames.upperCamel(catalog.info().name());
        this.replyMeta = catalog.replyMeta();
        this.hasRequests = catalog.hasRequests();
    }

    /** Whether the catalogue class carries {@code ERROR_REPLY}: when some message is a request. */
    boolean hasErrorReplies() {
        return hasRequests;
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


    ClassName messageVisitor() {
        return ClassName.get(packageName, prefix + "MessageVisitor");
    }

    ClassName responseVisitor() {
        return ClassName.get(packageName, prefix + "ResponseVisitor");
    }
}
