package io.journeyascode.model;

/**
 * How deep a Markdown text nests: its block containers (block quotes and list items) and its
 * emphasis. The Markdown library parses and renders them by recursion: text nested a thousand
 * levels deep ({@code > > > …}, {@code - - - …}, {@code *a *a … a* a*}, a run of 800 underscores)
 * overflowed its stack and ended the build. Text nested deeper than {@link #MAX} is a finding
 * when the journeys are read, and the site shows it as plain text: the same on every machine,
 * whatever its stack (on a 512 KiB stack the library rendered 400 levels of each kind).
 */
public final class MarkdownNesting {

    /** The deepest nesting the site renders as Markdown. */
    public static final int MAX = 32;

    private MarkdownNesting() {}

    /** Whether {@code markdown} nests deeper than {@link #MAX}. */
    public static boolean tooDeep(String markdown) {
        return depth(markdown) > MAX;
    }

    /** The deeper of {@link #blockDepth} and {@link #inlineDepth}. */
    public static int depth(String markdown) {
        return Math.max(blockDepth(markdown), inlineDepth(markdown));
    }

    /**
     * How deep emphasis may nest: in each paragraph, the runs of {@code *}, {@code _} or
     * {@code ~} that can only open emphasis (a letter after, a space before) less those that can
     * only close it, at the most; and half the longest such run ({@code ***} is emphasis in strong
     * emphasis). An estimate from above.
     */
    public static int inlineDepth(String markdown) {
        int deepest = 0;
        int open = 0;
        int n = markdown.length();
        int i = 0;
        while (i < n) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                // a blank line ends the paragraph, and the emphasis opened in it
                int k = i + 1;
                while (k < n
                        && (markdown.charAt(k) == ' ' || markdown.charAt(k) == '\t' || markdown.charAt(k) == '\r')) {
                    k++;
                }
                if (k < n && markdown.charAt(k) == '\n') {
                    open = 0;
                }
                i++;
            } else if (c == '*' || c == '_' || c == '~') {
                int end = i;
                while (end < n && markdown.charAt(end) == c) {
                    end++;
                }
                deepest = Math.max(deepest, (end - i) / 2);
                boolean before = i > 0 && !Character.isWhitespace(markdown.charAt(i - 1));
                boolean after = end < n && !Character.isWhitespace(markdown.charAt(end));
                if (after && !before) {
                    open++;
                    deepest = Math.max(deepest, open);
                } else if (before && !after) {
                    open = Math.max(0, open - 1);
                }
                i = end;
            } else {
                i++;
            }
        }
        return deepest;
    }

    /**
     * The nesting of the deepest line: the block quote and list markers it starts with, plus its
     * indentation in pairs of columns when it starts with one (a list nested by indentation);
     * lines inside fenced code count nothing. An estimate from above, never below, of how deep
     * the parser will nest.
     */
    public static int blockDepth(String markdown) {
        int deepest = 0;
        int n = markdown.length();
        char fence = 0;
        int i = 0;
        while (i < n) {
            int end = markdown.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int column = 0;
            int k = i;
            while (k < end && (markdown.charAt(k) == ' ' || markdown.charAt(k) == '\t')) {
                column += markdown.charAt(k) == '\t' ? 4 - column % 4 : 1;
                k++;
            }
            if (k + 2 < end
                    && (markdown.charAt(k) == '`' || markdown.charAt(k) == '~')
                    && markdown.charAt(k + 1) == markdown.charAt(k)
                    && markdown.charAt(k + 2) == markdown.charAt(k)) {
                char c = markdown.charAt(k);
                fence = fence == 0 ? c : fence == c ? 0 : fence;
            } else if (fence == 0) {
                int depth = 0;
                while (k < end) {
                    char c = markdown.charAt(k);
                    if (c == ' ' || c == '\t' || c == '\r') {
                        k++;
                    } else if (c == '>') {
                        depth++;
                        k++;
                    } else if ((c == '-' || c == '+' || c == '*')
                            && (k + 1 == end || isSpace(markdown.charAt(k + 1)))) {
                        depth++;
                        k++;
                    } else if (c >= '0' && c <= '9') {
                        int d = k;
                        while (d < end && d - k < 9 && markdown.charAt(d) >= '0' && markdown.charAt(d) <= '9') {
                            d++;
                        }
                        if (d < end
                                && (markdown.charAt(d) == '.' || markdown.charAt(d) == ')')
                                && (d + 1 == end || isSpace(markdown.charAt(d + 1)))) {
                            depth++;
                            k = d + 1;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if (depth > 0) {
                    deepest = Math.max(deepest, depth + column / 2);
                }
            }
            i = end + 1;
        }
        return deepest;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
