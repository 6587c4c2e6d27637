package io.journeyascode.model;

/** Who runs a touchpoint: the company itself, a provider for it, or nobody it controls. */
public enum Ownership {
    OWNED,
    OUTSOURCED,
    EXTERNAL;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
