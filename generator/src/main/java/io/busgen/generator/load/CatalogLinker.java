package io.busgen.generator.load;

import io.busgen.generator.json.CanonicalJson;
import io.busgen.generator.load.EntryRules.Entry;
import io.busgen.generator.load.References.Target;
import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.CatalogInfo;
import io.busgen.generator.model.JavaTypeName;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.model.NamedType;
import io.busgen.generator.model.ObjectType;
import io.busgen.generator.model.ScalarJavaType;
import io.busgen.generator.schema.JsonType;
import io.busgen.generator.schema.Schema;
import io.busgen.generator.schema.SchemaDocument;
import io.busgen.generator.schema.SchemaIndex;
import io.busgen.generator.source.Problems;
import io.busgen.runtime.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the read schema files into the {@link Catalog} model, one job per class: {@link EntryRules} (the entry
 * files' x- keywords and the rules between them), {@link ExtensionPlacement} (where x- keywords may stand),
 * {@link References} ({@code $ref}), {@link TypeSlots} (naming the types references reach), {@link TypeBuilder}
 * (building every type), {@link DefaultCycles} and {@link DefaultObjects} (defaults no class could hold) and
 * {@link JavaLimits}; this class runs them in order and assembles the model, with each entry's fingerprint.
 */
final class CatalogLinker {

    private final CatalogInfo info;
    private final Map<String, CatalogFile> files;
    private final Set<String> unreadable;
    private final Problems problems;

    /** Decides every Java name. */
    private final JavaNaming naming;
    /** The types references can reach, named in the first pass. */
    private final TypeSlots slots;
    private Map<JavaTypeName, NamedType> built = new LinkedHashMap<>();
    private Map<Schema, JsonType> javaNumbers = Map.of();
    private Map<Schema, ScalarJavaType> javaTypes = Map.of();
    private final References references;
    private final SchemaFingerprint fingerprints = new SchemaFingerprint(new FingerprintLinks());

    /**
     * @param files the schema files that could be read, by path
     * @param unreadable the paths of schema files that could not be read (already reported: references to them are
     *     not reported again)
     */
    CatalogLinker(CatalogInfo info, Map<String, CatalogFile> files, Set<String> unreadable, Problems problems) {
        this.info = info;
        this.files = files;
        this.unreadable = unreadable;
        this.problems = problems;
        this.naming = new JavaNaming(info, problems);
        this.references = new References(files, unreadable, problems);
        this.slots = new TypeSlots(info.javaPackage(), naming, files, new DiscriminatedUnions(references));
    }

    Optional<Catalog> link() {
        int problemsBefore = problems.size();
        EntryRules entryRules = new EntryRules(info, unreadable, problems);
        List<Entry> entries = new ArrayList<>();
        for (CatalogFile file : files.values()) {
            file.kind().map(kind -> entryRules.read(file, kind)).ifPresent(entries::add);
            ExtensionPlacement.check(file, problems);
            references.check(file);
        }
        entryRules.checkAcross(entries);
        slots.name(entries);
        TypeBuilder builder = new TypeBuilder(slots, references, naming, info.javaTypes(), problems);
        built = naming.nameMembers(builder.buildAll());
        explainOneOfs(builder.unionSchemas());
        javaNumbers = builder.javaNumbers();
        javaTypes = builder.javaTypes();
        DefaultCycles.check(built.values(), problems);
        new DefaultObjects(built, problems).check();
        new JavaLimits(problems).check(built.values(), files.values());
        // Fingerprints are only taken of a sound catalogue, where every reference resolves: references to files that
        // could not be read were not reported again, but leave the catalogue unsound all the same.
        if (problems.size() > problemsBefore || !unreadable.isEmpty()) {
            return Optional.empty();
        }
        List<MessageType> messages = new ArrayList<>();
        List<MessageType> responses = new ArrayList<>();
        for (Entry entry : entries) {
            TypeSlots.Slot slot = slots.slot(entry.file().path() + "#");
            if (slot == null || !(built.get(slot.name()) instanceof ObjectType body)) {
                continue;
            }
            Optional<String> fingerprint = fingerprintOf(entry.file());
            if (fingerprint.isEmpty()) {
                continue;
            }
            MessageType type = new MessageType(entry.routingKey(), entry.kind(), entryRules.priorityOf(entry, entries),
                    entry.declaredPriority() != null, body.description(), body, entry.file().path(),
                    fingerprint.get());
            (entry.kind() == Kind.MESSAGE ? messages : responses).add(type);
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Catalog(info, messages, responses, List.copyOf(built.values()), schemaIndex(),
                javaNumbers, javaTypes));
    }

    /** Informs of every {@code oneOf} not built as a discriminated union why it is not one. */
    private void explainOneOfs(Set<Schema> unions) {
        for (CatalogFile file : files.values()) {
            for (Schema schema : file.document().schemas()) {
                if (!schema.isBooleanSchema() && !schema.oneOf().isEmpty() && !unions.contains(schema)) {
                    slots.unions().explain(schema, file, problems);
                }
            }
        }
    }

    // ---- schema fingerprints --------------------------------------------------------------------------------

    private Optional<String> fingerprintOf(CatalogFile entry) {
        try {
            return Optional.of(fingerprints.fingerprint(entry));
        } catch (CanonicalJson.NumberOutOfRange e) {
            problems.report(e.number().location(), "the number " + e.number().lexeme() + " is beyond the range of"
                    + " an IEEE double, which the schema fingerprint (RFC 8785) cannot write: use a smaller number");
            return Optional.empty();
        }
    }

    /**
     * The canonical text whose hash is the fingerprint of the entry file at {@code path}
     * ({@code messages/send.echo.request.json}); only meaningful once {@link #link()} found no problem.
     */
    String canonicalText(String path) {
        CatalogFile entry = files.get(path);
        if (entry == null || entry.kind().isEmpty()) {
            throw new IllegalArgumentException("no message or response file " + path);
        }
        return fingerprints.canonicalText(entry);
    }

    /** What the fingerprint needs of the linker: references resolved as for the types, and the types' names. */
    private final class FingerprintLinks implements SchemaFingerprint.Links {
        @Override
        public Optional<SchemaFingerprint.Target> resolve(CatalogFile from, Schema schema) {
            return references.resolve(from, schema)
                    .map(target -> new SchemaFingerprint.Target(target.file(), target.pointer()));
        }

        @Override
        public Optional<String> typeName(SchemaFingerprint.Target target) {
            return Optional.ofNullable(slots.slot(target.key())).map(slot -> slot.name().simpleName());
        }
    }

    /** The files' schemas, each {@code $ref} resolved (every reference resolves once linking has succeeded). */
    private SchemaIndex schemaIndex() {
        Map<SchemaDocument, String> documents = new LinkedHashMap<>();
        Map<Schema, Schema> refs = new java.util.IdentityHashMap<>();
        for (CatalogFile file : files.values()) {
            documents.put(file.document(), file.path());
            for (Schema schema : file.document().schemas()) {
                if (schema.ref() != null) {
                    references.resolve(file, schema).ifPresent(target -> refs.put(schema, target.schema()));
                }
            }
        }
        return new SchemaIndex(documents, refs);
    }
}
