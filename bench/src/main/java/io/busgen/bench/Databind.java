package io.busgen.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.busgen.infrahub.Meta;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The competitor: Jackson 3 databind, configured to produce the same JSON value as upstream from the same records:
 * snake_case names, nulls left out, enums by their wire value, meta's envelope-only fields not in the body.
 */
final class Databind {

    private Databind() {}

    /** Meta's priority, headers and expiration travel in the envelope, never in the body. */
    @JsonIgnoreProperties({"priority", "headers", "expiration"})
    abstract static class MetaEnvelopeOnlyFields {}

    static JsonMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .enable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(Meta.class, MetaEnvelopeOnlyFields.class)
                .build();
    }
}
