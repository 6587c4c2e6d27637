package io.journeyascode.site;

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
    private static final Pattern NOT_NAME = Pattern.compile("[^A-Za-z0-9_.:-]");

    private InlineSvg() {}

    static String clean(String svg) {
        if (svg.isEmpty()) {
            return svg;
        }
        String out = PROLOG.matcher(svg).replaceAll("");
        out = DOCTYPE.matcher(out).replaceAll("");
        out = COMMENT.matcher(out).replaceAll("");
        // Graphviz may write ids such as "page0,1_graph0" that are not XML names.
        out = ID.matcher(out)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        " id=\"" + NOT_NAME.matcher(m.group(1)).replaceAll("_") + "\""));
        return out.strip();
    }
}
