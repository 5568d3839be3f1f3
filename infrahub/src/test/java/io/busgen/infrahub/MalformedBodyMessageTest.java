package io.busgen.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.busgen.runtime.DecodeException;
import io.busgen.runtime.DecodeException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A malformed body's message quotes at most 20 characters of it: bodies come from other services, messages go to logs. */
class MalformedBodyMessageTest {

    @Test
    void aLongMalformedTokenIsCutToTwentyCharacters() {
        String token = "ghp_Secret123abcdefghijklmnopqrstuvwxyz0123456789";
        DecodeException error = catchThrowableOfType(DecodeException.class, () -> SendEchoRequest.ADAPTER.decode(
                ("{\"message\": " + token + "}").getBytes(StandardCharsets.UTF_8)));

        assertThat(error.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(error.getMessage()).isEqualTo("malformed JSON at line 1, column 13: unexpected '"
                + token.substring(0, 20) + "...': expected a value (a string is written in double quotes)");
    }
}
