package io.journeyascode.site;

/**
 * Makes an SVG document fit inside an HTML page: drops the XML prolog, the DOCTYPE and comments
 * (an HTML parser would read them as text or bogus comments), and makes every id a valid name.
 *
 * <p>Written as plain scans rather than regular expressions: every journey page inlines its
 * diagram, and the expressions' searches over tens of kilobytes per page showed in profiles. The
 * result is the same as removing, in this order, every match of {@code <\?xml[^>]*\?>\s*}, then
 * of {@code <!DOCTYPE[^>\[]*(\[[^]]*])?\s*>\s*}, then of {@code <!--.*?-->\s*} (dot matching
 * newlines), then replacing every character of an {@code id="..."} value outside
 * {@code [A-Za-z0-9_.:-]} by {@code _}, and stripping the ends.
 */
final class InlineSvg {

    private InlineSvg() {}

    static String clean(String svg) {
        if (svg.isEmpty()) {
            return svg;
        }
        String out = svg;
        // One scan saves three: without "<?" or "<!" there is no prolog, DOCTYPE or comment.
        if (mayHoldDeclarations(svg)) {
            out = removeProlog(out);
            out = removeDoctype(out);
            out = removeComments(out);
        }
        out = fixIds(out);
        return out.strip();
    }

    /** Whether {@code text} has a {@code <?} or {@code <!} anywhere. */
    private static boolean mayHoldDeclarations(String text) {
        int n = text.length();
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < n; i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == '?' || next == '!') {
                return true;
            }
        }
        return false;
    }

    /** {@code <\?xml[^>]*\?>\s*}: the first {@code >} after the start must follow a {@code ?}. */
    private static String removeProlog(String text) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        int start;
        while ((start = text.indexOf("<?xml", from)) >= 0) {
            int gt = text.indexOf('>', start + 5);
            if (gt < 0) {
                break; // no later start can be closed either
            }
            if (gt < start + 6 || text.charAt(gt - 1) != '?') {
                from = start + 1;
                continue;
            }
            int end = skipSpace(text, gt + 1);
            out = append(out, text, last, start);
            last = end;
            from = end;
        }
        return finish(out, text, last);
    }

    /** {@code <!DOCTYPE[^>\[]*(\[[^]]*])?\s*>\s*}. */
    private static String removeDoctype(String text) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        int start;
        while ((start = text.indexOf("<!DOCTYPE", from)) >= 0) {
            int i = start + 9;
            int n = text.length();
            while (i < n && text.charAt(i) != '>' && text.charAt(i) != '[') {
                i++;
            }
            int end = -1;
            if (i < n && text.charAt(i) == '>') {
                end = i + 1;
            } else if (i < n) { // '[': an internal subset up to the first ']', then spaces and '>'
                int close = text.indexOf(']', i + 1);
                if (close >= 0) {
                    int j = skipSpace(text, close + 1);
                    if (j < n && text.charAt(j) == '>') {
                        end = j + 1;
                    }
                }
            }
            if (end < 0) {
                from = start + 1;
                continue;
            }
            end = skipSpace(text, end);
            out = append(out, text, last, start);
            last = end;
            from = end;
        }
        return finish(out, text, last);
    }

    /** {@code <!--.*?-->\s*}, the dot matching newlines. */
    private static String removeComments(String text) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        int start;
        while ((start = text.indexOf("<!--", from)) >= 0) {
            int close = text.indexOf("-->", start + 4);
            if (close < 0) {
                break; // no later comment is closed either
            }
            int end = skipSpace(text, close + 3);
            out = append(out, text, last, start);
            last = end;
            from = end;
        }
        return finish(out, text, last);
    }

    /** Graphviz may write ids such as "page0,1_graph0" that are not XML names. */
    private static String fixIds(String text) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        int start;
        while ((start = text.indexOf(" id=\"", from)) >= 0) {
            int valueStart = start + 5;
            int valueEnd = text.indexOf('"', valueStart);
            if (valueEnd < 0) {
                break; // no later value is closed either
            }
            for (int i = valueStart; i < valueEnd; ) {
                int c = text.codePointAt(i);
                int next = i + Character.charCount(c);
                if (!isNameChar(c)) {
                    out = append(out, text, last, i);
                    out.append('_');
                    last = next;
                }
                i = next;
            }
            from = valueEnd + 1;
        }
        return finish(out, text, last);
    }

    private static StringBuilder append(StringBuilder out, String text, int from, int to) {
        StringBuilder b = out == null ? new StringBuilder(text.length()) : out;
        return b.append(text, from, to);
    }

    private static String finish(StringBuilder out, String text, int last) {
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The index after the whitespace ({@code \s}: space, tab, newlines, form feed, vertical tab) at {@code i}. */
    private static int skipSpace(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** [A-Za-z0-9_.:-]. */
    private static boolean isNameChar(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == ':'
                || c == '-';
    }
}
