package io.busgen.generator.emit.java;

import com.palantir.javapoet.ClassName;
import io.busgen.generator.model.JavaNames;

/** The names of the catalogue-wide types generated beside the records. */
final class CatalogNames {

    private final String packageName;
    private final String prefix;

    CatalogNames(String packageName, String catalogName) {
        this.packageName = packageName;
        this.prefix = JavaNames.upperCamel(catalogName);
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

    ClassName messageVisitor() {
        return ClassName.get(packageName, prefix + "MessageVisitor");
    }

    ClassName responseVisitor() {
        return ClassName.get(packageName, prefix + "ResponseVisitor");
    }
}
