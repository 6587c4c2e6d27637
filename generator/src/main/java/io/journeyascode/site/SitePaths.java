package io.journeyascode.site;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where each page lives inside the site (paths with {@code /}, relative to the site root), and
 * the one way to turn such a path into a link from another page.
 */
public final class SitePaths {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final String INDEX = "index.html";
    public static final String FINDINGS = "findings.html";
    public static final String RULES = "rules.html";
    public static final String SEARCH = "search.html";

    private SitePaths() {}

    /** Ids become file names: only kebab-case ids get a page (SPEC §3 accepts nothing else). */
    public static boolean isSafeId(String id) {
        return ID.matcher(id).matches();
    }

    public static String journey(String id) {
        return "journeys/" + id + ".html";
    }

    public static String journeySvg(String id) {
        return "journeys/" + id + ".svg";
    }

    public static String touchpoint(String journeyId, String touchpointId) {
        return "journeys/" + journeyId + "/" + touchpointId + ".html";
    }

    public static String team(String id) {
        return "teams/" + id + ".html";
    }

    public static String channel(String id) {
        return "channels/" + id + ".html";
    }

    /**
     * Page {@code page} (from 1) of a team's listing: the first is {@link #team(String)}, the
     * others {@code teams/ID/2.html}, {@code teams/ID/3.html}…
     */
    public static String team(String id, int page) {
        return page == 1 ? team(id) : "teams/" + id + "/" + page + ".html";
    }

    /** Page {@code page} (from 1) of a channel's listing, as {@link #team(String, int)}. */
    public static String channel(String id, int page) {
        return page == 1 ? channel(id) : "channels/" + id + "/" + page + ".html";
    }

    public static String page(String name) {
        return "pages/" + name + ".html";
    }

    /** The link from the page at {@code from} to the file at {@code to}, e.g. {@code ../../teams/x.html}. */
    public static String relative(String from, String to) {
        // Skip the folders both paths share, then climb out of the rest of {@code from}'s.
        int f = 0;
        int t = 0;
        while (true) {
            int fs = from.indexOf('/', f);
            int ts = to.indexOf('/', t);
            if (fs < 0 || ts < 0 || fs - f != ts - t || !from.regionMatches(f, to, t, fs - f)) {
                break;
            }
            f = fs + 1;
            t = ts + 1;
        }
        int ups = 0;
        for (int i = from.indexOf('/', f); i >= 0; i = from.indexOf('/', i + 1)) {
            ups++;
        }
        StringBuilder out = new StringBuilder(3 * ups + to.length() - t);
        for (int i = 0; i < ups; i++) {
            out.append("../");
        }
        return out.append(to, t, to.length()).toString();
    }

    /** The way from the page at {@code from} up to the site root: "", "../" or "../../". */
    public static String root(String from) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** Percent-encodes a path (keeps {@code /} and unreserved characters) for use in a URL. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
