package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.runtime.DecodeException;
import io.busgen.runtime.EntryAdapter;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import io.busgen.runtime.internal.JsonBodyWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code busgen encode}: decodes bodies as a catalogue entry and writes each one's canonical wire bytes (or its whole
 * envelope) on a line of its own.
 */
@Command(name = "encode", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Decode each file as a catalogue entry and write its canonical wire body, byte for byte as the"
                    + " generated codec sends it, followed by a newline: one line per file.",
            "With --envelope, write {\"routing_key\":\"...\",\"properties\":{...},\"body\":\"...\"} instead: the"
                    + " routing key it is published with, the AMQP properties the publisher sets (content_type,"
                    + " content_encoding, priority, correlation_id, reply_to, ...) and the body as a JSON string.",
            "Each body is validated against the entry's schema first (as 'busgen validate' does); --no-validate only"
                    + " decodes it. A file that is not valid is reported on stderr as FILE: /json/pointer: message,"
                    + " one line per violation."},
        footer = {"", "Exits " + ExitCodes.OK + " when every file decodes, " + ExitCodes.FINDINGS
                + " when any does not (or is not valid), " + ExitCodes.ERROR + " on a usage error (such as an unknown routing key),"
                + " a file that cannot be read, or a catalogue with problems."})
final class EncodeCommand implements Callable<Integer> {

    @Mixin
    private EntryInputs entryInputs;

    @Option(names = "--envelope", description = "Write the envelope: the routing key, the AMQP properties and the"
            + " body.")
    private boolean envelope;

    @Option(names = "--validate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Validate each body against the entry's schema before encoding it (the default);"
                    + " --no-validate only decodes it.")
    private boolean validate = true;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        EntryInputs.Opened opened = entryInputs.open();
        List<InputFile> inputs = opened.inputs();
        EntryAdapter<?> adapter = opened.classes().adapter(opened.entry());
        Validator validator = opened.validator();

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (InputFile input : inputs) {
            String line;
            if (validate) {
                List<Violation> violations = validator.validate(input.bytes());
                if (!violations.isEmpty()) {
                    out.flush();
                    violations.forEach(v -> err.println(Findings.line(input.name(), v)));
                    failed++;
                    continue;
                }
            }
            try {
                line = envelope ? envelopeLine(adapter, input.bytes()) : bodyLine(adapter, input.bytes());
            } catch (DecodeException e) {
                out.flush();
                err.println(Findings.line(input.name(), e));
                failed++;
                continue;
            } catch (IllegalArgumentException | ArithmeticException e) {
                // An envelope property out of range, such as a priority beyond the catalogue's maximum.
                out.flush();
                err.println(input.name() + ": " + Findings.ROOT + ": " + e.getMessage());
                failed++;
                continue;
            }
            // The exact bytes, then \n whatever the platform's line separator.
            out.print(line);
            out.print('\n');
        }
        out.flush();
        if (failed == 0) {
            return ExitCodes.OK;
        }
        err.println(failed + " of " + MessageText.count(inputs.size(), "file") + " did not "
                + (validate ? "validate" : "decode") + " as " + opened.what());
        return ExitCodes.FINDINGS;
    }

    /** The canonical body, as text (UTF-8 bytes, which the UTF-8 output writes back as they were). */
    private static <T> String bodyLine(EntryAdapter<T> adapter, byte[] body) {
        return new String(adapter.encode(adapter.decode(body)), StandardCharsets.UTF_8);
    }

    private static <T> String envelopeLine(EntryAdapter<T> adapter, byte[] body) {
        Envelope wire = adapter.toEnvelope(adapter.decode(body));
        JsonBodyWriter json = new JsonBodyWriter();
        json.beginObject()
                .name("routing_key").value(wire.routingKey())
                .name("properties").plainValue(wire.properties())
                .name("body").value(wire.bodyText())
                .endObject();
        return new String(json.toByteArray(), StandardCharsets.UTF_8);
    }
}
