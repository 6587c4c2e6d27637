package io.journeyascode.diagram;

/**
 * Makes a Graphviz SVG fit to inline in HTML5 and readable by people who do not see it, with
 * string operations only (no DOM; SPEC §10): drops the XML prolog, DOCTYPE and comments; adds
 * {@code role="group"} (its touchpoints are links), named by a {@code <title>} and described by
 * a {@code <desc>} with the stage and touchpoint summary; shows names instead of dot's generated ids in element titles (hover text); prefixes
 * element ids so that several SVGs can share a page; and removes any link the generator did not
 * make.
 */
final class SvgPostProcessor {

    private SvgPostProcessor() {}

    static String process(String engineOutput, DotGraph graph) {
        String raw = Legend.append(canonicalClusters(engineOutput), graph.words());
        int start = raw.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("no <svg> element in the engine's output");
        }
        int tagEnd = raw.indexOf('>', start);
        String prefix = graph.idPrefix();
        StringBuilder out = new StringBuilder(raw.length() + graph.description().length() + 512);
        out.append(raw, start, tagEnd)
                // the language of its words, also for the SVG opened on its own
                .append(" xml:lang=\"")
                .append(graph.words().getOrDefault("lang", "en"))
                .append('"')
                // a group, not an image: its touchpoints are links that a screen reader must reach;
                // named by the title and described by the text of the map (once, not twice)
                .append(" role=\"group\" aria-labelledby=\"")
                .append(prefix)
                .append("title\" aria-describedby=\"")
                .append(prefix)
                .append("desc\">\n<title id=\"")
                .append(prefix)
                .append("title\">")
                .append(DotText.xml(graph.title()))
                .append("</title>\n<desc id=\"")
                .append(prefix)
                .append("desc\">")
                .append(DotText.xml(graph.description()))
                .append("</desc>");
        int pos = tagEnd + 1;
        int copied = pos; // raw[copied, pos) is still to be copied as it is
        int len = raw.length();
        boolean graphTitle = true;
        boolean expects = false; // in the group of an expectations arrow
        while (pos < len) {
            int lt = raw.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= len) {
                break;
            }
            char next = raw.charAt(lt + 1);
            if (next == '!' && raw.startsWith("<!--", lt)) {
                out.append(raw, copied, lt);
                int end = raw.indexOf("-->", lt);
                pos = end < 0 ? len : end + 3;
                if (pos < len && raw.charAt(pos) == '\n') {
                    pos++;
                }
                copied = pos;
            } else if (next == 't' && raw.startsWith("<title>", lt)) {
                out.append(raw, copied, lt);
                int end = raw.indexOf("</title>", lt);
                String key = raw.substring(lt + 7, end);
                // the first title is the graph's, named by the engine's caller
                String text = graphTitle
                        ? DotText.xml(graph.title())
                        : expects && graph.titles().containsKey(EXPECTS + key)
                                ? graph.titles().get(EXPECTS + key)
                                : graph.titles().getOrDefault(key, key);
                graphTitle = false;
                out.append("<title>").append(text).append("</title>");
                pos = end + 8;
                copied = pos;
            } else if ((next == 'g' || next == 'a') && lt + 2 < len && raw.charAt(lt + 2) == ' ') {
                // only <g> and <a> carry ids and links in Graphviz SVG
                int gt = raw.indexOf('>', lt);
                if (gt < 0) {
                    break;
                }
                out.append(raw, copied, lt);
                if (next == 'g') {
                    int cls = raw.indexOf(" class=\"", lt);
                    expects = cls >= 0 && cls < gt && raw.startsWith(EXPECTS_CLASS, cls + 1);
                }
                tag(raw, lt, gt + 1, prefix, graph, out);
                pos = gt + 1;
                copied = pos;
            } else {
                pos = lt + 1;
            }
        }
        out.append(raw, copied, len);
        return out.toString();
    }

    /**
     * Where a flow arrow and an expectations arrow join the same two touchpoints, dot titles both
     * {@code n0->n1}; the expectations arrow's own text is kept under this prefix.
     */
    static final String EXPECTS = "expects:";

    private static final String EXPECTS_CLASS = "class=\"edge expects\"";

    private static final String CLUSTER = "<g id=\"clust";
    private static final String CLUSTER_TITLE = "<title>cluster_s";

    /**
     * Puts the stage clusters in stage order. dot 2.43 orders subgraphs by the memory address of
     * their interned names, so a process that has rendered other graphs before may emit the same
     * layout with its clusters in another order (and numbered accordingly): the SVG would depend
     * on its batch. The layout itself is the same, so sorting the cluster groups by stage and
     * renumbering them makes the output canonical.
     */
    static String canonicalClusters(String raw) {
        int first = raw.indexOf(CLUSTER);
        if (first < 0) {
            return raw;
        }
        java.util.List<String> blocks = new java.util.ArrayList<>();
        int pos = first;
        while (raw.startsWith(CLUSTER, pos)) {
            int end = raw.indexOf("</g>\n", pos);
            if (end < 0) {
                return raw;
            }
            blocks.add(raw.substring(pos, end + 5));
            pos = end + 5;
        }
        int[] stage = new int[blocks.size()];
        boolean sorted = true;
        for (int i = 0; i < blocks.size(); i++) {
            stage[i] = stageOf(blocks.get(i));
            if (stage[i] < 0) {
                return raw;
            }
            sorted &= i == 0 || stage[i - 1] < stage[i];
        }
        if (sorted) {
            return raw;
        }
        Integer[] order = new Integer[blocks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> stage[i]));
        StringBuilder out = new StringBuilder(raw.length());
        out.append(raw, 0, first);
        for (int k = 0; k < order.length; k++) {
            String block = blocks.get(order[k]);
            int idEnd = block.indexOf('"', CLUSTER.length());
            out.append(CLUSTER).append(k + 1).append(block, idEnd, block.length());
        }
        out.append(raw, pos, raw.length());
        return out.toString();
    }

    private static int stageOf(String block) {
        int at = block.indexOf(CLUSTER_TITLE);
        if (at < 0) {
            return -1;
        }
        int from = at + CLUSTER_TITLE.length();
        int to = from;
        while (to < block.length() && Character.isDigit(block.charAt(to))) {
            to++;
        }
        return to == from || to - from > 6 ? -1 : Integer.parseInt(block.substring(from, to));
    }

    /** Copies one tag, prefixing its id and dropping hrefs the generator did not make. */
    private static void tag(String raw, int from, int to, String prefix, DotGraph graph, StringBuilder out) {
        int pos = from + 1;
        while (pos < to && !isSpace(raw.charAt(pos)) && raw.charAt(pos) != '>' && raw.charAt(pos) != '/') {
            pos++;
        }
        out.append(raw, from, pos);
        while (pos < to) {
            int space = pos;
            while (pos < to && isSpace(raw.charAt(pos))) {
                pos++;
            }
            int eq = raw.indexOf('=', pos);
            if (eq < 0 || eq >= to || eq + 1 >= to || raw.charAt(eq + 1) != '"') {
                out.append(raw, space, to);
                return;
            }
            int close = raw.indexOf('"', eq + 2);
            if (close < 0 || close >= to) {
                out.append(raw, space, to);
                return;
            }
            int nameLength = eq - pos;
            if (nameLength == 2 && raw.startsWith("id", pos)) {
                out.append(raw, space, eq + 2).append(prefix).append(raw, unpaged(raw, eq + 2, close), close + 1);
            } else if (!(nameLength >= 4
                    && raw.startsWith("href", eq - 4)
                    && !graph.links().contains(raw.substring(eq + 2, close)))) {
                out.append(raw, space, close + 1);
            } // else: a link the generator did not make is dropped
            pos = close + 1;
        }
    }

    /**
     * Where an id's value starts once dot's {@code page0,1_} prefix is skipped: dot adds it to the
     * graph's id for every graph after the first in one process, which would make an SVG depend
     * on its batch (and a comma is not valid in an id).
     */
    private static int unpaged(String raw, int from, int to) {
        if (!raw.startsWith("page", from)) {
            return from;
        }
        int i = from + 4;
        while (i < to && (Character.isDigit(raw.charAt(i)) || raw.charAt(i) == ',')) {
            i++;
        }
        return i < to && raw.charAt(i) == '_' && i > from + 4 ? i + 1 : from;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
