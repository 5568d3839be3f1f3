package io.busgen.generator.compile;

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
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with the running JDK's compiler, in one {@code javac} call, and loads the
 * classes. Needs a JDK: on a JRE there is no system compiler, which {@link #available()} tells.
 */
public final class InMemoryCompiler {

    /** The outcome of a compilation: the compiled classes' bytes, or the compiler's diagnostics. */
    public record Result(Map<String, byte[]> classes, List<String> diagnostics) {
        public boolean succeeded() {
            return diagnostics.isEmpty();
        }

        /** A class loader over the compiled classes, delegating to {@code parent} for everything else. */
        public ClassLoader classLoader(ClassLoader parent) {
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

    private InMemoryCompiler() {}

    /** Whether this Java runtime has a compiler (a JDK, not a JRE). */
    public static boolean available() {
        return ToolProvider.getSystemJavaCompiler() != null;
    }

    /**
     * Compiles the sources against {@code classPath}; a warning counts as a failure when {@code options} hold
     * {@code -Werror}.
     *
     * @param options javac options such as {@code -Xlint:all}, {@code -Werror}, {@code --release 17}
     */
    public static Result compile(List<GeneratedFile> sources, String classPath, List<String> options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: busgen needs a JDK, not a JRE, to compile"
                    + " generated code");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<JavaFileObject> units = new ArrayList<>();
        for (GeneratedFile source : sources) {
            if (source.path().endsWith(".java")) {
                units.add(new SourceFile(source.path(), source.content()));
            }
        }
        List<String> arguments = new ArrayList<>(options);
        arguments.add("-classpath");
        arguments.add(classPath);
        boolean ok = compiler.getTask(null, files, diagnostics, arguments, null, units).call();
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                String where = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                        + diagnostic.getLineNumber() + ": ";
                messages.add(where + diagnostic.getKind().name().toLowerCase(Locale.ROOT) + ": "
                        + diagnostic.getMessage(Locale.ROOT));
            }
        }
        if (!ok && messages.isEmpty()) {
            messages.add("javac failed without a diagnostic");
        }
        return new Result(files.classes(), List.copyOf(messages));
    }

    private static final class SourceFile extends SimpleJavaFileObject {
        private final String content;

        SourceFile(String path, String content) {
            super(URI.create("memory:///" + path), Kind.SOURCE);
            this.content = content;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }

    private static final class ClassFile extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ClassFile(String className) {
            super(URI.create("memory:///" + className.replace('.', '/') + ".class"), Kind.CLASS);
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ClassFile> outputs = new HashMap<>();

        MemoryFileManager(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            ClassFile file = new ClassFile(className);
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
