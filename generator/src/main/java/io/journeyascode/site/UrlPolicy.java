package io.journeyascode.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Which addresses may reach an {@code href} or {@code src} of the site: http, https, mailto and
 * relative ones. Browsers ignore tabs, newlines and leading control characters in a scheme and
 * decode entities in attributes, so the check works on the address as a browser would read it.
 */
public final class UrlPolicy {

    private UrlPolicy() {}

    /** True for an http, https or mailto address, or a relative one (not {@code //host}). */
    public static boolean isSafeLink(String url) {
        String normalized = normalize(url);
        if (normalized.startsWith("//") || normalized.startsWith("\\") || normalized.startsWith("/\\")) {
            return false;
        }
        String scheme = scheme(normalized);
        return scheme.isEmpty() || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /** True for an absolute http or https address only (links to dashboards, source files). */
    public static boolean isSafeWebLink(String url) {
        String scheme = scheme(normalize(url));
        return (scheme.equals("http") || scheme.equals("https")) && isSafeLink(url);
    }

    /** Images may only be relative: the site makes no request to another host (SPEC §8). */
    public static boolean isSafeImage(String url) {
        return isSafeLink(url) && scheme(normalize(url)).isEmpty();
    }

    private static String normalize(String url) {
        String text = url;
        // Entities may be nested (&amp;#115;); decode until nothing changes.
        for (int i = 0; i < 5; i++) {
            String decoded = StringEscapeUtils.unescapeHtml4(clampNumericReferences(text));
            if (decoded.equals(text)) {
                break;
            }
            text = decoded;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u007f' && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#([xX][0-9a-fA-F]+|[0-9]+)");

    /**
     * Numeric references past U+10FFFF become U+FFFD, as a browser reads them (commons-text
     * throws on them: found by MarkdownFuzzTest, a link such as {@code &#1159105;} stopped the build).
     */
    private static String clampNumericReferences(String text) {
        if (text.indexOf("&#") < 0) {
            return text;
        }
        Matcher m = NUMERIC_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String digits = m.group(1);
            boolean hex = digits.charAt(0) == 'x' || digits.charAt(0) == 'X';
            String number = hex ? digits.substring(1) : digits;
            boolean valid;
            try {
                valid = Character.isValidCodePoint(Integer.parseInt(number, hex ? 16 : 10));
            } catch (NumberFormatException e) {
                valid = false;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(valid ? m.group() : "\uFFFD"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The scheme before the first colon, or empty when a path, query or fragment comes first. */
    private static String scheme(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == ':') {
                return normalized.substring(0, i);
            }
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
        }
        return "";
    }
}
