package io.journeyascode.model;

/** When in the purchase a stage happens (SPEC §3). */
public enum Phase {
    BEFORE,
    DURING,
    AFTER;

    /** The word used in YAML. */
    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
