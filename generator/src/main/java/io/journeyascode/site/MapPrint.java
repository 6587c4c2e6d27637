package io.journeyascode.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a journey map is printed. A map is one long strip (stages left to right): shrunk to the
 * width of a sheet of A4 its text would be 2–3 points high. Printed, a map wider than
 * {@link #MAX_ROW} is cut into rows, one below the other at one scale (a point of the map to a
 * CSS pixel: its 10-point labels at 7.5 pt), and its legend below them; each row is an
 * {@code <svg>} that shows part of the map's drawing through a {@code <use>}, so that the page
 * holds the drawing once. Rows are cut between stages, and a stage wider than a row between its
 * touchpoints (never through a touchpoint, a note or a stage's name). The screen shows the map as
 * it is.
 *
 * <p>Read from the SVG the generator made (its {@code class="graph"}, {@code class="cluster stage"},
 * {@code class="node …"} and {@code class="legend"} groups) in one pass of plain scans, as
 * {@link InlineSvg}: every journey page of a build reads its map (about 0.3 ms each in the
 * build's C1-compiled JVM, for maps of 20–30 touchpoints). An SVG it does not recognise (a custom
 * engine's, a changed layout) gets no rows and prints as before, shrunk.
 */
final class MapPrint {

    /**
     * The widest row, in the map's units (points), from cut to cut, unless what cannot be cut (a
     * touchpoint, a note, a stage's name with the touchpoints under it) is wider: printed at a CSS
     * pixel a point, about the width of A4 portrait between the browsers' default margins (190 mm,
     * 718 px; the map's panel prints without side padding) and of US Letter (739 px).
     */
    static final double MAX_ROW = 700;

    /** Numbers a box of {@link Drawing#boxes} takes. */
    private static final int BOX = 6;

    /**
     * Room a stage alone in a row leaves for the halves of the gaps beside it (dot leaves 13
     * points between stages): a stage wider than {@code MAX_ROW - CUT_ROOM} is cut.
     */
    static final double CUT_ROOM = 20;

    /** Room kept above and below what a row draws, in the map's units. */
    static final double ROW_MARGIN = 6;

    private MapPrint() {}

    /**
     * One printed row: an {@code <svg>} showing the part {@code viewBox} of the element
     * {@code href} ({@code #id}), {@code width} CSS pixels wide (a pixel a point of the map, the
     * same scale for every row); {@code legend} when it shows the legend.
     */
    record Row(String viewBox, String width, String href, boolean legend) {}

    /** The printed rows of {@code svg} (a journey map) as SVG for the page; empty when it prints as it is. */
    static String print(String svg) {
        StringBuilder out = new StringBuilder();
        for (Row row : rows(svg)) {
            out.append(row.legend() ? "<svg class=\"print-legend\" viewBox=\"" : "<svg viewBox=\"")
                    .append(row.viewBox())
                    .append("\" width=\"")
                    .append(row.width())
                    .append("\" focusable=\"false\"><use href=\"")
                    .append(row.href())
                    .append("\"/></svg>");
        }
        return out.toString();
    }

    /** The rows of {@code svg} (a journey map) printed; none when it fits the paper as it is or is not recognised. */
    static List<Row> rows(String svg) {
        try {
            return layout(svg);
        } catch (RuntimeException e) { // a number or group not as the generator writes them
            return List.of();
        }
    }

    private static List<Row> layout(String svg) {
        int svgStart = svg.indexOf("<svg");
        int graph = svgStart < 0 ? -1 : groupOf(svg, "class=\"graph\"", svgStart);
        if (graph < 0) {
            return List.of();
        }
        double[] viewBox = numbers(attribute(svg, svgStart, "viewBox"));
        String graphId = attribute(svg, graph, "id");
        double[] shift = translation(attribute(svg, graph, "transform"));
        if (viewBox.length != 4 || !isName(graphId) || shift.length == 0) {
            return List.of();
        }
        double minX = viewBox[0];
        double top = viewBox[1];
        double right = minX + viewBox[2];
        double bottom = top + viewBox[3];

        // the legend comes last: looked for from the end (a search from the graph reads it all)
        int legendClass = svg.lastIndexOf("class=\"legend\"");
        int legend = legendClass < graph ? -1 : svg.lastIndexOf("<g ", legendClass);
        double[] legendFrame = {};
        String legendId = "";
        if (legend >= 0) {
            int background = svg.indexOf("<rect", legend);
            int frame = background < 0 ? -1 : svg.indexOf("<rect", background + 1);
            legendId = attribute(svg, legend, "id");
            if (frame < 0 || !isName(legendId)) {
                return List.of();
            }
            bottom = number(attribute(svg, background, "y"));
            legendFrame = new double[] {
                number(attribute(svg, frame, "x")),
                number(attribute(svg, frame, "y")),
                number(attribute(svg, frame, "width")),
                number(attribute(svg, frame, "height"))
            };
        }

        // What the graph draws, from its first group on (before it: its title and background).
        int children = svg.indexOf("<g ", graph + 1);
        if (children < 0) {
            return List.of();
        }
        Drawing drawing = new Drawing(svg, children, legend < 0 ? svg.length() : legend, shift);
        drawing.read();
        if (drawing.stages < 1) {
            return List.of();
        }
        List<double[]> blocks = merged(drawing.extents);
        // the drawing ends where its last stage does, with the margin it has on the left (the
        // canvas may be wider, for the legend)
        right = Math.min(right, blocks.get(blocks.size() - 1)[1] + (blocks.get(0)[0] - minX));
        if (right - minX <= MAX_ROW) {
            return List.of();
        }
        // A stage too wide for a row (with the gaps beside it) is cut between its touchpoints:
        // its parts are what its nodes and its name cover (each part whole), the first and last
        // reaching its edges.
        List<double[]> atoms = new ArrayList<>();
        for (double[] block : blocks) {
            if (block[1] - block[0] <= MAX_ROW - CUT_ROOM) {
                atoms.add(block);
                continue;
            }
            List<double[]> inside = new ArrayList<>();
            for (double[] part : drawing.parts) {
                if (part[0] >= block[0] && part[1] <= block[1]) {
                    inside.add(part);
                }
            }
            List<double[]> parts = merged(inside);
            if (parts.isEmpty()) {
                atoms.add(block);
                continue;
            }
            parts.get(0)[0] = block[0];
            parts.get(parts.size() - 1)[1] = block[1];
            atoms.addAll(parts);
        }

        // As many side by side as fit in MAX_ROW from cut to cut; each cut lies halfway between
        // a row's last and the next row's first.
        List<int[]> rows = new ArrayList<>();
        int first = 0;
        double cut = minX;
        for (int i = 0; i < atoms.size(); i++) {
            double next = i == atoms.size() - 1 ? right : (atoms.get(i)[1] + atoms.get(i + 1)[0]) / 2;
            if (i > first && next - cut > MAX_ROW) {
                rows.add(new int[] {first, i - 1});
                cut = (atoms.get(i - 1)[1] + atoms.get(i)[0]) / 2;
                first = i;
            }
        }
        rows.add(new int[] {first, atoms.size() - 1});
        if (rows.size() < 2) {
            return List.of();
        }
        List<double[]> boxes = new ArrayList<>();
        double[] shapes = drawing.boxes;
        for (int r = 0; r < rows.size(); r++) {
            int[] row = rows.get(r);
            double left = r == 0 ? minX : (atoms.get(row[0] - 1)[1] + atoms.get(row[0])[0]) / 2;
            double end = r == rows.size() - 1 ? right : (atoms.get(row[1])[1] + atoms.get(row[1] + 1)[0]) / 2;
            // as high as what is drawn across it (a curve lies within its control points, so
            // nothing is cut off above or below); an edge that only passes through, from a row
            // before to one after, does not make it higher
            double high = Double.POSITIVE_INFINITY;
            double low = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < drawing.boxCount; k += BOX) {
                boolean across = shapes[k + 1] >= left && shapes[k] <= end;
                boolean passing = !Double.isNaN(shapes[k + 4]) && shapes[k + 4] < left && shapes[k + 5] > end;
                if (across && !passing) {
                    high = Math.min(high, shapes[k + 2]);
                    low = Math.max(low, shapes[k + 3]);
                }
            }
            double y = Math.max(top, high - ROW_MARGIN);
            double h = Math.min(bottom, low + ROW_MARGIN) - y;
            if (!(h > 0) || !(end - left > 0)) { // a drawing beyond its canvas: not the generator's
                return List.of();
            }
            boxes.add(new double[] {left, y, end - left, h});
        }
        List<Row> out = new ArrayList<>();
        for (double[] box : boxes) {
            out.add(row(box, graphId, false));
        }
        if (legendFrame.length == 4) {
            double margin = Math.max(0, legendFrame[0] - minX);
            double width = legendFrame[2] + 2 * margin;
            out.add(row(
                    new double[] {legendFrame[0] - margin, legendFrame[1] - 2, width, legendFrame[3] + 4},
                    legendId,
                    true));
        }
        return List.copyOf(out);
    }

    /**
     * What a map's graph draws, read in one pass over its tags: the x extent of each stage and
     * each node (the first shape of its group: the outline); the parts a stage may be cut into
     * ({@code parts}: each node, and the stage's name, as wide as its text about is); and the box
     * of every shape ({@link #BOX} numbers: x from, x to, y from, y to, and for an edge's curve
     * the x where the edge starts and ends, else NaN), on the canvas. A curve as dot writes it (a
     * start, then three points per Bezier segment) gives a box per quarter segment, which it lies
     * within: a long edge counts only where it passes. Text needs no box: it is all inside a
     * node's or a stage's outline (the map's edges have no labels).
     */
    private static final class Drawing {
        private final String svg;
        private final int from;
        private final int to;
        private final double shiftX;
        private final double shiftY;
        final List<double[]> extents = new ArrayList<>();
        final List<double[]> parts = new ArrayList<>();
        int stages;
        double[] boxes = new double[256];
        int boxCount;
        private double[] points = new double[64];
        private int pointCount;
        /** The value being read (a path's or a polygon's points): a loop over an array is several times faster than {@code charAt} in C1-compiled code. */
        private char[] value = new char[512];

        /** Reads what is drawn in [from, to) of {@code svg}. */
        Drawing(String svg, int from, int to, double[] shift) {
            this.svg = svg;
            this.from = from;
            this.to = to;
            this.shiftX = shift[0];
            this.shiftY = shift[1];
        }

        void read() {
            boolean stage = false;
            boolean node = false;
            boolean edge = false;
            boolean outline = false; // the next shape is a stage's or a node's outline
            // String.indexOf(char) is fast in any compiled code; indexOf(String) over long spans is not
            for (int tag = svg.indexOf('<', from); tag >= 0 && tag + 2 < to; tag = svg.indexOf('<', tag + 1)) {
                int end = svg.indexOf('>', tag);
                if (end < 0) {
                    return;
                }
                char c = svg.charAt(tag + 1);
                if (c == 'g' && svg.charAt(tag + 2) == ' ') {
                    int at = find(" class=\"", tag, end);
                    if (at >= 0) { // a stage, node, edge (not the link's group in a node)
                        stage = svg.startsWith("cluster stage\"", at + 8);
                        node = svg.startsWith("node", at + 8);
                        edge = svg.startsWith("edge", at + 8);
                        outline = stage || node;
                    }
                } else if (c == 't' && stage && svg.startsWith("<text ", tag)) {
                    // the stage's name: kept whole when the stage is cut (anchored at its middle)
                    int close = svg.indexOf("</text>", end);
                    String size = attribute(svg, tag, "font-size");
                    double x = number(attribute(svg, tag, "x")) + shiftX;
                    double half = ems(end + 1, close) * (size.isEmpty() ? 14 : number(size)) / 2 + 2;
                    parts.add(new double[] {x - half, x + half});
                } else if (c == 'p') {
                    boolean path = svg.startsWith("<path ", tag);
                    int key = path
                            ? find(" d=\"", tag, end)
                            : svg.startsWith("<polygon ", tag) || svg.startsWith("<polyline ", tag)
                                    ? find(" points=\"", tag, end)
                                    : -1;
                    if (key >= 0) {
                        int start = svg.indexOf('"', key) + 1;
                        int stop = svg.indexOf('"', start);
                        if (stop < 0 || stop > end) {
                            throw new IllegalArgumentException("an attribute not closed in its tag");
                        }
                        shape(start, stop, path, outline, node, edge);
                        if (outline && stage) {
                            stages++;
                        }
                        outline = false;
                    }
                }
            }
        }

        /**
         * How wide the text [from, to) of the SVG is at most, in ems: more than any font gives it,
         * so that a cut that keeps clear of it never goes through it (a capital or a wide East
         * Asian letter 1.1 em, Helvetica's widest about 1; any other letter 0.62, its widest
         * lower-case letters about 0.6 but for m and w; a character reference as one letter).
         */
        private double ems(int from, int to) {
            double ems = 0;
            for (int i = from; i < to; ) {
                int c = svg.codePointAt(i);
                if (c == '&') {
                    int semicolon = svg.indexOf(';', i);
                    i = semicolon < 0 || semicolon >= to ? i + 1 : semicolon + 1;
                    ems += 1.1;
                    continue;
                }
                i += Character.charCount(c);
                ems += Character.isUpperCase(c) || wide(c) || c == 'm' || c == 'w' ? 1.1 : 0.62;
            }
            return ems;
        }

        /** The index of {@code s} in the tag [from, to); -1 if none. */
        private int find(String s, int from, int to) {
            char first = s.charAt(0);
            for (int i = svg.indexOf(first, from); i >= 0 && i < to; i = svg.indexOf(first, i + 1)) {
                if (svg.startsWith(s, i)) {
                    return i;
                }
            }
            return -1;
        }

        private void shape(int from, int to, boolean path, boolean outline, boolean node, boolean edge) {
            boolean cubics = readPoints(from, to) && path;
            int n = pointCount / 2;
            if (n < 1 || pointCount % 2 != 0) {
                throw new IllegalArgumentException("not x,y pairs: " + svg.substring(from, to));
            }
            if (outline) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < pointCount; i += 2) {
                    min = Math.min(min, points[i]);
                    max = Math.max(max, points[i]);
                }
                extents.add(new double[] {min + shiftX, max + shiftX});
                if (node) {
                    parts.add(new double[] {min + shiftX, max + shiftX});
                }
            }
            if (cubics && (n - 1) % 3 == 0 && n > 1) {
                double start = edge ? points[0] + shiftX : Double.NaN;
                double end = edge ? points[2 * (n - 1)] + shiftX : Double.NaN;
                for (int p = 0; p + 3 < n; p += 3) {
                    int i = 2 * p;
                    quarters(
                            points[i],
                            points[i + 1],
                            points[i + 2],
                            points[i + 3],
                            points[i + 4],
                            points[i + 5],
                            points[i + 6],
                            points[i + 7],
                            edge ? 2 : 0, // an outline's sides are straight: nothing to gain
                            Math.min(start, end),
                            Math.max(start, end));
                }
            } else {
                box(0, n);
            }
        }

        /**
         * The boxes of the Bezier segment (x0, y0) … (x3, y3) cut in two {@code depth} times (de
         * Casteljau): each piece lies within its four points, tighter than the whole.
         */
        private void quarters(
                double x0,
                double y0,
                double x1,
                double y1,
                double x2,
                double y2,
                double x3,
                double y3,
                int depth,
                double edgeFrom,
                double edgeTo) {
            if (depth == 0) {
                add(
                        Math.min(Math.min(x0, x1), Math.min(x2, x3)) + shiftX,
                        Math.max(Math.max(x0, x1), Math.max(x2, x3)) + shiftX,
                        Math.min(Math.min(y0, y1), Math.min(y2, y3)) + shiftY,
                        Math.max(Math.max(y0, y1), Math.max(y2, y3)) + shiftY,
                        edgeFrom,
                        edgeTo);
                return;
            }
            double ax = (x0 + x1) / 2, ay = (y0 + y1) / 2;
            double bx = (x1 + x2) / 2, by = (y1 + y2) / 2;
            double cx = (x2 + x3) / 2, cy = (y2 + y3) / 2;
            double dx = (ax + bx) / 2, dy = (ay + by) / 2;
            double ex = (bx + cx) / 2, ey = (by + cy) / 2;
            double mx = (dx + ex) / 2, my = (dy + ey) / 2;
            quarters(x0, y0, ax, ay, dx, dy, mx, my, depth - 1, edgeFrom, edgeTo);
            quarters(mx, my, ex, ey, cx, cy, x3, y3, depth - 1, edgeFrom, edgeTo);
        }

        private void box(int from, int to) {
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                x0 = Math.min(x0, points[2 * i]);
                x1 = Math.max(x1, points[2 * i]);
                y0 = Math.min(y0, points[2 * i + 1]);
                y1 = Math.max(y1, points[2 * i + 1]);
            }
            add(x0 + shiftX, x1 + shiftX, y0 + shiftY, y1 + shiftY, Double.NaN, Double.NaN);
        }

        private void add(double x0, double x1, double y0, double y1, double edgeFrom, double edgeTo) {
            if (boxCount + BOX > boxes.length) {
                boxes = java.util.Arrays.copyOf(boxes, boxes.length * 2);
            }
            boxes[boxCount++] = x0;
            boxes[boxCount++] = x1;
            boxes[boxCount++] = y0;
            boxes[boxCount++] = y1;
            boxes[boxCount++] = edgeFrom;
            boxes[boxCount++] = edgeTo;
        }

        /**
         * Reads the numbers of [from, to) into {@link #points}; whether its only commands are
         * one {@code M} and then {@code C}s (the letters of a path; none in a list of points).
         */
        private boolean readPoints(int start, int stop) {
            if (value.length < stop - start) {
                value = new char[Math.max(stop - start, 2 * value.length)];
            }
            svg.getChars(start, stop, value, 0);
            char[] text = value;
            int to = stop - start;
            pointCount = 0;
            boolean cubics = true;
            int letters = 0;
            int i = 0;
            while (i < to) {
                char c = text[i];
                if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
                    boolean negative = c == '-';
                    int j = negative ? i + 1 : i;
                    long whole = 0;
                    long fraction = 0;
                    int places = 0;
                    boolean point = false;
                    int digits = 0;
                    for (; j < to; j++) {
                        char d = text[j];
                        if (d >= '0' && d <= '9') {
                            digits++;
                            if (point) {
                                if (places < 15) {
                                    fraction = fraction * 10 + (d - '0');
                                    places++;
                                }
                            } else {
                                whole = whole * 10 + (d - '0');
                            }
                        } else if (d == '.' && !point) {
                            point = true;
                        } else {
                            break;
                        }
                    }
                    if (digits == 0 || digits > 15 || (j < to && (text[j] == 'e' || text[j] == 'E'))) {
                        throw new IllegalArgumentException("a number as Graphviz does not write it");
                    }
                    double value = whole + fraction / POWERS[places];
                    if (pointCount == points.length) {
                        points = java.util.Arrays.copyOf(points, points.length * 2);
                    }
                    points[pointCount++] = negative ? -value : value;
                    i = j;
                } else {
                    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                        cubics &= letters++ == 0 ? c == 'M' : c == 'C';
                    }
                    i++;
                }
            }
            return cubics && letters > 0;
        }
    }

    private static final double[] POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    /** A row of the part {@code box} of {@code id}, a CSS pixel a point: every row at one scale. */
    private static Row row(double[] box, String id, boolean legend) {
        for (double v : box) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("not a finite number: " + v);
            }
        }
        return new Row(
                num(box[0]) + " " + num(box[1]) + " " + num(box[2]) + " " + num(box[3]), num(box[2]), "#" + id, legend);
    }

    /** Overlapping extents joined, sorted by their left end. */
    private static List<double[]> merged(List<double[]> extents) {
        List<double[]> sorted = new ArrayList<>(extents);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> out = new ArrayList<>();
        for (double[] e : sorted) {
            double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && e[0] <= last[1]) {
                last[1] = Math.max(last[1], e[1]);
            } else {
                out.add(new double[] {e[0], e[1]});
            }
        }
        return out;
    }

    /** The start of the {@code <g} tag that holds {@code marker}, at or after {@code from}; -1 if none. */
    private static int groupOf(String svg, String marker, int from) {
        int at = svg.indexOf(marker, from);
        return at < 0 ? -1 : svg.lastIndexOf("<g ", at);
    }

    /** The value of the attribute {@code name} of the tag that starts at {@code tag}; empty if it has none. */
    private static String attribute(String svg, int tag, String name) {
        int end = svg.indexOf('>', tag);
        for (String key : new String[] {" " + name + "=\"", "\n" + name + "=\""}) {
            int at = svg.indexOf(key, tag);
            if (at >= 0 && at < end) {
                int from = at + key.length();
                return svg.substring(from, svg.indexOf('"', from));
            }
        }
        return "";
    }

    /**
     * The shift of {@code scale(1 1) rotate(0) translate(x y)}, as dot writes it (and the js
     * engine, as {@code 1.0} and {@code 0.0}); empty for any other transform.
     */
    private static double[] translation(String transform) {
        String t = transform.strip();
        int scale = t.indexOf("scale(");
        int rotate = t.indexOf(") rotate(");
        int translate = t.indexOf(") translate(");
        if (scale != 0 || rotate < 0 || translate < rotate || !t.endsWith(")")) {
            return new double[0];
        }
        double[] factors = numbers(t.substring(6, rotate));
        double[] angle = numbers(t.substring(rotate + 9, translate));
        double[] xy = numbers(t.substring(translate + 12, t.length() - 1));
        boolean plain = factors.length == 2 && factors[0] == 1 && factors[1] == 1 && angle.length == 1 && angle[0] == 0;
        return plain && xy.length == 2 ? xy : new double[0];
    }

    /** The numbers of a view box or a transform's arguments, separated by spaces or commas; only plain decimals. */
    private static double[] numbers(String text) {
        List<Double> out = new ArrayList<>();
        for (String token : text.strip().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                out.add(number(token));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A plain decimal ({@code -12.5}) as Graphviz and the generator write them; anything else
     * ({@code NaN}, {@code 1e3}, {@code 0x1p8}, {@code 2d}, which {@code Double.parseDouble}
     * takes) is refused, so that the map gets no rows rather than rows of such numbers.
     */
    private static double number(String text) {
        String t = text.strip();
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == '.' || (c == '-' && i == 0))) {
                throw new IllegalArgumentException("not a plain decimal: " + t);
            }
        }
        if (!digit) {
            throw new IllegalArgumentException("not a number: " + t);
        }
        return Double.parseDouble(t);
    }

    /** Whether {@code c} is a wide East Asian letter (Hangul, CJK, kana, full-width forms: about an em). */
    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x1F300 && c <= 0x1FAFF)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** Whether {@code id} is an id as the generator writes them ({@code [A-Za-z0-9_.:-]+}, see {@link InlineSvg}): safe in an href. */
    private static boolean isName(String id) {
        return !id.isEmpty()
                && id.chars()
                        .allMatch(c -> (c >= 'A' && c <= 'Z')
                                || (c >= 'a' && c <= 'z')
                                || (c >= '0' && c <= '9')
                                || c == '_'
                                || c == '.'
                                || c == ':'
                                || c == '-');
    }

    private static String num(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
