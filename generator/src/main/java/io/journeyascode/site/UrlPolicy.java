package io.journeyascode.site;

import java.util.Locale;
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
            String decoded = StringEscapeUtils.unescapeHtml4(text);
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
