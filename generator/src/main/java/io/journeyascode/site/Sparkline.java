package io.journeyascode.site;

import io.journeyascode.model.Measurement;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;

/** A small trend line of a metric's measurements as inline SVG, with the target as a dashed line. */
public final class Sparkline {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 32;
    private static final double PAD = 4;

    private Sparkline() {}

    /** The SVG, or "" when there are fewer than two measurements. {@code label} is escaped here. */
    public static String svg(List<Measurement> series, Optional<Double> target, String label) {
        if (series.size() < 2) {
            return "";
        }
        double min = series.stream().mapToDouble(Measurement::value).min().orElse(0);
        double max = series.stream().mapToDouble(Measurement::value).max().orElse(0);
        if (target.isPresent()) {
            min = Math.min(min, target.get());
            max = Math.max(max, target.get());
        }
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        StringBuilder points = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < series.size(); i++) {
            lastX = PAD + (WIDTH - 2 * PAD) * i / (series.size() - 1);
            lastY = y(series.get(i).value(), min, max);
            if (i > 0) {
                points.append(' ');
            }
            points.append(fmt(lastX)).append(',').append(fmt(lastY));
        }
        StringBuilder svg = new StringBuilder(512);
        svg.append("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(StringEscapeUtils.escapeXml10(label))
                .append("\"><title>")
                .append(StringEscapeUtils.escapeXml10(label))
                .append("</title>");
        if (target.isPresent()) {
            String ty = fmt(y(target.get(), min, max));
            svg.append("<line class=\"spark-target\" x1=\"0\" x2=\"")
                    .append(WIDTH)
                    .append("\" y1=\"")
                    .append(ty)
                    .append("\" y2=\"")
                    .append(ty)
                    .append("\"/>");
        }
        svg.append("<polyline class=\"spark-line\" fill=\"none\" points=\"")
                .append(points)
                .append("\"/><circle class=\"spark-last\" r=\"2.5\" cx=\"")
                .append(fmt(lastX))
                .append("\" cy=\"")
                .append(fmt(lastY))
                .append("\"/></svg>");
        return svg.toString();
    }

    private static double y(double value, double min, double max) {
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value - min) / (max - min);
    }

    /** One decimal, as {@code %.1f} rounds, without its cost (a hot path). */
    private static String fmt(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new java.math.BigDecimal(Double.toString(value))
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
