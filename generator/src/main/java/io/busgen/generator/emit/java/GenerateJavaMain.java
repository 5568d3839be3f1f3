package io.busgen.generator.emit.java;

import io.busgen.generator.emit.GeneratedFiles;
import io.busgen.generator.load.CatalogLoader;
import io.busgen.generator.load.LoadResult;
import io.busgen.generator.source.Problem;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Generates a catalogue's Java sources from a build that runs programs (such as exec-maven-plugin):
 * {@code GenerateJavaMain CATALOG_DIR OUTPUT_DIR [PACKAGE]}. Problems are printed one per line and make it exit 1.
 * Users reach the same through {@code busgen generate} or the Maven plugin.
 */
public final class GenerateJavaMain {

    private GenerateJavaMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GenerateJavaMain CATALOG_DIR OUTPUT_DIR [PACKAGE]");
            System.exit(2);
        }
        LoadResult result = CatalogLoader.load(Path.of(args[0]), args[0]);
        if (!result.ok()) {
            for (Problem problem : result.problems()) {
                System.err.println(problem.format());
            }
            System.exit(1);
        }
        GeneratedFiles.WriteSummary summary = GeneratedFiles.write(Path.of(args[1]),
                JavaEmitter.emit(result.orThrow(), args.length == 3 ? args[2] : null));
        System.out.println("busgen: " + summary.written() + " Java files written, " + summary.unchanged()
                + " unchanged, in " + args[1]);
    }
}
