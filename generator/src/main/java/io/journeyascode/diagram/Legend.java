package io.journeyascode.diagram;

import io.journeyascode.model.Moment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legend of a journey diagram, drawn by the generator below the engine's layout rather than
 * by Graphviz. As an HTML-like label in the DOT text it made dot 2.43 parse it with expat, whose
 * hash tables are seeded at random for every graph: later graphs of one {@code dot} process then
 * came out differently from run to run, so graphs could not share a process (SPEC §10). Drawn
 * here it is the same for every engine, and text widths come from a fixed table, not from fonts.
 */
final class Legend {

    static final String FONT = "Helvetica,Arial,sans-serif";

    private static final Pattern SVG_SIZE = Pattern.compile(
            "<svg width=\"([0-9.]+)p[tx]\" height=\"([0-9.]+)p[tx]\"\\s+viewBox=\"([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)\"");

    private static final double MARGIN = 8;
    private static final double GAP = 5;
    private static final double PAD = 4;
    private static final double LINE = 10;
    private static final double SIZE = 8;
    private static final double TITLE_SIZE = 9;
    private static final double SWATCH = 22;
    /**
     * How wide a row of the legend's entries may be: they go on in a second row past it, so that
     * the legend is no wider than a printed row of the map (MapPrint's MAX_ROW, 700).
     */
    private static final double ROW_WIDTH = 460;

    /** One entry: how its swatch is drawn, and the words key of its text. */
    private enum Kind {
        TOUCHPOINT("legend.touchpoint"),
        CRITICAL("legend.critical"),
        AT_RISK("legend.at-risk"),
        SHORT_OF_TARGET("legend.short-of-target"),
        OUTSOURCED("legend.outsourced"),
        EXTERNAL("legend.external"),
        PEAK("legend.peak"),
        PAIN("legend.pain"),
        END("legend.end"),
        FLOW("legend.flow"),
        EXPECTATIONS("legend.expectations");

        final String key;

        Kind(String key) {
            this.key = key;
        }

        boolean isLine() {
            return this == FLOW || this == EXPECTATIONS;
        }
    }

    private Legend() {}

    /**
     * The SVG with the legend added below its drawing: the canvas grows by the legend's height
     * (and width, if the legend is wider), its size in points (the js engine gives the same
     * numbers in px). An SVG whose size this does not recognise is returned as it is.
     */
    static String append(String svg, Map<String, String> words) {
        Matcher size = SVG_SIZE.matcher(svg);
        int close = svg.lastIndexOf("</svg>");
        if (!size.find() || close < 0) {
            return svg;
        }
        double minX = Double.parseDouble(size.group(3));
        double minY = Double.parseDouble(size.group(4));
        double width = Double.parseDouble(size.group(5));
        double height = Double.parseDouble(size.group(6));

        StringBuilder g = new StringBuilder(2048);
        double top = minY + height;
        double x = minX + MARGIN + PAD;
        double y = top + GAP;
        double boxHeight = 2 * LINE + 2 * PAD;
        String title = words.get("legend");
        double titleWidth = textWidth(title, TITLE_SIZE);
        StringBuilder items = new StringBuilder(1536);
        int titleAt = items.length(); // the title goes here once the number of rows is known
        x += titleWidth + 2 * GAP;
        double rowStart = x;
        double widest = x;
        int rows = 1;
        for (Kind kind : Kind.values()) {
            List<String> lines = List.of(words.get(kind.key).split("\n"));
            double textWidth = 0;
            for (String line : lines) {
                textWidth = Math.max(textWidth, textWidth(line, SIZE));
            }
            double itemWidth = kind.isLine() ? SWATCH + 3 + textWidth : textWidth + 2 * PAD + 4;
            if (x > rowStart && x + itemWidth - (minX + MARGIN) > ROW_WIDTH) {
                // the next row of entries: a legend as wide as a printed row of the map (see MapPrint)
                x = rowStart;
                y += boxHeight + GAP;
                rows++;
            }
            double boxTop = y + PAD;
            double firstBaseline = boxTop + boxHeight / 2 - (lines.size() - 1) * LINE / 2 + 3;
            if (kind.isLine()) {
                double mid = boxTop + boxHeight / 2;
                String color = kind == Kind.FLOW ? "#424a53" : "#8250df";
                items.append("<path fill=\"none\" stroke=\"")
                        .append(color)
                        .append('"')
                        .append(kind == Kind.FLOW ? "" : " stroke-dasharray=\"5,2\"")
                        .append(" d=\"M")
                        .append(num(x))
                        .append(',')
                        .append(num(mid))
                        .append(" L")
                        .append(num(x + SWATCH - 6))
                        .append(',')
                        .append(num(mid))
                        .append("\"/>\n<polygon fill=\"")
                        .append(kind == Kind.FLOW ? color : "none")
                        .append("\" stroke=\"")
                        .append(color)
                        .append("\" points=\"")
                        .append(num(x + SWATCH - 6))
                        .append(',')
                        .append(num(mid - 3))
                        .append(' ')
                        .append(num(x + SWATCH))
                        .append(',')
                        .append(num(mid))
                        .append(' ')
                        .append(num(x + SWATCH - 6))
                        .append(',')
                        .append(num(mid + 3))
                        .append("\"/>\n");
                double textX = x + SWATCH + 3;
                for (int i = 0; i < lines.size(); i++) {
                    items.append(text(textX, firstBaseline + i * LINE, SIZE, false, "start", lines.get(i)));
                }
                x = textX + textWidth + 2 * GAP;
                widest = Math.max(widest, x - 2 * GAP);
            } else {
                double boxWidth = textWidth + 2 * PAD + 4;
                items.append(box(kind, x, boxTop, boxWidth, boxHeight));
                for (int i = 0; i < lines.size(); i++) {
                    items.append(text(x + boxWidth / 2, firstBaseline + i * LINE, SIZE, false, "middle", lines.get(i)));
                }
                x += boxWidth + GAP;
                widest = Math.max(widest, x - GAP);
            }
        }
        double frameWidth = widest + PAD - (minX + MARGIN);
        double frameHeight = rows * boxHeight + (rows - 1) * GAP + 2 * PAD;
        double legendTop = top + GAP;
        items.insert(
                titleAt, text(minX + MARGIN + PAD, legendTop + frameHeight / 2 + 3, TITLE_SIZE, true, "start", title));
        double newWidth = Math.max(width, frameWidth + 2 * MARGIN);
        double newHeight = height + frameHeight + 2 * GAP;
        g.append("<g id=\"legend\" class=\"legend\">\n<rect fill=\"white\" stroke=\"none\" x=\"")
                .append(num(minX))
                .append("\" y=\"")
                .append(num(top))
                .append("\" width=\"")
                .append(num(newWidth))
                .append("\" height=\"")
                .append(num(newHeight - height))
                .append("\"/>\n<rect fill=\"none\" stroke=\"#d0d7de\" rx=\"4\" x=\"")
                .append(num(minX + MARGIN))
                .append("\" y=\"")
                .append(num(legendTop))
                .append("\" width=\"")
                .append(num(frameWidth))
                .append("\" height=\"")
                .append(num(frameHeight))
                .append("\"/>\n")
                .append(items)
                .append("</g>\n");

        StringBuilder out = new StringBuilder(svg.length() + g.length() + 64);
        out.append(svg, 0, size.start())
                .append("<svg width=\"")
                .append(Math.round(Math.ceil(newWidth)))
                .append("pt\" height=\"")
                .append(Math.round(Math.ceil(newHeight)))
                .append("pt\"\n viewBox=\"")
                .append(size.group(3))
                .append(' ')
                .append(size.group(4))
                .append(' ')
                .append(num(newWidth))
                .append(' ')
                .append(num(newHeight))
                .append('"')
                .append(svg, size.end(), close)
                .append(g)
                .append(svg, close, svg.length());
        return out.toString();
    }

