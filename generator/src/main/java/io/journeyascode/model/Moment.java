package io.journeyascode.model;

/** A designed moment of the journey: a positive peak, a known pain, or the end. */
public enum Moment {
    PEAK,
    PAIN,
    END;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
