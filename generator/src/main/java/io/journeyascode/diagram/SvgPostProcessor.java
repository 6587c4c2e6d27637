package io.journeyascode.diagram;

/**
 * Makes a Graphviz SVG fit to inline in HTML5 and readable by people who do not see it, with
 * string operations only (no DOM; SPEC §10): drops the XML prolog, DOCTYPE and comments; adds
 * {@code role="img"}, a {@code <title>} and a {@code <desc>} with the stage and touchpoint
 * summary; shows names instead of dot's generated ids in element titles (hover text); prefixes
 * element ids so that several SVGs can share a page; and removes any link the generator did not
 * make.
 */
final class SvgPostProcessor {

    private SvgPostProcessor() {}

    static String process(String raw, DotGraph graph) {
        int start = raw.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("no <svg> element in the engine's output");
        }
        int tagEnd = raw.indexOf('>', start);
        String prefix = graph.idPrefix();
        StringBuilder out = new StringBuilder(raw.length() + graph.description().length() + 512);
        out.append(raw, start, tagEnd)
                .append(" role=\"img\" aria-labelledby=\"")
                .append(prefix)
                .append("title ")
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
        int len = raw.length();
        boolean graphTitle = true;
        while (pos < len) {
            int lt = raw.indexOf('<', pos);
            if (lt < 0) {
                out.append(raw, pos, len);
                break;
            }
            out.append(raw, pos, lt);
            if (raw.startsWith("<!--", lt)) {
                int end = raw.indexOf("-->", lt);
                pos = end < 0 ? len : end + 3;
                if (pos < len && raw.charAt(pos) == '\n') {
                    pos++;
                }
            } else if (raw.startsWith("<title>", lt)) {
                int end = raw.indexOf("</title>", lt);
                String key = raw.substring(lt + 7, end);
                // the first title is the graph's, named by the engine's caller
                String text =
                        graphTitle ? DotText.xml(graph.title()) : graph.titles().getOrDefault(key, key);
                graphTitle = false;
                out.append("<title>").append(text).append("</title>");
                pos = end + 8;
            } else {
                int gt = raw.indexOf('>', lt);
                if (gt < 0) {
                    out.append(raw, lt, len);
                    break;
                }
                tag(raw, lt, gt + 1, prefix, graph, out);
                pos = gt + 1;
            }
        }
        return out.toString();
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
            String name = raw.substring(pos, eq);
            if (name.equals("id")) {
                // dot 2.43 names the 2nd+ graph of a batch "page0,1_graph0": drop that, so the id
                // does not depend on batching (jobs) and stays a valid XML name.
                String id = raw.substring(eq + 2, close).replaceFirst("^page\\d+,\\d+_", "");
                out.append(raw, space, eq + 2).append(prefix).append(id).append('"');
            } else if (!(name.endsWith("href") && !graph.links().contains(raw.substring(eq + 2, close)))) {
                out.append(raw, space, close + 1);
            } // else: a link the generator did not make is dropped
            pos = close + 1;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
