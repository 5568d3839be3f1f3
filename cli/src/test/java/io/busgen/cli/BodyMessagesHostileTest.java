package io.busgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies from other services, crafted to break the report: control characters and line breaks in member names and in
 * malformed tokens, long tokens. Each finding stays one line that drives no terminal, and quotes little of the body.
 */
class BodyMessagesHostileTest {

    @Test
    void aMemberNameWithALineBreakAndAnEscapeIsOneLine(@TempDir Path dir) throws IOException {
        Path catalogue = CliRun.copyOfShop(dir);
        Path message = catalogue.resolve("messages/order.item.placed.json");
        Files.writeString(message, Files.readString(message, StandardCharsets.UTF_8).replace("\"required\":",
                "\"additionalProperties\": {\"type\": \"integer\"},\n  \"required\":"), StandardCharsets.UTF_8);
        Path body = ValidateCommandTest.write(dir, "b.json", "{\"order_id\": \"o\", \"quantity\": 1,"
                + " \"x\\n\\u001b[2J\\u2028y\": \"s\"}");

        CliRun run = CliRun.of("validate", "--catalog", catalogue.toString(), "--no-cache", "--routing-key",
                "order.item.placed", body.toString());

        assertThat(run.out()).isEqualTo(body + ": /x\\n\\u001B[2J\\u2028y: must be an integer, not a string\n");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aMalformedTokenIsQuotedShortAndEscaped() {
        CliRun run = CliRun.withStdin("{\"message\": ghp_Secret123abcdefghijklmnop\u001b[2Jqrstuvwxyz}", "validate",
                "--routing-key", "send.echo.request", "-");

        assertThat(run.out()).isEqualTo("<stdin>: line 1 column 13: malformed JSON: unexpected"
                + " 'ghp_Secret123abcdefg...': expected a value (a string is written in double quotes)\n");
        CliRun escaped = CliRun.withStdin("{\"message\": ab\u001b[2J}", "validate", "--routing-key",
                "send.echo.request", "-");
        assertThat(escaped.out()).startsWith("<stdin>: line 1 column 13: malformed JSON: unexpected"
                + " 'ab\\u001B'").doesNotContain("\u001b");
    }
}