    private static String box(Kind kind, double x, double y, double w, double h) {
        String stroke = "#57606a";
        String fill = "#ffffff";
        String extra = "";
        switch (kind) {
            case CRITICAL -> {
                stroke = "#0969da";
                fill = "#ddf4ff";
                extra = " stroke-width=\"2.5\"";
            }
            case AT_RISK -> {
                stroke = "#cf222e";
                fill = "#ffebe9";
                extra = " stroke-width=\"2.5\"";
            }
            case SHORT_OF_TARGET -> {
                stroke = "#cf222e";
                extra = " stroke-width=\"2.5\"";
            }
            case EXTERNAL -> extra = " stroke-dasharray=\"5,2\"";
            case PEAK -> fill = JourneyDot.momentFill(Moment.PEAK); // the fills of the moments' boxes
            case PAIN -> fill = JourneyDot.momentFill(Moment.PAIN);
            case END -> fill = JourneyDot.momentFill(Moment.END);
            default -> {
                // a plain touchpoint; outsourced adds an inner frame below
            }
        }
        StringBuilder out = new StringBuilder(256);
        out.append("<rect fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append('"')
                .append(extra)
                .append(kind == Kind.OUTSOURCED ? "" : " rx=\"4\"")
                .append(" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" width=\"")
                .append(num(w))
                .append("\" height=\"")
                .append(num(h))
                .append("\"/>\n");
        if (kind == Kind.OUTSOURCED) {
            out.append("<rect fill=\"none\" stroke=\"")
                    .append(stroke)
                    .append("\" x=\"")
                    .append(num(x + 2))
                    .append("\" y=\"")
                    .append(num(y + 2))
                    .append("\" width=\"")
                    .append(num(w - 4))
                    .append("\" height=\"")
                    .append(num(h - 4))
                    .append("\"/>\n");
        }
        return out.toString();
    }

    private static String text(double x, double y, double size, boolean bold, String anchor, String words) {
        return "<text text-anchor=\"" + anchor + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-family=\"" + FONT
                + "\"" + (bold ? " font-weight=\"bold\"" : "") + " font-size=\"" + num(size) + "\">"
                + DotText.xml(words) + "</text>\n";
    }

    /**
     * An estimate of the width of {@code text} in Helvetica at {@code size} points, from the
     * widths of character classes (the real font is the reader's; the estimate errs on the wide
     * side so the text stays inside its box).
     */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljtfI.,:;'!|() ·".indexOf(c) >= 0) {
                em += 0.3;
            } else if ("mwMW".indexOf(c) >= 0) {
                em += 0.85;
            } else if (Character.isUpperCase(c) || Character.isDigit(c)) {
                em += 0.67;
            } else if (c == '/' || c == 'r') {
                em += 0.36;
            } else {
                em += 0.56;
            }
        }
        return em * size;
    }

    private static String num(double value) {
        // as String.format(Locale.ROOT, "%.2f", value) (the same digits, rounded half up: checked on
        // three million non-negative values), a tenth of its cost: it made a DecimalFormatSymbols each call, 31
        // calls a diagram
        String s = value < 0
                // (a negative value that rounds to zero keeps its sign there: "-0.00")
                ? String.format(Locale.ROOT, "%.2f", value)
                : java.math.BigDecimal.valueOf(value)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
        if (s.endsWith(".00")) {
            return s.substring(0, s.length() - 3);
        }
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }
}
