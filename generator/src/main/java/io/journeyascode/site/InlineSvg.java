package io.journeyascode.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an SVG document fit inside an HTML page: drops the XML prolog, the DOCTYPE and comments
 * (an HTML parser would read them as text or bogus comments), and makes every id a valid name.
 */
final class InlineSvg {

    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^]]*])?\\s*>\\s*");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\s*", Pattern.DOTALL);

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    private InlineSvg() {}

    static String clean(String svg) {
        if (svg.isEmpty()) {
            return svg;
        }
        String out = removeAll(PROLOG, svg);
        out = removeAll(DOCTYPE, out);
        out = removeAll(COMMENT, out);
        // Graphviz may write ids such as "page0,1_graph0" that are not XML names.
        Matcher m = ID.matcher(out);
        if (m.find()) {
            StringBuilder text = new StringBuilder(out.length());
            int last = 0;
            do {
                text.append(out, last, m.start(1));
                int end = m.end(1);
                for (int i = m.start(1); i < end; ) {
                    int c = out.codePointAt(i);
                    text.append(isNameChar(c) ? (char) c : '_');
                    i += Character.charCount(c);
                }
                last = end;
            } while (m.find());
            out = text.append(out, last, out.length()).toString();
        }
        return out.strip();
    }

    /** {@code pattern.matcher(text).replaceAll("")}, into one buffer of the right size. */
    private static String removeAll(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start());
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /** Whether NOT_NAME would keep the code point: [A-Za-z0-9_.:-]. */
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
