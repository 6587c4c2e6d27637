package io.journeyascode.model;

import java.util.Optional;

/**
 * How the experience at a touchpoint is measured. {@code type}'s key span is the metric's
 * {@code type} key, where findings about the metric point. {@code actual} is the value written
 * in YAML; measurements (SPEC §5) override it, see {@code MeasurementIndex}.
 */
public record Metric(
        Located<MetricType> type,
        Optional<Located<String>> name,
        Optional<Located<Double>> target,
        Optional<Located<Double>> actual) {

    /** The value of the {@code metric} column of a measurements file that names this metric. */
    public String key() {
        return type.value() == MetricType.CUSTOM && name.isPresent()
                ? name.get().value()
                : type.value().yaml();
    }

    /** A name for people: the custom name, else the type in capitals (NPS, CSAT…). */
    public String label() {
        return name.map(Located::value).orElse(type.value().yaml().toUpperCase(java.util.Locale.ROOT));
    }
}
