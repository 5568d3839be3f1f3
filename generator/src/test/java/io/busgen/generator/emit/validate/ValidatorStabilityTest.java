package io.busgen.generator.emit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.emit.GeneratedFile;
import io.busgen.generator.emit.java.JavaEmitter;
import io.busgen.generator.load.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A diff of generated code can be reviewed: an edit of one constraint of one field changes the validation code of
 * that field's type and nothing else. The kitchen catalogue is generated, one keyword of one schema is edited, and it
 * is generated again: in the validators class only members (methods and constants) named for the edited type may
 * differ, and at least its method does (an import may come or go with a constant's type); every other file is the
 * same, but for the schema fingerprint of the messages whose schema includes the edited one (docs/schema-dialect.md:
 * the fingerprint covers every keyword).
 */
class ValidatorStabilityTest {

    private static final String ORDER = "messages/kitchen.order.placed.json";
    private static final String VALIDATORS = "com/example/kitchen/KitchenValidators.java";
    private static final Pattern METHOD = Pattern.compile("^    private static void (\\w+)\\(");
    /** The file's comment, package, imports and the class's Javadoc and declaration. */
    private static final String HEADER = "(header)";
    private static final Pattern FIELD = Pattern.compile("^    (?:public |private )?static final .*? (\\w+) =");

    /** An edit of one keyword: in which file, what text becomes what, and the type whose validation it changes. */
    record Edit(String file, String before, String after, String method, Set<String> fingerprintsChanged) {}

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.argumentSet("a bound of a field of a nested type", new Edit(ORDER,
                        "\"quantity\": { \"type\": \"integer\", \"minimum\": 1 }",
                        "\"quantity\": { \"type\": \"integer\", \"minimum\": 2 }",
                        "kitchenOrderPlacedLine", Set.of("KitchenOrderPlaced.java"))),
                Arguments.argumentSet("a new length limit on a field of a shared type", new Edit("defs/tree.json",
                        "\"label\": { \"type\": \"string\" }",
                        "\"label\": { \"type\": \"string\", \"maxLength\": 40 }",
                        "tree", Set.of("KitchenOrderPlaced.java"))),
                Arguments.argumentSet("a new pattern, which needs a constant", new Edit(ORDER,
                        "\"street\": { \"type\": \"string\" }",
                        "\"street\": { \"type\": \"string\", \"pattern\": \"^[A-Z]\" }",
                        "kitchenOrderPlacedAddress", Set.of("KitchenOrderPlaced.java"))),
                Arguments.argumentSet("a bound of a message's own field", new Edit(
                        "messages/kitchen.pantry.checked.json",
                        "\"maximum\": 12", "\"maximum\": 24",
                        "kitchenPantryChecked", Set.of("KitchenPantryChecked.java"))));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void editingOneConstraintChangesOnlyThatTypesValidationCode(Edit edit, @TempDir Path work) throws Exception {
        Path catalogue = copyOfTheKitchen(work);
        Map<String, String> before = generate(catalogue);
        Path file = catalogue.resolve(edit.file());
        String text = Files.readString(file);
        assertThat(text.split(Pattern.quote(edit.before()), -1)).as("the text to edit, once").hasSize(2);
        Files.writeString(file, text.replace(edit.before(), edit.after()));
        Map<String, String> after = generate(catalogue);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        Map<String, String> membersBefore = members(before.get(VALIDATORS));
        Map<String, String> membersAfter = members(after.get(VALIDATORS));
        assertThat(withoutImports(membersAfter.remove(HEADER))).as("the class's header, imports aside")
                .isEqualTo(withoutImports(membersBefore.remove(HEADER)));
        Set<String> changedMembers = changedMembers(membersBefore, membersAfter);
        // The type's method, its public validator (which says whether decoding enforces the schema) and constants.
        String constant = io.busgen.generator.model.JavaNames.upperSnake(edit.method());
        assertThat(changedMembers).as("the validators' members that changed").contains(edit.method())
                .allSatisfy(name -> assertThat(name.equals(edit.method()) || name.equals(constant)
                        || name.startsWith(constant + "_")).as(name + " belongs to " + edit.method()).isTrue());

        Set<String> fingerprinted = new TreeSet<>();
        for (String path : before.keySet()) {
            if (path.equals(VALIDATORS) || before.get(path).equals(after.get(path))) {
                continue;
            }
            List<String> old = before.get(path).lines().toList();
            List<String> now = after.get(path).lines().toList();
            assertThat(now).as(path).hasSameSizeAs(old);
            for (int i = 0; i < old.size(); i++) {
                if (!old.get(i).equals(now.get(i))) {
                    assertThat(now.get(i)).as(path + " line " + (i + 1)).contains("String FINGERPRINT = ");
                }
            }
            fingerprinted.add(path.substring(path.lastIndexOf('/') + 1));
        }
        assertThat(fingerprinted).as("files whose fingerprint changed").isEqualTo(edit.fingerprintsChanged());
    }

    private static Path copyOfTheKitchen(Path work) throws Exception {
        Path source = Path.of(ValidatorStabilityTest.class.getResource("/catalogs/kitchen").toURI());
        Path target = work.resolve("kitchen");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    private static Map<String, String> generate(Path catalogue) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (GeneratedFile file : JavaEmitter.emit(CatalogLoader.load(catalogue, "kitchen").orThrow(), null)) {
            files.put(file.path(), file.content());
        }
        return files;
    }

    private static List<String> withoutImports(String header) {
        return header.lines().filter(line -> !line.startsWith("import ")).toList();
    }

    /**
     * The members of a generated class by name: each is its Javadoc, annotations and declaration, up to the blank line
     * that separates it from the next.
     */
    private static Map<String, String> members(String source) {
        Map<String, String> members = new LinkedHashMap<>();
        List<String> chunk = new ArrayList<>();
        String name = null;
        for (String line : source.lines().toList()) {
            if (line.isBlank()) {
                if (name != null) {
                    members.put(name, String.join("\n", chunk));
                }
                chunk.clear();
                name = null;
                continue;
            }
            chunk.add(line);
            if (line.startsWith("public final class ")) {
                members.put(HEADER, String.join("\n", chunk));
                chunk.clear();
                continue;
            }
            Matcher method = METHOD.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (name == null && method.find()) {
                name = method.group(1);
            } else if (name == null && field.find()) {
                name = field.group(1);
            }
        }
        if (name != null) {
            members.put(name, String.join("\n", chunk));
        }
        return members;
    }

    /** The names of the members added, removed or changed; the others must keep their order. */
    private static Set<String> changedMembers(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> member : before.entrySet()) {
            if (!member.getValue().equals(after.get(member.getKey()))) {
                changed.add(member.getKey());
            }
        }
        for (String name : after.keySet()) {
            if (!before.containsKey(name)) {
                changed.add(name);
            }
        }
        List<String> keptBefore = before.keySet().stream().filter(n -> !changed.contains(n)).toList();
        List<String> keptAfter = after.keySet().stream().filter(n -> !changed.contains(n)).toList();
        assertThat(keptAfter).as("the unchanged members, in order").isEqualTo(keptBefore);
        return changed;
    }
}
