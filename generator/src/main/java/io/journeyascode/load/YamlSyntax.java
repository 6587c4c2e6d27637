package io.journeyascode.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said in a user's terms, at the place to fix: SnakeYAML's words
 * ({@code mapping values are not allowed here}, {@code expected <block end>, but found '?'}) name
 * its parser's states, and some point past the mistake (an unclosed quote at the end of the file,
 * {@code channel:web} at the line after it). The slips teams make most are recognised from the
 * error and the line's text, one method each; anything else keeps SnakeYAML's words with the
 * context's line.
 */
record YamlSyntax(Mark mark, String message) {

    private static final String PREFIX = "YAML syntax error: ";
    private static final String CHECK = "; check the indentation, quotes and brackets there";
    private static final Pattern RESERVED_START =
            Pattern.compile("found character '([@`%])' that cannot start any token");
    /** SnakeYAML's words for a flow list or mapping that something other than {@code ,} or its end follows. */
    private static final Pattern UNCLOSED_FLOW = Pattern.compile("^expected ',' or '([\\]}])', but got");
    /** {@code key:value} with no space after the colon, the whole line. */
    private static final Pattern NO_SPACE = Pattern.compile("\\s*(- )?([A-Za-z_][A-Za-z0-9_-]*):(\\S.*)");
    /** {@code key: value} on a line, with an optional list dash before it. */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:- )?[^\\s:#][^:#]*?:) (.*)");
    /** A line that starts with a key (and an optional list dash), its name in group 1. */
    private static final Pattern KEY = Pattern.compile("\\s*(?:- )?([^\\s:#][^:#]*?):(\\s.*)?");
    /** A comment after a plain value: a {@code #} after white space, to the end of the line. */
    private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");
    /** The longest part of a line the patterns read (a 1 MiB line would take them long). */
    private static final int MAX_LINE = 1000;

    /** SnakeYAML's error as read here: where it stopped ({@code problem}), what it was reading from where ({@code context}). */
    private record ParserError(Mark problem, Mark context, String said, String reading, String text) {

        /** The text of the line the problem is on (see {@link YamlSyntax#line}). */
        String problemLine() {
            return line(text, problem);
        }
    }

    static YamlSyntax of(MarkedYAMLException e, String text) {
        ParserError error = new ParserError(
                e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
                e.getContextMark(),
                e.getProblem() != null ? e.getProblem() : "the file is not well-formed YAML",
                e.getContext() != null ? e.getContext() : "",
                text);
        return reservedStart(error)
                .or(() -> tab(error))
                .or(() -> unclosedQuote(error))
                .or(() -> unclosedFlow(error))
                .or(() -> notAKey(error))
                .or(() -> colonInValue(error))
                .or(() -> blockEnd(error))
                .orElseGet(() -> parsersWords(error, e.getProblemMark()));
    }

    /** {@code @home}, {@code %}, a backtick: a plain value cannot start with it. */
    private static Optional<YamlSyntax> reservedStart(ParserError error) {
        Matcher reserved = RESERVED_START.matcher(error.said());
        if (!reserved.find()) {
            return Optional.empty();
        }
        // SnakeYAML adds "(Do not use @ for indentation)", which misleads: the value wants quotes
        String character = reserved.group(1);
        return Optional.of(new YamlSyntax(
                error.problem(),
                character.equals("`")
                        // a backtick cannot be shown between backticks (findings' code spans)
                        ? PREFIX + "a plain value cannot start with a backtick (YAML reserves it); put the whole"
                                + " value in double quotes"
                        : PREFIX + "a plain value cannot start with `" + character
                                + "` (YAML reserves it); put the value in quotes, e.g. `\"" + character + "…\"`"));
    }

    /** A tab that indents, or one where a space belongs. */
    private static Optional<YamlSyntax> tab(ParserError error) {
        if (!error.said().contains("'\\t(TAB)'")) {
            return Optional.empty();
        }
        boolean indentation = error.problem() == null
                || before(error.problemLine(), error.problem()).isBlank();
        return Optional.of(new YamlSyntax(
                error.problem(),
                indentation
                        ? PREFIX + "a tab in the indentation; YAML indents with spaces only: write spaces instead"
                        : PREFIX + "a tab where YAML wants a space (after a key's colon, or a list's dash); write"
                                + " a space instead"));
    }

    /** A quote never closed: SnakeYAML reads to the end of the file and says so there. */
    private static Optional<YamlSyntax> unclosedQuote(ParserError error) {
        if (!error.said().contains("unexpected end of stream")
                || !error.reading().contains("quoted scalar")
                || error.context() == null) {
            return Optional.empty();
        }
        String quote =
                charAt(error.text(), error.context()).map(String::valueOf).orElse("\"");
        return Optional.of(new YamlSyntax(
                error.context(),
                PREFIX + "the quoted value that starts here is never closed (YAML read on to the end of the file);"
                        + " end it with `" + quote + "`"));
    }

    /** A {@code [} or {@code {} not closed on its line. */
    private static Optional<YamlSyntax> unclosedFlow(ParserError error) {
        Matcher flow = UNCLOSED_FLOW.matcher(error.said());
        boolean atEnd = error.said().endsWith("<stream end>");
        if (!flow.find()
                || !error.reading().contains("flow ")
                || error.context() == null
                || error.problem() == null
                || !(error.problem().getLine() > error.context().getLine() || atEnd)) {
            return Optional.empty();
        }
        String close = flow.group(1);
        String open = close.equals("]") ? "[" : "{";
        if (closedLater(error.text(), error.context(), open.charAt(0), close.charAt(0))) {
            // closed after all ({"key"\n: value}, which YAML 1.2 allows and this reader does not): not that
            return Optional.empty();
        }
        return Optional.of(new YamlSyntax(
                error.context(),
                PREFIX + "the `" + open + "` that opens here is never closed (YAML read on to "
                        + (atEnd
                                ? "the end of the file"
                                : "line " + (error.problem().getLine() + 1))
                        + "); end it with `" + close + "` on its line"));
    }

    /**
     * Whether the bracket {@code open} at {@code at} has its {@code close} later in the text, brackets
     * in between counted and quoted text skipped.
     */
    static boolean closedLater(String text, Mark at, char open, char close) {
        int offset = 0;
        for (int line = 0; line < at.getLine() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        if (offset < 0) {
            return false;
        }
        int i = offset + at.getColumn();
        if (i >= text.length() || text.charAt(i) != open) {
            return false;
        }
        int depth = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                // to the quote's end: a backslash escapes in "…", a doubled quote in '…'
                for (i++; i < text.length(); i++) {
                    char d = text.charAt(i);
                    if (c == '"' && d == '\\') {
                        i++;
                    } else if (d == c) {
                        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            i++;
                        } else {
                            break;
                        }
                    }
                }
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** A line that is no key: {@code channel:web} (no space after the colon), or text alone. */
    private static Optional<YamlSyntax> notAKey(ParserError error) {
        if (!error.said().startsWith("could not find expected ':'")
                || !error.reading().contains("simple key")
                || error.context() == null) {
            return Optional.empty();
        }
        Matcher m = NO_SPACE.matcher(line(error.text(), error.context()));
        if (m.matches()) {
            String fixed = (m.group(1) == null ? "" : m.group(1)) + m.group(2) + ": "
                    + m.group(3).strip();
            return Optional.of(new YamlSyntax(
                    error.context(),
                    PREFIX + "`" + m.group(2) + ":" + shortText(m.group(3).strip())
                            + "` is read as text, not a key: a key's colon needs a space after it; write `"
                            + shortText(fixed) + "`"));
        }
        return Optional.of(new YamlSyntax(
                error.context(),
                PREFIX + "this line is neither `key: value` nor a list item `- …`; write it as one, or join it"
                        + " to the value above in quotes"));
    }

    /** {@code name: Prices: compare them}, or a key indented deeper than the line above. */
    private static Optional<YamlSyntax> colonInValue(ParserError error) {
        if (!error.said().startsWith("mapping values are not allowed here") || error.problem() == null) {
            return Optional.empty();
        }
        String line = error.problemLine();
        Matcher kv = KEY_VALUE.matcher(line);
        if (before(line, error.problem()).contains(": ") && kv.matches()) {
            // a comment after the value stays a comment
            String value = COMMENT.matcher(kv.group(2)).replaceFirst("").strip();
            // in double quotes a backslash starts an escape (C:\temp would hold a tab): single
            // quotes then, which have none but '' for an apostrophe
            String quoted = value.contains("\"") || value.contains("\\")
                    ? "'" + value.replace("'", "''") + "'"
                    : "\"" + value + "\"";
            return Optional.of(new YamlSyntax(
                    error.problem(),
                    PREFIX + "a value that holds `: ` must be in quotes (else YAML reads a key there); write `"
                            + shortText(kv.group(1).strip() + " " + quoted) + "`"));
        }
        return Optional.of(new YamlSyntax(
                error.problem(),
                PREFIX + keyName(line, "this line") + " is indented deeper than the line above, so YAML reads it"
                        + " as part of that line's value; if it is a key, indent it as the keys beside it; if it is"
                        + " text of that value, put the whole value in quotes or write it as a block (`key: |`)"));
    }

    /** Text after a closing quote, or a key or item not lined up with its neighbours. */
    private static Optional<YamlSyntax> blockEnd(ParserError error) {
        String said = error.said();
        if (!said.startsWith("expected <block end>, but found") || error.problem() == null) {
            return Optional.empty();
        }
        String line = error.problemLine();
        String before = before(line, error.problem()).stripTrailing();
        if (said.endsWith("'<scalar>'") && (before.endsWith("\"") || before.endsWith("'"))) {
            char quote = before.charAt(before.length() - 1);
            String apostrophe = quote == '\'' ? " (inside '…' an apostrophe is written twice: `'it''s'`)" : "";
            return Optional.of(new YamlSyntax(
                    error.problem(),
                    PREFIX + "text after the closing quote `" + quote + "`; put the whole value in the quotes, or"
                            + " write it without any" + apostrophe));
        }
        boolean item = said.endsWith("'-'") || said.endsWith("'<block sequence start>'");
        if (!item && !said.endsWith("'?'") && !said.endsWith("'<block mapping start>'")) {
            return Optional.empty();
        }
        return Optional.of(new YamlSyntax(
                error.problem(),
                PREFIX + (item ? "this list item" : keyName(line, "this key")) + " is not lined up with the "
                        + (item ? "items" : "keys") + " above it"
                        + (error.context() != null
                                ? " (in the block from line " + (error.context().getLine() + 1) + ")"
                                : "")
                        + "; indent it exactly as they are"));
    }

    /** SnakeYAML's own words, with the line of what it was reading. */
    private static YamlSyntax parsersWords(ParserError error, Mark problemMark) {
        StringBuilder message = new StringBuilder(PREFIX).append(oneLine(error.said()));
        if (!error.reading().isEmpty() && error.context() != null && error.context() != problemMark) {
            message.append(" (")
                    .append(oneLine(error.reading()))
                    .append(" at line ")
                    .append(error.context().getLine() + 1)
                    .append(')');
        }
        return new YamlSyntax(error.problem(), message.append(CHECK).toString());
    }

    /** The key a line starts with, as {@code `name:`}, else {@code otherwise}. */
    private static String keyName(String line, String otherwise) {
        Matcher key = KEY.matcher(line);
        return key.matches() ? "`" + shortText(key.group(1).strip()) + ":`" : otherwise;
    }

    /**
     * The text of the mark's line, without its line break (lines end as SnakeYAML ends them), cut
     * at {@link #MAX_LINE} characters.
     */
    private static String line(String text, Mark mark) {
        int line = 0;
        int start = 0;
        for (int i = 0; i < text.length() && line < mark.getLine(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!crlf && (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')) {
                line++;
                start = i + 1;
            }
        }
        int end = start;
        while (end < text.length() && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, Math.min(end, start + MAX_LINE));
    }

    /** The line's text before the mark's column (which counts code points). */
    private static String before(String line, Mark mark) {
        int column = Math.min(Math.max(mark.getColumn(), 0), line.codePointCount(0, line.length()));
        return line.substring(0, line.offsetByCodePoints(0, column));
    }

    private static Optional<Character> charAt(String text, Mark mark) {
        int[] points = line(text, mark).codePoints().toArray();
        int column = mark.getColumn();
        return column >= 0 && column < points.length && points[column] < 0x10000
                ? Optional.of((char) points[column])
                : Optional.empty();
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String shortText(String text) {
        return Mapping.shortText(text);
    }
}
