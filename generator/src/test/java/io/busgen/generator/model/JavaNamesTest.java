package io.busgen.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

    @ParameterizedTest
    @CsvSource({
        "check.generator.run, CheckGeneratorRun",
        "request.proposed_change.pipeline, RequestProposedChangePipeline",
        "node_diff, NodeDiff",
        "NodeDiffElement, NodeDiffElement",
        "auth_type, AuthType",
        "3d.model, _3dModel",
    })
    void upperCamel(String wire, String java) {
        assertThat(JavaNames.upperCamel(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "tags, item, Tag",
        "line_items, item, LineItem",
        "lineItems, item, LineItem",
        "categories, item, Category",
        "addresses, item, Address",
        "boxes, item, Box",
        "matches, item, Match",
        "children, item, Child",
        "grand_children, item, GrandChild",
        "people, item, Person",
        "data, item, DataItem",
        "status, value, StatusValue",
        "analysis, item, AnalysisItem",
        "ids, item, IdsItem",
        "matrix, item, MatrixItem",
        "attributes, value, Attribute",
        "3ds, item, _3d",
    })
    void elementTypesAreTheCollectionMadeSingular(String wire, String fallback, String java) {
        assertThat(JavaNames.elementTypeName(wire, fallback)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "generator_definition, generatorDefinition",
        "source_branch_sync_with_git, sourceBranchSyncWithGit",
        "URL, url",
        "httpCode, httpCode",
        "class, class_",
        "default, default_",
        "builder, builder_",
        "toBuilder, toBuilder_",
        "hash_code, hashCode_",
        "2fa, _2fa",
    })
    void lowerCamelAvoidsKeywordsAndReservedMembers(String wire, String java) {
        assertThat(JavaNames.lowerCamel(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "none, NONE",
        "read-only, READ_ONLY",
        "camelCase, CAMEL_CASE",
        "HTTPCode, HTTP_CODE",
        "ADDED, ADDED",
        "application/json, APPLICATION_JSON",
        "1x, _1X",
    })
    void upperSnake(String value, String constant) {
        assertThat(JavaNames.upperSnake(value)).isEqualTo(constant);
    }

    @Test
    void namesDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            // In Turkish, "i".toUpperCase() is a dotted capital I; Locale.ROOT keeps names ASCII.
            assertThat(JavaNames.upperCamel("item.id.issued")).isEqualTo("ItemIdIssued");
            assertThat(JavaNames.upperSnake("idle")).isEqualTo("IDLE");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void validatesIdentifiersAndPackages() {
        assertThat(JavaNames.isValidIdentifier("payload")).isTrue();
        assertThat(JavaNames.isValidIdentifier("class")).isFalse();
        assertThat(JavaNames.isValidIdentifier("2x")).isFalse();
        assertThat(JavaNames.isValidPackage("io.busgen.infrahub")).isTrue();
        assertThat(JavaNames.isValidPackage("io..busgen")).isFalse();
        assertThat(JavaNames.isValidPackage("com.example.new")).isFalse();
    }
}
