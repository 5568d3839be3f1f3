package io.busgen.generator.model;

import io.busgen.generator.source.SourceLocation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code catalog.json} says about the catalogue as a whole.
 *
 * @param name short name, lower case ({@code infrahub}); names the generated catalogue class
 * @param title the docs page's title
 * @param description one paragraph on what the catalogue is for
 * @param intro the docs page's opening text
 * @param info an optional note the docs show in an info box
 * @param defaultPriority the priority of a message without {@code x-priority}
 * @param maxPriority the highest priority a message may have (the queue's {@code x-max-priority})
 * @param javaPackage the default package of generated code
 * @param routingKeyPattern the ECMA-262 pattern every routing key must match ({@code routingKeyPattern}; JSON Schema's
 *     {@code pattern} semantics: it matches anywhere unless anchored)
 * @param pages the docs pages {@code generate} writes for the catalogue, by name ({@link #PAGE_NAMES})
 * @param broker how the messages travel on a RabbitMQ broker ({@code broker}; Infrahub's topology by default)
 * @param javaTypes the JDK types values of a format or JSON type are held as unless a field says otherwise
 *     ({@code javaTypes}; none by default), by what they map ({@link ScalarJavaType#mapsFrom}: {@code uuid},
 *     {@code date}, {@code number}, {@code integer})
 * @param location where {@code catalog.json} stands, for problems and diff findings about the catalogue as a whole
 */
public record CatalogInfo(
        String name,
        String title,
        @Nullable String description,
        @Nullable String intro,
        @Nullable String info,
        int defaultPriority,
        int maxPriority,
        String javaPackage,
        String routingKeyPattern,
        List<String> pages,
        BrokerTopology broker,
        Map<String, ScalarJavaType> javaTypes,
        SourceLocation location) {

    /** Infrahub's rule, the default: three lower-case segments {@code domain.subdomain.action}. */
    public static final String DEFAULT_ROUTING_KEY_PATTERN = "^[a-z0-9_]+\\.[a-z0-9_]+\\.[a-z0-9_]+$";

    /** The docs pages a catalogue can name: busgen's catalogue page, and Infrahub's "Message bus events" page. */
    public static final List<String> PAGE_NAMES = List.of("catalog", "infrahub");

    /** The pages of a catalogue that names none. */
    public static final List<String> DEFAULT_PAGES = List.of("catalog");

    public CatalogInfo {
        pages = List.copyOf(pages);
        javaTypes = Map.copyOf(javaTypes);
    }
}
