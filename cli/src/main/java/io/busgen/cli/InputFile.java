package io.busgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file a command reads, as the user named it, with its bytes.
 *
 * @param name how messages name the file: as typed, or {@value #STDIN} for {@code -}
 */
record InputFile(String name, byte[] bytes) {

    /** How messages name the standard input, which {@code -} reads. */
    static final String STDIN = "<stdin>";

    /**
     * Reads every named file before any is used, so that an unreadable one stops the command before it prints
     * anything; {@code -} reads the standard input (once, however often it is named).
     *
     * @throws CliException when a file cannot be read
     */
    static List<InputFile> readAll(List<String> names, InputStream stdin) {
        List<InputFile> files = new ArrayList<>();
        byte[] standardInput = null;
        for (String name : names) {
            if (name.equals("-")) {
                if (standardInput == null) {
                    try {
                        standardInput = stdin.readAllBytes();
                    } catch (IOException e) {
                        throw new CliException("cannot read the standard input (" + IoMessages.reason(e) + ")");
                    }
                }
                files.add(new InputFile(STDIN, standardInput));
            } else {
                files.add(new InputFile(name, read(name)));
            }
        }
        return files;
    }

    private static byte[] read(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new CliException(name + ": not a valid path (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) {
            throw new CliException(name + ": a directory, not a file; name the body files to read");
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CliException(name + ": cannot read the file (" + IoMessages.reason(e) + ")");
        }
    }
}
