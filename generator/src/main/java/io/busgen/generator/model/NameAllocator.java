package io.busgen.generator.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out Java names within one scope, as JavaPoet's {@code NameAllocator} does: a preferred name that is taken
 * gets {@code _} appended until it is free. Case-insensitive scopes (the classes of one package or one file, which
 * become files on disks that may ignore case) treat {@code Meta} and {@code META} as the same name.
 */
public final class NameAllocator {

    private final boolean ignoreCase;
    private final Set<String> taken = new HashSet<>();
    /** Names taken exactly as written, whatever the scope's case rule: the keywords. */
    private final Set<String> exact = new HashSet<>(JavaNameTable.KEYWORDS);

    private NameAllocator(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** A scope of variables or members: {@code meta} and {@code Meta} differ. */
    public static NameAllocator caseSensitive() {
        return new NameAllocator(false);
    }

    /** A scope of class names, which must differ in more than case. */
    public static NameAllocator ignoringCase() {
        return new NameAllocator(true);
    }

    /** Marks names as taken, without handing them out. */
    public NameAllocator reserve(Collection<String> names) {
        names.forEach(name -> taken.add(key(name)));
        return this;
    }

    public NameAllocator reserve(String name) {
        taken.add(key(name));
        return this;
    }

    public boolean isTaken(String name) {
        return exact.contains(name) || taken.contains(key(name));
    }

    /** Takes exactly {@code name}; false when it is taken already. */
    public boolean claim(String name) {
        return !exact.contains(name) && taken.add(key(name));
    }

    /** The preferred name, or the first free one of {@code name_}, {@code name__}, ...; it is then taken. */
    public String allocate(String preferred) {
        String name = preferred;
        while (!claim(name)) {
            name = name + "_";
        }
        return name;
    }

    /** A copy that can take more names without changing this one. */
    public NameAllocator copy() {
        NameAllocator copy = new NameAllocator(ignoreCase);
        copy.taken.addAll(taken);
        copy.exact.addAll(exact);
        return copy;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
