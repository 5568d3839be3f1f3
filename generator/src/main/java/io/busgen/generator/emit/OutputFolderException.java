package io.busgen.generator.emit;

import java.io.IOException;

/**
 * The output folder cannot be written safely as it is: a symbolic link inside it, a manifest entry that leaves it,
 * another run holding its lock. The message is one line that names the file (and line, for the manifest) and the fix,
 * to be shown as it is.
 */
public final class OutputFolderException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) {
        super(message);
    }
}
