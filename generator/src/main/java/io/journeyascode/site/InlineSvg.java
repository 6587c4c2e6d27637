package io.journeyascode.site;

import java.util.regex.Pattern;

/**
 * Makes an SVG document fit inside an HTML page: drops the XML prolog, the DOCTYPE and comments
 * (an HTML parser would read them as text or bogus comments).
 */
final class InlineSvg {

    private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^]]*])?\\s*>\\s*");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\s*", Pattern.DOTALL);

    private InlineSvg() {}

    static String clean(String svg) {
        if (svg.isEmpty()) {
            return svg;
        }
        String out = PROLOG.matcher(svg).replaceAll("");
        out = DOCTYPE.matcher(out).replaceAll("");
        out = COMMENT.matcher(out).replaceAll("");
        return out.strip();
    }
}
