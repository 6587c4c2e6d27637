package io.journeyascode.diagram;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The emotion curve of a journey as an SVG made in Java (not Graphviz): touchpoints in file order
 * on the x axis; the intended feeling (+1 for a positive target emotion, -1 for one of the
 * playbook's negative emotions, a gap for none) as one line; and, where metrics are measured, how
 * they stand against their targets (each metric scaled to -1..1 around its target, 0 on target,
 * averaged per touchpoint) as a second line, drawn from the first: a touchpoint whose metrics
 * meet their targets sits on the intended line (on neutral without a target emotion), one that
 * falls short below it, one that does better above it, so that a gap between the lines reads as
 * what it is. Unmeasured touchpoints break the line.
 */
public final class EmotionCurve {

    /** Where the legend starts. */
    private static final int MARGIN = 24;
    /** Where the plot starts: the axis labels stand in the gutter before it, clear of the points. */
    private static final int LEFT = 104;

    private static final int STEP = 64;
    private static final int TOP = 64;
    private static final int PLOT = 160;
    private static final int BOTTOM = 120;
    private static final int LABEL_CHARS = 18;
    private static final String INTENDED = "#8250df";
    private static final String MEASURED = "#0a7ea4";

    private EmotionCurve() {}

    /**
     * One touchpoint on the curve. {@code intended}: +1 positive, -1 negative, empty without a
     * target emotion. {@code measured}: the mean of its measured metrics' scores, empty when none
     * is measured against a target.
     */
    public record Point(
            int index,
            String touchpointId,
            String name,
            Optional<String> targetEmotion,
            OptionalDouble intended,
            OptionalDouble measured,
            boolean critical,
            Optional<Moment> moment) {}

    /** How far above +1 or below -1 the measured line may go: the plot's room beyond its scale. */
    private static final double ROOM = 1.1;

    /**
     * Where the measured line draws a touchpoint: its score (0 on target) from the intended line,
     * or from neutral without a target emotion, kept within the plot; empty when not measured.
     */
    static OptionalDouble drawn(Point p) {
        if (p.measured().isEmpty()) {
            return OptionalDouble.empty();
        }
        double v = p.intended().orElse(0) + p.measured().getAsDouble();
        return OptionalDouble.of(Math.max(-ROOM, Math.min(ROOM, v)));
    }

    /** The curve in the playbook's language. */
    public static String svg(Journey journey, PlaybookIndex index) {
        return svg(journey, index, DiagramWords.of(index.playbook().config().locale()));
    }

    /** The curve with the words of a locale ("en" or "fi"). */
    public static String svg(Journey journey, PlaybookIndex index, String locale) {
        return svg(journey, index, DiagramWords.of(locale));
    }

    /** The curve with the given words (see {@link DiagramWords}); missing words are English. */
    public static String svg(Journey journey, PlaybookIndex index, Map<String, String> words) {
        return new Drawing(journey, points(journey, index), DiagramWords.complete(words)).draw();
    }

    /**
     * The curve ({@code svg}) and how it prints ({@code print}): a curve of more touchpoints than
     * fit the width of A4 at its own size ({@link #PRINT_ROW}) prints in rows of as many
     * touchpoints or fewer, one below the other at its own size, each with the words of the scale
     * at its left, below the legend. Each row is an {@code <svg>} showing parts of the curve through
     * {@code <use>} (so the curve must be on the same page); {@code print} is empty when the
     * curve prints as it is.
     */
    public record Picture(String svg, String print) {}

    /** As {@link #svg(Journey, PlaybookIndex, Map)}, with how the curve prints. */
    public static Picture picture(Journey journey, PlaybookIndex index, Map<String, String> words) {
        Drawing drawing = new Drawing(journey, points(journey, index), DiagramWords.complete(words));
        String svg = drawing.draw();
        return new Picture(svg, drawing.print());
    }

    /**
     * Touchpoints in a printed row at most: 104 px of scale, 8 × 64 px of points and the last
     * label's slant make 706 px, the width of A4 portrait between the browsers' margins (718 px).
     */
    static final int PRINT_ROW = 8;

    /**
     * A touchpoint's name as the curve labels it: on one line when it fits {@link #LABEL_CHARS},
     * else on two, broken between words, the second cut with "…" when the name is longer still
     * (the whole name is the label's title): most names are read whole, also on paper.
     */
    static List<String> labelLines(String name) {
        if (name.length() <= LABEL_CHARS) {
            return List.of(name);
        }
        int cut = name.lastIndexOf(' ', LABEL_CHARS);
        String first = cut > 0 ? name.substring(0, cut) : name.substring(0, LABEL_CHARS);
        String rest = name.substring(first.length()).strip();
        if (rest.length() > LABEL_CHARS) {
            int end = rest.lastIndexOf(' ', LABEL_CHARS - 1);
            rest = (end > 0 ? rest.substring(0, end) : rest.substring(0, LABEL_CHARS - 1)).strip() + "…";
        }
        return rest.isEmpty() ? List.of(first) : List.of(first, rest);
    }

    /** The computed points, in file order. */
    public static List<Point> points(Journey journey, PlaybookIndex index) {
        List<String> negative = index.playbook().config().negativeEmotions();
        List<Point> points = new ArrayList<>();
        List<Touchpoint> all = journey.touchpoints();
        for (int i = 0; i < all.size(); i++) {
            Touchpoint tp = all.get(i);
            Optional<String> emotion = tp.targetEmotion().map(Located::value);
            OptionalDouble intended = emotion.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(negative.contains(emotion.get()) ? -1 : 1);
            double sum = 0;
            int measured = 0;
            for (Metric metric : tp.metrics()) {
                Optional<Double> actual = index.actual(journey, tp, metric);
                if (actual.isPresent() && metric.target().isPresent()) {
                    sum += score(
                            metric.type().value(),
                            metric.higherIsBetter(),
                            metric.target().get().value(),
                            actual.get());
                    measured++;
                }
            }
            points.add(new Point(
                    i,
                    tp.id().value(),
                    DotText.clean(tp.name().value()),
                    emotion,
                    intended,
                    measured == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / measured),
                    tp.isCritical(),
                    tp.moment().map(Located::value)));
        }
        return points;
    }

    /**
     * How an actual value stands against its target on -1..1: 0 on target, +1 at the best end of
     * the metric's range, -1 at the worst (for CES lower is better). A custom metric has no range:
     * its difference is scaled by the target's size.
     */
    public static double score(MetricType type, double target, double actual) {
        return score(type, type.higherIsBetter(), target, actual);
    }

    /** As {@link #score(MetricType, double, double)}, for a metric that improves upwards or not. */
    public static double score(MetricType type, boolean higherIsBetter, double target, double actual) {
        if (Double.isNaN(target) || Double.isNaN(actual)) {
            return 0;
        }
        double better = higherIsBetter ? actual - target : target - actual;
        double room;
        if (type == MetricType.CUSTOM) {
            room = Math.max(Math.abs(target), 1);
        } else if (type.higherIsBetter()) {
            room = better >= 0 ? type.max() - target : target - type.min();
        } else {
            room = better >= 0 ? target - type.min() : type.max() - target;
        }
        double s = room <= 0 ? Math.signum(better) : better / room;
        return Math.max(-1, Math.min(1, s));
    }

    /** The SVG text of one curve. */
    private static final class Drawing {
        private final Journey journey;
        private final List<Point> points;
        private final Map<String, String> words;
        private StringBuilder out = new StringBuilder(8192);
        private final String prefix;

        Drawing(Journey journey, List<Point> points, Map<String, String> words) {
            this.journey = journey;
            this.points = points;
            this.words = words;
            String id = journey.id().value();
            this.prefix = DotText.isSafeId(id) ? "ec-" + id + "-" : "ec-";
        }

        /** Where the legend ends, once drawn. */
        private int legendEnd;

        String draw() {
            StringBuilder body = out;
            body.append("<g id=\"").append(prefix).append("legend\">");
            legendEnd = legend();
            body.append("</g>\n");
            // labels slant down to the right of their point: room for the last one
            int plotEnd = LEFT + STEP * Math.max(points.size(), 1);
            int width = Math.max(plotEnd + LABEL_CHARS * 5, legendEnd + 8);
            out = new StringBuilder(body.length() + 8192);
            int height = TOP + PLOT + BOTTOM;
            String title = String.format(
                    Locale.ROOT,
                    words.get("curve.title"),
                    DotText.clean(journey.title().value()));
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"emotion-curve\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(height)
                    .append("\" viewBox=\"0 0 ")
                    .append(width)
                    .append(' ')
                    .append(height)
                    .append("\" role=\"img\" aria-labelledby=\"")
                    .append(prefix)
                    .append("title\" aria-describedby=\"")
                    .append(prefix)
                    .append("desc\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\">\n")
                    .append("<title id=\"")
                    .append(prefix)
                    .append("title\">")
                    .append(DotText.xml(title))
                    .append("</title>\n<desc id=\"")
                    .append(prefix)
                    .append("desc\">")
                    .append(DotText.xml(description()))
                    .append("</desc>\n")
                    .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                    .append(body);
            axes(plotEnd + 8);
            out.append("<g id=\"").append(prefix).append("plot\">\n");
            line(Point::intended, INTENDED, "intended", "");
            line(EmotionCurve::drawn, MEASURED, "measured", " stroke-dasharray=\"6 3\"");
            markers();
            out.append("</g>\n");
            labels();
            out.append("</svg>\n");
            return out.toString();
        }

        /** Draws the legend; returns where its longest row ends. */
        private int legend() {
            int x = MARGIN;
            int y = 18;
            x = legendItem(
                    x,
                    y,
                    INTENDED,
                    "",
                    words.get("curve.intended"),
                    "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"" + INTENDED + "\"/>");
            x = legendItem(
                    x,
                    y,
                    MEASURED,
                    " stroke-dasharray=\"6 3\"",
                    words.get("curve.measured"),
                    "<rect x=\"%d\" y=\"%d\" width=\"7\" height=\"7\" fill=\"" + MEASURED + "\"/>");
            out.append("<circle cx=\"")
                    .append(x + 4)
                    .append("\" cy=\"")
                    .append(y - 4)
                    .append("\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#8c959f\"/>")
                    .append("<text x=\"")
                    .append(x + 12)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(DotText.xml(words.get("curve.not-measured") + " / " + words.get("curve.no-emotion")))
                    .append("</text>\n");
            x += 16 + (words.get("curve.not-measured") + " / " + words.get("curve.no-emotion")).length() * 6;
            int y2 = 38;
            int x2 = MARGIN;
            x2 = symbol(x2, y2, "▲", "#1a7f37", words.get("peak"));
            x2 = symbol(x2, y2, "■", "#8250df", words.get("end"));
            x2 = symbol(x2, y2, "▼", "#bc4c00", words.get("pain"));
            x2 = symbol(x2, y2, "!", "#cf222e", words.get("critical"));
            return Math.max(x, x2);
        }

        private int legendItem(int x, int y, String color, String dash, String text, String marker) {
            out.append("<line x1=\"")
                    .append(x)
                    .append("\" y1=\"")
                    .append(y - 4)
                    .append("\" x2=\"")
                    .append(x + 24)
                    .append("\" y2=\"")
                    .append(y - 4)
                    .append("\" stroke=\"")
                    .append(color)
                    .append("\" stroke-width=\"2\"")
                    .append(dash)
                    .append("/>")
                    .append(String.format(
                            Locale.ROOT,
                            marker,
                            x + (marker.contains("rect") ? 8 : 12),
                            y - (marker.contains("rect") ? 7 : 4)))
                    .append("<text x=\"")
                    .append(x + 30)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(DotText.xml(text))
                    .append("</text>\n");
            return x + 40 + text.length() * 6;
        }

        private int symbol(int x, int y, String symbol, String color, String text) {
            out.append("<text x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" fill=\"")
                    .append(color)
                    .append("\" font-weight=\"bold\">")
                    .append(symbol)
                    .append("</text><text x=\"")
                    .append(x + 12)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(DotText.xml(text))
                    .append("</text>\n");
            return x + 24 + text.length() * 6;
        }

        /** The lines of the scale ({@code grid}), then its words ({@code scale}): the printed curve's rows take them apart. */
        private void axes(int width) {
            int right = width - 8;
            StringBuilder scale = new StringBuilder(512);
            out.append("<g id=\"").append(prefix).append("grid\">");
            for (int v = 1; v >= -1; v--) {
                String y = fmt(y(v));
                out.append("<line x1=\"")
                        .append(LEFT)
                        .append("\" y1=\"")
                        .append(y)
                        .append("\" x2=\"")
                        .append(right)
                        .append("\" y2=\"")
                        .append(y)
                        .append("\" stroke=\"")
                        .append(v == 0 ? "#8c959f" : "#d0d7de")
                        .append('"')
                        .append(v == 0 ? "" : " stroke-dasharray=\"2 3\"")
                        .append("/>");
                String[] word = words.get(v > 0 ? "curve.positive" : v < 0 ? "curve.negative" : "curve.neutral")
                        .split(" / ", 2);
                scale.append("<text x=\"")
                        .append(LEFT - 6)
                        .append("\" y=\"")
                        .append(fmt(y(v) - 1))
                        .append("\" font-size=\"9\" fill=\"#57606a\" text-anchor=\"end\">")
                        .append(v > 0 ? "+1 " : v < 0 ? "−1 " : "0 ")
                        .append(DotText.xml(word[0]));
                if (word.length > 1) {
                    scale.append("<tspan x=\"")
                            .append(LEFT - 6)
                            .append("\" dy=\"10\">")
                            .append(DotText.xml(word[1]))
                            .append("</tspan>");
                }
                scale.append("</text>\n");
            }
            out.append("</g>\n<g id=\"")
                    .append(prefix)
                    .append("scale\">\n")
                    .append(scale)
                    .append("</g>\n");
        }

        private void line(Function<Point, OptionalDouble> value, String color, String css, String dash) {
            StringBuilder path = new StringBuilder();
            boolean open = false;
            for (Point p : points) {
                OptionalDouble v = value.apply(p);
                if (v.isEmpty()) {
                    open = false; // a gap: the line breaks, nothing is interpolated
                    continue;
                }
                path.append(open ? " L" : (path.length() == 0 ? "M" : " M"))
                        .append(fmt(x(p.index())))
                        .append(' ')
                        .append(fmt(y(v.getAsDouble())));
                open = true;
            }
            out.append("<g class=\"").append(css).append("\">");
            if (path.length() > 0) {
                out.append("<path d=\"")
                        .append(path)
                        .append("\" fill=\"none\" stroke=\"")
                        .append(color)
                        .append("\" stroke-width=\"2\"")
                        .append(dash)
                        .append("/>");
            }
            for (Point p : points) {
                OptionalDouble v = value.apply(p);
                String x = fmt(x(p.index()));
                if (v.isEmpty()) {
                    boolean measured = css.equals("measured");
                    out.append("<circle class=\"gap\" cx=\"")
                            .append(x)
                            .append("\" cy=\"")
                            .append(fmt(y(0)))
                            .append("\" r=\"")
                            .append(measured ? "3.5" : "5.5")
                            .append("\" fill=\"none\" stroke=\"")
                            .append(measured ? "#8c959f" : INTENDED)
                            .append("\"><title>")
                            .append(DotText.xml(
                                    p.name() + ": " + words.get(measured ? "curve.not-measured" : "curve.no-emotion")))
                            .append("</title></circle>");
                    continue;
                }
                String y = fmt(y(v.getAsDouble()));
                String tip = DotText.xml(p.name() + ": "
                        + (css.equals("intended")
                                ? words.get("curve.intended") + " "
                                        + p.targetEmotion()
                                                .map(e -> DiagramWords.emotion(words, e))
                                                .orElse("")
                                : String.format(
                                        Locale.ROOT,
                                        words.get("curve.summary.measured"),
                                        words.get(relation(p.measured().getAsDouble())))));
                if (css.equals("intended")) {
                    out.append("<circle cx=\"")
                            .append(x)
                            .append("\" cy=\"")
                            .append(y)
                            .append("\" r=\"4\" fill=\"")
                            .append(color)
                            .append("\"><title>")
                            .append(tip)
                            .append("</title></circle>");
                } else {
                    out.append("<rect x=\"")
                            .append(fmt(x(p.index()) - 3.5))
                            .append("\" y=\"")
                            .append(fmt(y(v.getAsDouble()) - 3.5))
                            .append("\" width=\"7\" height=\"7\" fill=\"")
                            .append(color)
                            .append("\"><title>")
                            .append(tip)
                            .append("</title></rect>");
                }
            }
            out.append("</g>\n");
        }

        private void markers() {
            out.append("<g class=\"markers\" font-weight=\"bold\" text-anchor=\"middle\">");
            for (Point p : points) {
                double y = TOP - 4;
                if (p.moment().isPresent()) {
                    Moment m = p.moment().get();
                    String symbol = m == Moment.PEAK ? "▲" : m == Moment.END ? "■" : "▼";
                    String color = m == Moment.PEAK ? "#1a7f37" : m == Moment.END ? "#8250df" : "#bc4c00";
                    marker(p, y, symbol, color, words.get(m.yaml()));
                    y -= 12;
                }
                if (p.critical()) {
                    marker(p, y, "!", "#cf222e", words.get("critical"));
                }
            }
            out.append("</g>\n");
        }

        private void marker(Point p, double y, String symbol, String color, String what) {
            out.append("<text x=\"")
                    .append(fmt(x(p.index())))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\" fill=\"")
                    .append(color)
                    .append("\"><title>")
                    .append(DotText.xml(p.name() + ": " + what))
                    .append("</title>")
                    .append(symbol)
                    .append("</text>");
        }

        private void labels() {
            out.append("<g class=\"labels\" font-size=\"10\" text-anchor=\"start\">");
            for (Point p : points) {
                String name = p.name();
                List<String> lines = labelLines(name);
                String x = fmt(x(p.index()));
                String y = fmt(TOP + PLOT + 14);
                out.append("<text id=\"")
                        .append(prefix)
                        .append("label-")
                        .append(p.index())
                        .append("\" x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" transform=\"rotate(35 ")
                        .append(x)
                        .append(' ')
                        .append(y)
                        .append(")\"><title>")
                        .append(DotText.xml(name))
                        .append("</title>")
                        .append(DotText.xml(lines.get(0)));
                if (lines.size() > 1) {
                    // the second line under the first, along the slant (printed, a title shows nothing)
                    out.append("<tspan x=\"")
                            .append(x)
                            .append("\" dy=\"11\">")
                            .append(DotText.xml(lines.get(1)))
                            .append("</tspan>");
                }
                out.append("</text>");
            }
            out.append("</g>\n");
        }

        /**
         * The rows of the printed curve (see {@link Picture}), after the legend: each an
         * {@code <svg>} with the scale's words moved to its left edge, its stretch of the grid
         * and the plot (clipped to it), and its touchpoints' labels. Empty when the curve fits
         * the paper as it is.
         */
        String print() {
            int n = points.size();
            if (n <= PRINT_ROW) {
                return "";
            }
            int rows = (n + PRINT_ROW - 1) / PRINT_ROW; // as even as can be: 25 in rows of 7, 6, 6, 6
            int overhang = LABEL_CHARS * 5; // the last label's slant, as the canvas leaves room for it
            int top = TOP - 32; // room for two marks above a point
            int height = TOP + PLOT + BOTTOM - top;
            int legendWidth = legendEnd + 8;
            StringBuilder print = new StringBuilder(1024 + 48 * n);
            print.append("<svg class=\"print-legend\"");
            row(print, "0 0 " + legendWidth + " 44", legendWidth)
                    .append("<use href=\"#")
                    .append(prefix)
                    .append("legend\"/></svg>\n");
            for (int r = 1, from = 0; r <= rows; r++) {
                int to = from + n / rows + (r <= n % rows ? 1 : 0);
                int plotLeft = LEFT + from * STEP;
                int left = plotLeft - LEFT;
                int width = LEFT + (to - from) * STEP + overhang;
                String clip = prefix + "print-" + r;
                print.append("<svg");
                row(print, left + " " + top + " " + width + " " + height, width)
                        .append("<clipPath id=\"")
                        .append(clip)
                        .append("\"><rect x=\"")
                        .append(plotLeft)
                        .append("\" y=\"")
                        .append(top)
                        .append("\" width=\"")
                        .append((to - from) * STEP)
                        .append("\" height=\"")
                        .append(TOP + PLOT + 8 - top)
                        .append("\"/></clipPath><g transform=\"translate(")
                        .append(left)
                        .append(" 0)\"><use href=\"#")
                        .append(prefix)
                        .append("scale\"/></g><g clip-path=\"url(#")
                        .append(clip)
                        .append(")\"><use href=\"#")
                        .append(prefix)
                        .append("grid\"/><use href=\"#")
                        .append(prefix)
                        .append("plot\"/></g><g font-size=\"10\" text-anchor=\"start\">");
                for (int i = from; i < to; i++) {
                    print.append("<use href=\"#")
                            .append(prefix)
                            .append("label-")
                            .append(i)
                            .append("\"/>");
                }
                print.append("</g></svg>\n");
                from = to;
            }
            return print.toString();
        }

        /** Goes on with a printed row's {@code <svg}: its view box, as wide as it is (every row at one scale), the curve's font. */
        private static StringBuilder row(StringBuilder print, String viewBox, int width) {
            return print.append(" viewBox=\"")
                    .append(viewBox)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"11\" focusable=\"false\">");
        }

        private String description() {
            long intended =
                    points.stream().filter(p -> p.intended().isPresent()).count();
            long measured =
                    points.stream().filter(p -> p.measured().isPresent()).count();
            StringBuilder d = new StringBuilder(new java.text.MessageFormat(words.get("curve.desc"), Locale.ROOT)
                    .format(new Object[] {points.size(), intended, measured}));
            for (Point p : points) {
                d.append(' ').append(p.name());
                // the marks the curve draws at the point: a designed moment, critical
                List<String> marks = new ArrayList<>();
                p.moment().ifPresent(m -> marks.add(words.get(m.yaml())));
                if (p.critical()) {
                    marks.add(words.get("critical"));
                }
                if (!marks.isEmpty()) {
                    d.append(" (").append(String.join(", ", marks)).append(')');
                }
                d.append(": ");
                d.append(p.targetEmotion()
                        .map(e -> String.format(
                                Locale.ROOT,
                                words.get("curve.summary.intended"),
                                DotText.clean(DiagramWords.emotion(words, e))))
                        .orElse(words.get("curve.no-emotion")));
                d.append(", ");
                d.append(
                        p.measured().isPresent()
                                ? String.format(
                                        Locale.ROOT,
                                        words.get("curve.summary.measured"),
                                        words.get(relation(p.measured().getAsDouble())))
                                : words.get("curve.not-measured"));
                d.append('.');
            }
            return d.toString();
        }

        /** Where a measured score lies against the target: above (more than 0), on it, or below. */
        private static String relation(double score) {
            return score > 0 ? "curve.above" : score < 0 ? "curve.below" : "curve.on";
        }

        private static double x(int index) {
            return LEFT + STEP / 2.0 + index * STEP;
        }

        private static double y(double value) {
            return TOP + PLOT / 2.0 - value * (PLOT / 2.0 - 8);
        }

        /** Two decimals at most, no trailing zeros; as {@code %.2f} rounds, without its cost (a hot path). */
        private static String fmt(double v) {
            if (!Double.isFinite(v)) {
                return String.valueOf(v);
            }
            String s = new java.math.BigDecimal(Double.toString(v))
                    .setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
            return s.equals("-0") ? "0" : s;
        }
    }
}
