package com.example.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.busgen.infrahub.InfrahubCatalog;
import io.busgen.infrahub.Meta;
import io.busgen.infrahub.SendEchoRequest;
import io.busgen.runtime.Envelope;
import org.junit.jupiter.api.Test;

/** Sending a message: build it, then turn it into what the broker carries. */
class PublishingTest {

    @Test
    void buildAMessageAndEncodeItToAnEnvelope() {
        // Every message has a builder; fields not set keep their schema default (meta: an all-default Meta).
        SendEchoRequest ping = SendEchoRequest.builder()
                .message("ping")
                .meta(Meta.builder().correlationId("c-1").replyTo("my-service.replies").build())
                .build();

        // The envelope: what an AMQP client's publish call needs, the routing key, the basic properties and the
        // body bytes.
        Envelope envelope = ping.toEnvelope();

        assertThat(envelope.routingKey()).isEqualTo("send.echo.request");
        // The priority is the catalogue's (x-priority 5 for send.echo.request), also SendEchoRequest.PRIORITY.
        assertThat(envelope.priority()).isEqualTo(SendEchoRequest.PRIORITY).isEqualTo(5);
        // meta fields that travel in the envelope (x-envelope) become AMQP properties.
        assertThat(envelope.properties())
                .containsEntry("content_type", "application/json")
                .containsEntry("content_encoding", "utf-8")
                .containsEntry("priority", 5)
                .containsEntry("correlation_id", "c-1")
                .containsEntry("reply_to", "my-service.replies");
        // The body is compact JSON in the schema's field order; fields that are null are left out.
        assertThat(envelope.bodyText()).isEqualTo("{\"meta\":{\"request_id\":\"\",\"correlation_id\":\"c-1\","
                + "\"reply_to\":\"my-service.replies\"},\"message\":\"ping\"}");
    }

    @Test
    void thePriorityComesFromTheCatalogueNotFromMeta() {
        // meta.priority says 1, but a published message goes out with its catalogue priority...
        SendEchoRequest ping = SendEchoRequest.builder()
                .message("ping")
                .meta(Meta.builder().priority(1).build())
                .build();
        assertThat(ping.toEnvelope().priority()).isEqualTo(5);

        // ... unless one send asks for another, within 1..the catalogue's maximum.
        assertThat(SendEchoRequest.ADAPTER.toEnvelope(ping, 2).priority()).isEqualTo(2);
        assertThatThrownBy(() -> SendEchoRequest.ADAPTER.toEnvelope(ping, InfrahubCatalog.MAX_PRIORITY + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequiredFieldCannotBeForgotten() {
        // The record's constructor checks required fields and names the wire field.
        assertThatThrownBy(() -> SendEchoRequest.builder().build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message is required");
    }
}
