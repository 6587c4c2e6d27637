package io.journeyascode.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said in a user's terms, at the place to fix: SnakeYAML's words
 * ({@code mapping values are not allowed here}, {@code expected <block end>, but found '?'}) name
 * its parser's states, and some point past the mistake (an unclosed quote at the end of the file,
 * {@code channel:web} at the line after it). The slips teams make most are recognised from the
 * error and the line's text; anything else keeps SnakeYAML's words with the context's line.
 */
record YamlSyntax(Mark mark, String message) {

    private static final String PREFIX = "YAML syntax error: ";
    private static final String CHECK = "; check the indentation, quotes and brackets there";
    private static final Pattern RESERVED_START =
            Pattern.compile("found character '([@`%])' that cannot start any token");
    /** {@code key:value} with no space after the colon, the whole line. */
    private static final Pattern NO_SPACE = Pattern.compile("\\s*(- )?([A-Za-z_][A-Za-z0-9_-]*):(\\S.*)");
    /** {@code key: value} on a line, with an optional list dash before it. */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:- )?[^\\s:#][^:#]*?:) (.*)");

    private static final Pattern UNCLOSED_FLOW = Pattern.compile("^expected ',' or '([\\]}])', but got");
    /** A comment after a plain value: a {@code #} after white space, to the end of the line. */
    private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");

    private static final Pattern KEY = Pattern.compile("\\s*(?:- )?([^\\s:#][^:#]*?):(\\s.*)?");

    static YamlSyntax of(MarkedYAMLException e, String text) {
        Mark problem = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark context = e.getContextMark();
        String said = e.getProblem() != null ? e.getProblem() : "the file is not well-formed YAML";
        String while_ = e.getContext() != null ? e.getContext() : "";

        Matcher reserved = RESERVED_START.matcher(said);
        if (reserved.find()) {
            // SnakeYAML adds "(Do not use @ for indentation)", which misleads: the value wants quotes
            String character = reserved.group(1);
            return new YamlSyntax(
                    problem,
                    character.equals("`")
                            // a backtick cannot be shown between backticks (findings' code spans)
                            ? PREFIX + "a plain value cannot start with a backtick (YAML reserves it); put the whole"
                                    + " value in double quotes"
                            : PREFIX + "a plain value cannot start with `" + character
                                    + "` (YAML reserves it); put the value in quotes, e.g. `\"" + character + "…\"`");
        }
        if (said.contains("'\\t(TAB)'")) {
            boolean indentation =
                    problem == null || before(line(text, problem), problem).isBlank();
            return new YamlSyntax(
                    problem,
                    indentation
                            ? PREFIX + "a tab in the indentation; YAML indents with spaces only: write spaces instead"
                            : PREFIX + "a tab where YAML wants a space (after a key's colon, or a list's dash); write"
                                    + " a space instead");
        }
        if (said.contains("unexpected end of stream") && while_.contains("quoted scalar") && context != null) {
            String quote = charAt(text, context).map(String::valueOf).orElse("\"");
            return new YamlSyntax(
                    context,
                    PREFIX + "the quoted value that starts here is never closed (YAML read on to the end of the file);"
                            + " end it with `" + quote + "`");
        }
        Matcher flow = UNCLOSED_FLOW.matcher(said);
        if (flow.find()
                && while_.contains("flow ")
                && context != null
                && problem != null
                && (problem.getLine() > context.getLine() || said.endsWith("<stream end>"))) {
            String close = flow.group(1);
            String open = close.equals("]") ? "[" : "{";
            return new YamlSyntax(
                    context,
                    PREFIX + "the `" + open + "` that opens here is never closed (YAML read on to "
                            + (said.endsWith("<stream end>")
                                    ? "the end of the file"
                                    : "line " + (problem.getLine() + 1))
                            + "); end it with `" + close + "` on its line");
        }
        if (said.startsWith("could not find expected ':'") && while_.contains("simple key") && context != null) {
            Matcher m = NO_SPACE.matcher(line(text, context));
            if (m.matches()) {
                String fixed = (m.group(1) == null ? "" : m.group(1)) + m.group(2) + ": "
                        + m.group(3).strip();
                return new YamlSyntax(
                        context,
                        PREFIX + "`" + m.group(2) + ":" + shortText(m.group(3).strip())
                                + "` is read as text, not a key: a key's colon needs a space after it; write `"
                                + shortText(fixed) + "`");
            }
            return new YamlSyntax(
                    context,
                    PREFIX + "this line is neither `key: value` nor a list item `- …`; write it as one, or join it"
                            + " to the value above in quotes");
        }
        if (said.startsWith("mapping values are not allowed here") && problem != null) {
            String line = line(text, problem);
            String before = before(line, problem);
            Matcher kv = KEY_VALUE.matcher(line);
            if (before.contains(": ") && kv.matches()) {
                // a comment after the value stays a comment
                String value = COMMENT.matcher(kv.group(2)).replaceFirst("").strip();
                // in double quotes a backslash starts an escape (C:\temp would hold a tab): single
                // quotes then, which have none but '' for an apostrophe
                String quoted = value.contains("\"") || value.contains("\\")
                        ? "'" + value.replace("'", "''") + "'"
                        : "\"" + value + "\"";
                return new YamlSyntax(
                        problem,
                        PREFIX + "a value that holds `: ` must be in quotes (else YAML reads a key there); write `"
                                + shortText(kv.group(1).strip() + " " + quoted) + "`");
            }
            Matcher key = KEY.matcher(line);
            String name = key.matches() ? "`" + shortText(key.group(1).strip()) + ":` " : "this line ";
            return new YamlSyntax(
                    problem,
                    PREFIX + name + "is indented deeper than the line above, so YAML reads it as part of that"
                            + " line's value; if it is a key, indent it as the keys beside it; if it is text of that"
                            + " value, put the whole value in quotes or write it as a block (`key: |`)");
        }
        if (said.startsWith("expected <block end>, but found") && problem != null) {
            String line = line(text, problem);
            String before = before(line, problem).stripTrailing();
            if (said.endsWith("'<scalar>'") && (before.endsWith("\"") || before.endsWith("'"))) {
                char quote = before.charAt(before.length() - 1);
                String apostrophe = quote == '\'' ? " (inside '…' an apostrophe is written twice: `'it''s'`)" : "";
                return new YamlSyntax(
                        problem,
                        PREFIX + "text after the closing quote `" + quote + "`; put the whole value in the quotes, or"
                                + " write it without any" + apostrophe);
            }
            boolean item = said.endsWith("'-'") || said.endsWith("'<block sequence start>'");
            if (item || said.endsWith("'?'") || said.endsWith("'<block mapping start>'")) {
                Matcher key = KEY.matcher(line);
                String what = item
                        ? "this list item"
                        : key.matches() ? "`" + shortText(key.group(1).strip()) + ":`" : "this key";
                return new YamlSyntax(
                        problem,
                        PREFIX + what + " is not lined up with the "
                                + (item ? "items" : "keys")
                                + " above it"
                                + (context != null ? " (in the block from line " + (context.getLine() + 1) + ")" : "")
                                + "; indent it exactly as they are");
            }
        }
        StringBuilder message = new StringBuilder(PREFIX).append(oneLine(said));
        if (!while_.isEmpty() && context != null && context != e.getProblemMark()) {
            message.append(" (")
                    .append(oneLine(while_))
                    .append(" at line ")
                    .append(context.getLine() + 1)
                    .append(')');
        }
        return new YamlSyntax(problem, message.append(CHECK).toString());
    }

    /**
     * The text of the mark's line, without its line break, its columns as the mark's (code points
     * from the line's start): lines end as SnakeYAML ends them.
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
        // the patterns above read a line at most this long (a 1 MiB line would take them long)
        return text.substring(start, Math.min(end, start + MAX_LINE));
    }

    private static final int MAX_LINE = 1000;

    /** The line's text before the mark's column (which counts code points). */
    private static String before(String line, Mark mark) {
        int column = Math.min(Math.max(mark.getColumn(), 0), line.codePointCount(0, line.length()));
        return line.substring(0, line.offsetByCodePoints(0, column));
    }

    private static java.util.Optional<Character> charAt(String text, Mark mark) {
        int[] points = line(text, mark).codePoints().toArray();
        int column = mark.getColumn();
        return column >= 0 && column < points.length && points[column] < 0x10000
                ? java.util.Optional.of((char) points[column])
                : java.util.Optional.empty();
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static String shortText(String text) {
        return Mapping.shortText(text);
    }
}
