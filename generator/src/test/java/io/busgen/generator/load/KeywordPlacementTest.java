package io.busgen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.schema.Keyword;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Where each keyword may stand: busgen's own keywords each have a place, which lint checks. */
class KeywordPlacementTest {

    @Test
    void everyBusgenKeywordHasAPlaceInExtensionPlacement() {
        assertThat(Arrays.stream(Keyword.values()).filter(Keyword::isExtension)
                        .filter(k -> ExtensionPlacement.placement(k) == ExtensionPlacement.Placement.ANYWHERE))
                .as("x- keywords that ExtensionPlacement.placement does not place")
                .isEmpty();
    }

    @Test
    void theKeywordsOfJsonSchemaStandAnywhere() {
        assertThat(Arrays.stream(Keyword.values()).filter(k -> !k.isExtension())
                        .filter(k -> ExtensionPlacement.placement(k) != ExtensionPlacement.Placement.ANYWHERE))
                .isEmpty();
    }
}
