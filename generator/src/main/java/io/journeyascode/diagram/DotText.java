package io.journeyascode.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Escaping of user text for DOT's quoted strings and for XML. Graphviz expands escapes such as
 * {@code \N}, {@code \G}, {@code \n} and HTML entities inside labels and tooltips, so user text
 * is made literal here: {@code &} becomes {@code &amp;} (dot keeps valid entities as they are),
 * every backslash is doubled (four times in tooltips, which dot unescapes twice), then quotes
 * are escaped. Control characters, which are neither valid DOT nor valid XML, become spaces.
 */
final class DotText {

    private static final java.util.regex.Pattern SAFE_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private DotText() {}

    /** A label, cluster label or xlabel value (without the surrounding quotes). */
    static String label(String text) {
        return escape(text, "\\\\");
    }

    /** A tooltip value (without the surrounding quotes). */
    static String tooltip(String text) {
        return escape(text, "\\\\\\\\");
    }

    private static String escape(String text, String backslash) {
        String clean = clean(text);
        if (!hasAny(clean, "\\\"&")) {
            return clean;
        }
        StringBuilder out = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> out.append(backslash);
                case '"' -> out.append("\\\"");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One line of text: line breaks and other control characters become spaces, lone surrogates
     * and XML-forbidden characters are dropped, runs of spaces collapse, ends are trimmed.
     */
    static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            }
            if (c < 0x20 || c == ' ' || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** True when {@link #clean} would not change the text (the common case: no copy). */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c == ' ' && previous == ' ') || (c >= 0x7F && c <= 0x9F)) {
                return false;
            }
            if (c >= '\u2028'
                    && (c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c))) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Text for XML character data and quoted attribute values. */
    static String xml(String text) {
        String clean = clean(text);
        if (!hasAny(clean, "&<>\"'")) {
            return clean;
        }
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Wraps cleaned text into lines of at most {@code width} characters at spaces; a word longer
     * than a line is cut. Counts UTF-16 units, which is close enough for layout.
     */
    static List<String> wrap(String text, int width) {
        String clean = clean(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = width;
                if (Character.isHighSurrogate(word.charAt(cut - 1))) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** True for an id that is safe in a file name and a URL: kebab-case (SPEC §3). */
    static boolean isSafeId(String id) {
        return SAFE_ID.matcher(id).matches();
    }
}
