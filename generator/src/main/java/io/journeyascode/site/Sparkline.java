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
        String escaped = StringEscapeUtils.escapeXml10(label);
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
                .append(escaped)
                .append("\"><title>")
                .append(escaped)
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

    /**
     * One decimal, as {@code new BigDecimal(Double.toString(value)).setScale(1, HALF_UP)} gives
     * it, without its cost (a hot path): the points of a sparkline lie between 1 and 1000, where
     * {@code Double.toString} writes plain digits, and rounding that text half up is exact.
     */
    static String fmt(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value >= 1 && value < 1_000_000) {
            String text = Double.toString(value); // "I.F", at least one digit each
            int dot = text.indexOf('.');
            if (dot > 0 && text.indexOf('E') < 0) {
                if (text.length() - dot <= 2) {
                    return text;
                }
                char[] digits = text.substring(0, dot + 2).toCharArray();
                if (text.charAt(dot + 2) >= '5') {
                    int i = digits.length - 1;
                    while (i >= 0) {
                        if (digits[i] == '.') {
                            i--;
                            continue;
                        }
                        if (digits[i] == '9') {
                            digits[i] = '0';
                            i--;
                        } else {
                            digits[i]++;
                            break;
                        }
                    }
                    return i < 0 ? "1" + new String(digits) : new String(digits);
                }
                return new String(digits);
            }
        }
        return new java.math.BigDecimal(Double.toString(value))
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
