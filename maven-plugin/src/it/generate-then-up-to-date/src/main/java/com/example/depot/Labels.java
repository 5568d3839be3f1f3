package com.example.depot;

import io.busgen.runtime.Envelope;

/** Main code using the generated classes: they are compile sources, not only test sources. */
public final class Labels {

    private Labels() {}

    public static Envelope printed(String parcelId, long grams) {
        return ParcelLabelPrinted.builder().parcelId(parcelId).weightGrams(grams).build().toEnvelope();
    }
}
