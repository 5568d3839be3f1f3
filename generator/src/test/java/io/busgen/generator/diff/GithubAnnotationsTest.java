package io.busgen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.busgen.generator.source.SourceLocation;
import io.busgen.runtime.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void messagesAndPropertiesAreEscapedAsTheRunnerReadsThem() {
        assertThat(GithubAnnotations.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
        assertThat(GithubAnnotations.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
    }

    @Test
    void eachLevelHasItsCommandAndOnlyHeadLocationsAreAnnotatedOnAFile() {
        SourceLocation head = new SourceLocation("shop/messages/a,b.json", "/properties/x", 7, 9);
        SourceLocation base = new SourceLocation("origin/main:shop/messages/c.json", "", 1, 1);
        DiffReport report = new DiffReport("origin/main:shop", "shop", List.of(
                new Finding(Rule.FIELD_ADDED_OPTIONAL, Kind.MESSAGE, "shop.a.b", "/x", Side.HEAD, head, "added",
                        null),
                new Finding(Rule.DEFAULT_ADDED, Kind.MESSAGE, "shop.a.b", "/x", Side.HEAD, head, "default 1 added",
                        null),
                new Finding(Rule.MESSAGE_REMOVED, Kind.MESSAGE, "shop.c.d", "", Side.BASE, base, "removed",
                        "keep it")), List.of());

        assertThat(GithubAnnotations.render(report)).isEqualTo(
                "::error title=breaking%3A MESSAGE_REMOVED::MESSAGE_REMOVED message shop.c.d #: removed (producers:"
                        + " breaking, consumers: warning)%0Ain the base version at origin/main:shop/messages/c.json:1:1"
                        + "%0Akeep it\n"
                + "::warning file=shop/messages/a%2Cb.json,line=7,col=9,title=warning%3A DEFAULT_ADDED::DEFAULT_ADDED"
                        + " message shop.a.b #/x: default 1 added (producers: warning, consumers: info)\n"
                + "::notice file=shop/messages/a%2Cb.json,line=7,col=9,title=info%3A FIELD_ADDED_OPTIONAL::"
                        + "FIELD_ADDED_OPTIONAL message shop.a.b #/x: added (producers: info, consumers: info)\n");
    }
}
