package io.busgen.cli;

import io.busgen.generator.source.MessageText;
import io.busgen.runtime.DecodeOptions;
import io.busgen.runtime.Validator;
import io.busgen.runtime.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code busgen validate}: checks message bodies against the schema of a catalogue entry with its generated validator,
 * printing every violation as {@code FILE: /pointer: message}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Validate message bodies against the schema of one catalogue entry, with the validator busgen generates"
                    + " for it.",
            "Prints each violation on stdout as FILE: /json/pointer: message ((root) for the whole body), or"
                    + " FILE: line L column C: message for a file that is not JSON, and a count on stderr;"
                    + " when every file is valid, one summary line.",
            "For a catalogue other than the bundled one, its Java is generated and compiled (this needs a JDK) and"
                    + " the classes are cached for the next run.",
            "With --format json, the findings in one JSON document instead: {\"routingKey\", \"kind\", \"files\","
                    + " \"invalidFiles\", \"counts\", \"findings\": [{\"file\", \"line\", \"column\", \"pointer\","
                    + " \"level\", \"message\"}, ...]}."},
        footer = {"", "Exits " + ExitCodes.OK + " when every file is valid, " + ExitCodes.FINDINGS
                + " when any is not, " + ExitCodes.ERROR + " on a usage error (such as an unknown routing key),"
                + " a file that cannot be read, or a catalogue with problems."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private EntryInputs entryInputs;

    @Option(names = "--assert-formats", description = "Also check the 'format' of strings, which JSON Schema"
            + " otherwise only annotates: every format of draft 2020-12 (date-time, date, time, duration, email,"
            + " idn-email, hostname, idn-hostname, ipv4, ipv6, uri, uri-reference, iri, iri-reference, uuid,"
            + " uri-template, json-pointer, relative-json-pointer, regex).")
    private boolean assertFormats;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        EntryInputs.Opened opened = entryInputs.open();
        List<InputFile> inputs = opened.inputs();
        Validator validator = opened.validator();

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LocatedFinding> findings = new ArrayList<>();
        int invalid = 0;
        for (InputFile input : inputs) {
            List<Violation> found = validator.validate(input.bytes(), DecodeOptions.DEFAULTS, assertFormats);
            for (Violation violation : found) {
                LocatedFinding finding = Findings.of(input.name(), violation);
                findings.add(finding);
                if (!formatOption.json()) {
                    out.println(finding.bodyLine());
                }
            }
            invalid += found.isEmpty() ? 0 : 1;
        }
        int violations = findings.size();
        if (formatOption.json()) {
            ObjectNode document = JsonOutput.object();
            document.put("routingKey", opened.entry().routingKey());
            document.put("kind", opened.entry().kind().wireName());
            document.put("files", inputs.size());
            document.put("invalidFiles", invalid);
            JsonOutput.putFindings(document, findings);
            JsonOutput.print(out, document);
            return invalid == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
        String what = opened.what();
        if (invalid == 0) {
            out.println(MessageText.count(inputs.size(), "file") + " valid as " + what);
            return ExitCodes.OK;
        }
        out.flush();
        err.println(MessageText.count(violations, "violation") + " in " + invalid + " of "
                + MessageText.count(inputs.size(), "file") + " (validated as " + what + ")");
        return ExitCodes.FINDINGS;
    }
}
