package io.journeyascode.model;

/** Whether the company meets the customer at the touchpoint itself or only through others. */
public enum Interaction {
    DIRECT,
    INDIRECT;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
