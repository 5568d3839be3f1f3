package io.busgen.generator.emit;

import java.nio.charset.StandardCharsets;

/**
 * One generated file: its path relative to the output directory (with {@code /} separators) and its content.
 */
public record GeneratedFile(String path, String content) {

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
