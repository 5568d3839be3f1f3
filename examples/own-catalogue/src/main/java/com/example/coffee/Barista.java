package com.example.coffee;

import com.example.coffee.bus.OrderCoffeePlaced;
import com.example.coffee.bus.OrderCoffeePlaced.Drink;
import com.example.coffee.bus.OrderCoffeePlacedResponse;
import com.example.coffee.bus.OrderCoffeeReady;
import io.busgen.runtime.Envelope;
import java.util.EnumSet;
import java.util.Set;

/** A barista's side of the bus: answers placed orders, and says when a drink is ready. */
public final class Barista {

    private final Set<Drink> unavailable;

    /** A barista who cannot make these drinks today. */
    public Barista(Set<Drink> unavailable) {
        this.unavailable = unavailable.isEmpty() ? EnumSet.noneOf(Drink.class) : EnumSet.copyOf(unavailable);
    }

    /** The answer to an {@code order.coffee.placed} delivery, addressed to the till's reply queue. */
    public Envelope answer(Envelope delivery) {
        OrderCoffeePlaced order = OrderCoffeePlaced.ADAPTER.fromEnvelope(delivery);
        OrderCoffeePlacedResponse response = unavailable.contains(order.drink())
                ? OrderCoffeePlacedResponse.builder()
                        .accepted(false)
                        .reason("no " + order.drink().wireValue() + " today")
                        .build()
                : OrderCoffeePlacedResponse.builder()
                        .accepted(true)
                        .waitMinutes(2 + order.shots())
                        .build();
        return order.reply(response);
    }

    /** The {@code order.coffee.ready} message for a drink put on a counter. */
    public Envelope ready(OrderCoffeePlaced order, int counter) {
        return OrderCoffeeReady.builder()
                .orderId(order.orderId())
                .counter(counter)
                .calledName(order.customer().name())
                .build()
                .toEnvelope();
    }
}
