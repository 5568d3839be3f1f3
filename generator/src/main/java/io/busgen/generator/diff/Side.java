package io.busgen.generator.diff;

/** Which version of the catalogue a finding's location is in. */
public enum Side {
    /** The old version, for what the change removed. */
    BASE,
    /** The new version, for everything else. */
    HEAD
}
