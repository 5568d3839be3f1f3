package io.busgen.cli;

import io.busgen.generator.model.Catalog;
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
        Class<?> catalogClass = Class.forName(qualified(model, "Catalog"), true, loader);
        BusCatalog catalog = (BusCatalog) catalogClass.getField("INSTANCE").get(null);
        Class<?> validators = Class.forName(qualified(model, "Validators"), true, loader);
        if (!catalog.name().equals(model.info().name())) {
            throw new ClassCastException(catalogClass.getName() + " is the catalogue '" + catalog.name() + "', not '"
                    + model.info().name() + "'");
        }
        return new CatalogClasses(catalog, validators);
    }

    /** The qualified name of a catalogue-wide class: {@code com.example.shop.ShopCatalog} for {@code Catalog}. */
    static String qualified(Catalog model, String suffix) {
        String packageName = model.info().javaPackage();
        return (packageName.isEmpty() ? "" : packageName + ".") + model.catalogTypeName(suffix);
    }

    /** The catalogue's generated class, for its name and entries. */
    BusCatalog catalog() {
        return catalog;
    }

    /** The adapter (codec, routing key, kind, priority) of an entry. */
    EntryAdapter<?> adapter(MessageType entry) {
        Kind kind = entry.kind();
        return catalog.find(entry.routingKey(), kind).orElseThrow(() -> new IllegalStateException("the generated "
                + catalog.getClass().getName() + " has no " + kind.wireName() + " '" + entry.routingKey() + "'"));
    }

    /** The generated validator of an entry's body: the {@code VALIDATOR} constant of its record. */
    Validator validator(MessageType entry) {
        Class<?> record = adapter(entry).type();
        String name = "VALIDATOR";
        try {
            Field field = record.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new NoSuchFieldException(name + " is not static");
            }
            return (Validator) field.get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the generated " + record.getName() + " has no validator " + name
                    + " for '" + entry.routingKey() + "'", e);
        }
    }
}
