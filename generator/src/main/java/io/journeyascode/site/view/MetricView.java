package io.journeyascode.site.view;

/**
 * A metric: its name and type, target and actual as formatted text ("" when absent), a status
 * ({@code ok|below|unmeasured|no-target}) and its words, the date of the newest measurement, the
 * number of measurements and a small trend line ({@code trendSvg}, inline SVG made by the
 * generator, "" with fewer than two measurements). {@code lowerIsBetter} is the words that say so
 * for a metric where a lower value is better (CES, a custom metric with {@code better: lower}),
 * else "".
 */
public record MetricView(
        String label,
        String type,
        String target,
        String actual,
        String status,
        String statusLabel,
        String lastMeasured,
        int measurements,
        String trendSvg,
        String lowerIsBetter) {}
