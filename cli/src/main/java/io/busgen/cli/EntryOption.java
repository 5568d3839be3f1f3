package io.busgen.cli;

import io.busgen.generator.model.Catalog;
import io.busgen.generator.model.MessageType;
import io.busgen.generator.source.Suggestions;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --routing-key KEY} and {@code --response} options ({@code @Mixin}): which catalogue entry to use. */
final class EntryOption {

    @Option(names = "--routing-key", paramLabel = "KEY", required = true,
            completionCandidates = Completions.BundledRoutingKeys.class,
            description = "The routing key of the message (or with --response, of the response) the files hold.")
    private String routingKey = "";

    @Option(names = "--response", description = "Read the files as the response with that routing key, not as"
            + " the message.")
    private boolean response;

    /**
     * The entry the options name.
     *
     * @throws ParameterException (a usage error) when the catalogue has no such entry; the message names the known
     *     routing keys and the nearest one
     */
    MessageType resolve(Catalog catalog, CommandSpec spec) {
        Optional<MessageType> entry = response ? catalog.response(routingKey) : catalog.message(routingKey);
        if (entry.isPresent()) {
            return entry.get();
        }
        List<String> known = (response ? catalog.responses() : catalog.messages()).stream()
                .map(MessageType::routingKey).toList();
        String kind = response ? "response" : "message";
        String listing = known.isEmpty() ? "the " + catalog.info().name() + " catalogue has no " + kind + "s"
                : "the " + catalog.info().name() + " catalogue's " + kind + " routing keys: " + String.join(", ", known);
        if (response && catalog.message(routingKey).isPresent()) {
            throw new ParameterException(spec.commandLine(), "message '" + routingKey + "' has no response; "
                    + listing);
        }
        Optional<String> nearest = Suggestions.nearest(routingKey, known);
        throw new ParameterException(spec.commandLine(), "unknown " + kind + " routing key '" + routingKey + "'; "
                + listing + nearest.map(n -> "; did you mean '" + n + "'?").orElse(""));
    }
}
