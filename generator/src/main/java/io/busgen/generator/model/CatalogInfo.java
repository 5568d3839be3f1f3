package io.busgen.generator.model;

import io.busgen.generator.source.SourceLocation;
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
        SourceLocation location) {}
