package io.busgen.generator.fuzz;

import io.busgen.generator.emit.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles the generated sources of many catalogues in one {@code javac} call, in memory, keeping each diagnostic
 * with its code ({@code compiler.err.already.defined}) and source path, so that a failure can be pinned on its
 * catalogue (by package) and classified without its names.
 */
final class BatchCompiler {

    /**
     * The options every batch compiles with: what users' builds use ({@code -Xlint:all -Werror}, Java 17), and no
     * limit on the errors reported. On a JDK 17 {@code --release 17} is left out: it means the same there, and
     * costs every call a read of the JDK's API signatures.
     */
    static final List<String> OPTIONS = Runtime.version().feature() == 17
            ? List.of("-Xlint:all", "-Werror", "-proc:none", "-Xmaxerrs", "1000000", "-Xmaxwarns", "1000000",
                    "-implicit:none")
            : List.of("-Xlint:all", "-Werror", "--release", "17", "-proc:none", "-Xmaxerrs", "1000000",
                    "-Xmaxwarns", "1000000", "-implicit:none");

    /** One diagnostic: the source path ({@code /fuzz/k3/Foo.java}, or empty), javac's code, and its message. */
    record Problem(String source, long line, String code, String message) {}

    /** The classes compiled and the problems found; classes exist only when there is no problem. */
    record Result(Map<String, byte[]> classes, List<Problem> problems) {
        ClassLoader classLoader(ClassLoader parent) {
            Map<String, byte[]> compiled = Map.copyOf(classes);
            return new ClassLoader(parent) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = compiled.get(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
        }
    }

    private BatchCompiler() {}

    static Result compile(List<GeneratedFile> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Memory files = new Memory(compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8));
        List<JavaFileObject> units = new ArrayList<>();
        for (GeneratedFile source : sources) {
            if (source.path().endsWith(".java")) {
                units.add(new Source(source.path(), source.content()));
            }
        }
        List<String> arguments = new ArrayList<>(OPTIONS);
        arguments.add("-classpath");
        arguments.add(System.getProperty("java.class.path"));
        List<Problem> problems = new ArrayList<>();
        boolean ok;
        try {
            ok = compiler.getTask(null, files, diagnostics, arguments, null, units).call();
        } catch (RuntimeException e) {
            problems.add(new Problem("", 0, "javac.crashed", e.toString()));
            return new Result(Map.of(), problems);
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            String source = diagnostic.getSource() == null ? "" : diagnostic.getSource().toUri().getPath();
            problems.add(new Problem(source, diagnostic.getLineNumber(), String.valueOf(diagnostic.getCode()),
                    diagnostic.getMessage(Locale.ROOT)));
        }
        if (!ok && problems.isEmpty()) {
            problems.add(new Problem("", 0, "javac.failed", "javac failed without a diagnostic"));
        }
        return new Result(ok ? files.classes() : Map.of(), problems);
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(String path, String content) {
            super(URI.create("memory:///" + path), Kind.SOURCE);
            this.content = content;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }

    private static final class ClassBytes extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ClassBytes(String className) {
            super(URI.create("memory:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    private static final class Memory extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ClassBytes> outputs = new HashMap<>();

        Memory(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            ClassBytes file = new ClassBytes(className);
            outputs.put(className, file);
            return file;
        }

        Map<String, byte[]> classes() {
            Map<String, byte[]> classes = new HashMap<>();
            outputs.forEach((name, file) -> classes.put(name, file.bytes.toByteArray()));
            return classes;
        }
    }
}
