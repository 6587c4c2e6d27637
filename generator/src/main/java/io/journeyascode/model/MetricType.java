package io.journeyascode.model;

/** The kinds of metric of SPEC §3 with their value ranges; for CES a lower value is better. */
public enum MetricType {
    NPS(-100, 100, true),
    CSAT(0, 100, true),
    CES(1, 7, false),
    EMOTION(0, 100, true),
    CUSTOM(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);

    private final double min;
    private final double max;
    private final boolean higherIsBetter;
    /** The name in files, made once: rules and pages ask for it for every metric. */
    private final String yaml = name().toLowerCase(java.util.Locale.ROOT);

    MetricType(double min, double max, boolean higherIsBetter) {
        this.min = min;
        this.max = max;
        this.higherIsBetter = higherIsBetter;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean inRange(double value) {
        return value >= min && value <= max;
    }

    public String yaml() {
        return yaml;
    }
}
