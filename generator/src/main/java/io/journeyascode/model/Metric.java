package io.journeyascode.model;

import java.util.List;
import java.util.Optional;

/**
 * How the experience at a touchpoint is measured. {@code type}'s key span is the metric's
 * {@code type} key, where findings about the metric point. {@code actual} is the value written
 * in YAML; measurements (SPEC §5) override it, see {@link PlaybookIndex#actual}. {@code better}
 * ({@code higher} or {@code lower}) is which way a custom metric improves, as written; the
 * built-in types have their own direction.
 */
public record Metric(
        Located<MetricType> type,
        Optional<Located<String>> name,
        Optional<Located<Double>> target,
        Optional<Located<Double>> actual,
        Optional<Located<String>> better) {

    /** A metric without {@code better}. */
    public Metric(
            Located<MetricType> type,
            Optional<Located<String>> name,
            Optional<Located<Double>> target,
            Optional<Located<Double>> actual) {
        this(type, name, target, actual, Optional.empty());
    }

    /** Whether a higher value is better: the type's direction, or {@code better} for a custom metric. */
    public boolean higherIsBetter() {
        if (type.value() == MetricType.CUSTOM && better.isPresent()) {
            return !better.get().value().equals(LOWER);
        }
        return type.value().higherIsBetter();
    }

    /** Whether {@code actual} is worse than {@code target}, in this metric's direction. */
    public boolean worseThan(double target, double actual) {
        return higherIsBetter() ? actual < target : actual > target;
    }

    /** The value of {@code better} for metrics where a lower value is better. */
    public static final String LOWER = "lower";

    /** The value of {@code better} for metrics where a higher value is better. */
    public static final String HIGHER = "higher";

    /**
     * The metric's type, or a custom metric's name: what SPEC §5 has a measurements row write. A
     * touchpoint may hold several metrics with one key; which metric a row measures is
     * {@link Touchpoint#metricsNamed}'s answer, and what it should write {@link Touchpoint#measurementKey}'s.
     */
    public String key() {
        return type.value() == MetricType.CUSTOM && name.isPresent()
                ? name.get().value()
                : type.value().yaml();
    }

    /**
     * The values of a measurements row's {@code metric} column that name this metric (SPEC §5):
     * its type, unless it is a custom metric with a name, then its {@code name}. Whether a value
     * names it alone depends on the touchpoint's other metrics: see {@link Touchpoint#metricsNamed}.
     */
    public List<String> columnValues() {
        boolean byType = type.value() != MetricType.CUSTOM || name.isEmpty();
        if (name.isEmpty() || (byType && name.get().value().equals(type.value().yaml()))) {
            return List.of(type.value().yaml());
        }
        return byType
                ? List.of(type.value().yaml(), name.get().value())
                : List.of(name.get().value());
    }

    /** Whether a measurements row's {@code metric} column with this value names this metric. */
    public boolean answersTo(String column) {
        return (name.isPresent() && name.get().value().equals(column))
                || ((type.value() != MetricType.CUSTOM || name.isEmpty())
                        && type.value().yaml().equals(column));
    }

    /**
     * Whether the column names this metric's type in other letters ({@code CSAT}, as the site shows
     * it, for {@code csat}): what a row means when no metric answers to it as written.
     */
    public boolean answersToTypeIgnoringCase(String column) {
        return (type.value() != MetricType.CUSTOM || name.isEmpty())
                && type.value().yaml().equalsIgnoreCase(column);
    }

    /** A name for people: the custom name, else the type in capitals (NPS, CSAT…). */
    public String label() {
        // NPS, CSAT and CES are abbreviations; "emotion" is a word
        return name.map(Located::value)
                .orElse(
                        type.value() == MetricType.EMOTION
                                ? "Emotion"
                                : type.value().yaml().toUpperCase(java.util.Locale.ROOT));
    }
}
