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

    /**
     * As {@link #inRange(double)}, exactly, for a number as it is written ({@code
     * 7.0000000000000001}, which as a double is 7, is above a CES's 7); {@code value} is that
     * number read as a double, the answer for a text that is no decimal number. The text is asked
     * for only when the double is a bound of the range.
     */
    public boolean inRange(java.util.function.Supplier<String> written, double value) {
        if (this == CUSTOM || !inRange(value) || (value != min && value != max)) {
            // only a number whose double is a bound itself may lie beyond it
            return inRange(value);
        }
        try {
            java.math.BigDecimal exact = new java.math.BigDecimal(written.get().strip());
            return exact.compareTo(java.math.BigDecimal.valueOf(min)) >= 0
                    && exact.compareTo(java.math.BigDecimal.valueOf(max)) <= 0;
        } catch (NumberFormatException | ArithmeticException e) {
            return inRange(value);
        }
    }

    public String yaml() {
        return yaml;
    }
}
