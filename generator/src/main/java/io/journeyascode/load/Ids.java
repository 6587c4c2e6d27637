package io.journeyascode.load;

import java.util.Locale;

/** Kebab-case ids (SPEC §3): they become file names in the site, so nothing else is accepted. */
public final class Ids {

    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String REFERENCE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$";

    /**
     * The longest id: an id becomes a file name of the site ({@code ID.html}, {@code ID.svg}), and
     * a file system takes names of at most 255 bytes; well below that, a path stays readable.
     */
    public static final int MAX_LENGTH = 100;

    private Ids() {}

    /** {@code id} cut to {@link #MAX_LENGTH}, without a hyphen at its end: what a too long id is read as. */
    static String shortened(String id) {
        String cut = id.length() <= MAX_LENGTH ? id : id.substring(0, MAX_LENGTH);
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }

    /** Same as {@link #PATTERN}, without a regular expression: ids are checked by the hundred thousand. */
    public static boolean isId(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
            if (!ok) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static boolean isReference(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return isId(text);
        }
        return isId(text.substring(0, slash)) && isId(text.substring(slash + 1));
    }

    /**
     * The kebab-case form of a bad id ({@code Check Out} → {@code check-out}), used after the
     * finding so that one typo does not cascade into unknown references; empty when nothing is left.
     */
    static String normalize(String text) {
        // letters with marks become their base letters (ä → a, é → e), as a reader would write them
        String lower = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("œ", "oe")
                .replace("ł", "l")
                .replace("đ", "d")
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < lower.length() && out.length() < 100; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    static String normalizeReference(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return normalize(text);
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            // `retail/online-order/checkout`: a path, as the file lies in a folder; a journey's id is
            // its file's name alone, so the reference is the last two parts
            java.util.List<String> parts = java.util.Arrays.stream(text.split("/"))
                    .map(Ids::normalize)
                    .filter(p -> !p.isEmpty())
                    .toList();
            return parts.size() < 2
                    ? String.join("", parts)
                    : parts.get(parts.size() - 2) + "/" + parts.get(parts.size() - 1);
        }
        String journey = normalize(text.substring(0, slash));
        String touchpoint = normalize(text.substring(slash + 1));
        return journey.isEmpty() || touchpoint.isEmpty() ? "" : journey + "/" + touchpoint;
    }
}
