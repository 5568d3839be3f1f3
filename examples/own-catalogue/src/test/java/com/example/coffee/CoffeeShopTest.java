package com.example.coffee;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.coffee.bus.CoffeeShopCatalog;
import com.example.coffee.bus.CoffeeShopMessage;
import com.example.coffee.bus.CoffeeShopMessageVisitor;
import com.example.coffee.bus.Meta;
import com.example.coffee.bus.OrderCoffeePlaced;
import com.example.coffee.bus.OrderCoffeePlaced.Customer;
import com.example.coffee.bus.OrderCoffeePlaced.Drink;
import com.example.coffee.bus.OrderCoffeePlaced.Size;
import com.example.coffee.bus.OrderCoffeePlacedResponse;
import com.example.coffee.bus.OrderCoffeeReady;
import io.busgen.runtime.Envelope;
import io.busgen.runtime.Reply;
import io.busgen.runtime.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The classes generated from src/main/busgen at work: the till places an order, a barista answers it, the pick-up
 * screen shows it ready. Each schema became a record with a builder; inline enums and objects became nested types.
 */
class CoffeeShopTest {

    /** What the till sends: the reply queue and correlation id let the barista's answer find its way back. */
    private static final OrderCoffeePlaced ORDER = OrderCoffeePlaced.builder()
            .meta(Meta.builder().correlationId("order-42").replyTo("till-3.replies").build())
            .orderId("KX-0042")
            .drink(Drink.FLAT_WHITE)
            .shots(2)
            .customer(Customer.builder().name("Ada").build())
            .build();

    @Test
    void theTillPlacesAnOrder() {
        Envelope envelope = ORDER.toEnvelope();

        assertThat(envelope.routingKey()).isEqualTo("order.coffee.placed");
        // x-priority 4 in messages/order.coffee.placed.json.
        assertThat(envelope.priority()).isEqualTo(OrderCoffeePlaced.PRIORITY).isEqualTo(4);
        // size was not set: its schema default, "regular", is sent; enums travel as their wire values.
        assertThat(ORDER.size()).isEqualTo(Size.REGULAR);
        assertThat(envelope.bodyText()).isEqualTo("{\"meta\":{\"request_id\":\"\",\"correlation_id\":\"order-42\","
                + "\"reply_to\":\"till-3.replies\"},\"order_id\":\"KX-0042\",\"drink\":\"flat_white\","
                + "\"size\":\"regular\",\"shots\":2,\"customer\":{\"name\":\"Ada\"}}");
    }

    @Test
    void aBaristaAnswersAndTheTillReadsTheAnswer() {
        Barista barista = new Barista(Set.of(Drink.OAT_LATTE));

        // The barista's answer goes to the till's reply queue, with the order's correlation id...
        Envelope answer = barista.answer(ORDER.toEnvelope());
        assertThat(answer.routingKey()).isEqualTo("till-3.replies");
        assertThat(answer.correlationId()).isEqualTo("order-42");

        // ... and the till decodes it as the response to order.coffee.placed.
        Reply<OrderCoffeePlacedResponse> reply = OrderCoffeePlaced.decodeReply(answer);
        assertThat(reply.response().accepted()).isTrue();
        assertThat(reply.response().waitMinutes()).isEqualTo(4L);

        Envelope refusal = barista.answer(ORDER.toBuilder().drink(Drink.OAT_LATTE).build().toEnvelope());
        OrderCoffeePlacedResponse refused = OrderCoffeePlaced.decodeReply(refusal).response();
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.reason()).isEqualTo("no oat_latte today");
    }

    @Test
    void thePickUpScreenHandlesEveryMessage() {
        Envelope ready = new Barista(Set.of()).ready(ORDER, 2);

        // The screen listens to the whole catalogue: the routing key picks the type, and the visitor has one
        // method per message, so a message added to the catalogue is a compile error here until it is handled.
        CoffeeShopMessage message = CoffeeShopCatalog.INSTANCE.decodeMessage(ready);
        String shown = message.accept(new CoffeeShopMessageVisitor<>() {
            @Override
            public String visit(OrderCoffeePlaced placed) {
                return "preparing " + placed.orderId();
            }

            @Override
            public String visit(OrderCoffeeReady done) {
                return done.calledName() + ", your drink is on counter " + done.counter();
            }
        });

        assertThat(shown).isEqualTo("Ada, your drink is on counter 2");
    }

    @Test
    void anInvalidOrderIsRejectedWithEveryReason() {
        // What a till with a bug might send: a receipt number of the wrong form, a drink the shop does not make,
        // seven shots, and a customer with an empty name.
        byte[] body = ("{\"order_id\":\"42\",\"drink\":\"mocha\",\"shots\":7,\"customer\":{\"name\":\"\"}}")
                .getBytes(UTF_8);

        // The validator was generated from the schema: patterns, enums, bounds and lengths included.
        List<Violation> violations = OrderCoffeePlaced.VALIDATOR.validate(body);
        violations.forEach(violation -> System.out.println("order.coffee.placed: " + violation));

        assertThat(violations).extracting(Violation::instanceLocation)
                .containsExactly("/order_id", "/drink", "/shots", "/customer/name");
        assertThat(violations).extracting(Violation::keyword)
                .containsExactly("pattern", "enum", "maximum", "minLength");
        assertThat(violations.get(2)).hasToString("/shots: must be at most 4, not 7");
        assertThat(violations.get(2).schemaLocation())
                .isEqualTo("messages/order.coffee.placed.json#/properties/shots/maximum");
    }
}
