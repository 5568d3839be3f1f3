package io.busgen.cli;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.JavaNames;
import io.busgen.generator.model.MessageType;
import io.busgen.infrahub.InfrahubCatalog;
import io.busgen.infrahub.InfrahubValidators;
import io.busgen.runtime.BusCatalog;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Kind;
import io.busgen.runtime.Validator;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The generated code of a catalogue, ready to run: its catalogue class (a {@link BusCatalog}, with every entry's
 * adapter) and its validators class (one {@code public static final Validator} per object type).
 *
 * <p>The bundled catalogue's classes ship compiled in {@code busgen-infrahub}; any other catalogue's are generated,
 * compiled and cached by {@link CatalogCompiler}.
 */
final class CatalogClasses {

    private final BusCatalog catalog;
    private final Class<?> validators;

    private CatalogClasses(BusCatalog catalog, Class<?> validators) {
        this.catalog = catalog;
        this.validators = validators;
    }

    /**
     * The classes of the catalogue {@code source} holds ({@code model} is that catalogue, loaded).
     *
     * @param cacheDirectory where compiled classes are kept between runs; empty to keep nothing
     * @param warnings where to say that the cache could not be written
     */
    static CatalogClasses of(CatalogSource source, Catalog model, Optional<Path> cacheDirectory,
            PrintWriter warnings) {
        if (source.bundled()) {
            return new CatalogClasses(InfrahubCatalog.INSTANCE, InfrahubValidators.class);
        }
        return CatalogCompiler.classes(source, model, cacheDirectory, warnings);
    }

    /**
     * Finds {@code <Prefix>Catalog.INSTANCE} and {@code <Prefix>Validators} of {@code model} in {@code loader}.
     *
     * @throws ReflectiveOperationException when a class or the field is missing
     * @throws ClassCastException when {@code INSTANCE} is not a {@link BusCatalog}
     */
    static CatalogClasses load(ClassLoader loader, Catalog model) throws ReflectiveOperationException {
        String prefix = qualifiedPrefix(model);
        Class<?> catalogClass = Class.forName(prefix + "Catalog", true, loader);
        BusCatalog catalog = (BusCatalog) catalogClass.getField("INSTANCE").get(null);
        Class<?> validators = Class.forName(prefix + "Validators", true, loader);
        if (!catalog.name().equals(model.info().name())) {
            throw new ClassCastException(catalogClass.getName() + " is the catalogue '" + catalog.name() + "', not '"
                    + model.info().name() + "'");
        }
        return new CatalogClasses(catalog, validators);
    }

    /** {@code com.example.shop.Shop}: the catalogue class's name less {@code Catalog}. */
    static String qualifiedPrefix(Catalog model) {
        String packageName = model.info().javaPackage();
        return (packageName.isEmpty() ? "" : packageName + ".") + JavaNames.upperCamel(model.info().name());
    }

    /** The catalogue's generated class, for its name and entries. */
    BusCatalog catalog() {
        return catalog;
    }

    /** The adapter (codec, routing key, kind, priority) of an entry. */
    EntryAdapter<?> adapter(MessageType entry) {
        Kind kind = Kind.valueOf(entry.kind().name());
        return catalog.find(entry.routingKey(), kind).orElseThrow(() -> new IllegalStateException("the generated "
                + catalog.getClass().getName() + " has no " + kind.wireName() + " '" + entry.routingKey() + "'"));
    }

    /** The generated validator of an entry's body: {@code <Prefix>Validators.<UPPER_SNAKE of its type>}. */
    Validator validator(MessageType entry) {
        String name = JavaNames.upperSnake(String.join("_", entry.javaName().simpleNames()));
        try {
            Field field = validators.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new NoSuchFieldException(name + " is not static");
            }
            return (Validator) field.get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the generated " + validators.getName() + " has no validator " + name
                    + " for '" + entry.routingKey() + "'", e);
        }
    }
}
