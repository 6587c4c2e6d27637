package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * SPEC §7's text format: {@code path:line:column: severity: message [rule-id]} a finding, then
 * {@code N errors, N warnings, N infos in N journeys} (always these words: CI scripts grep them).
 * Line breaks inside a message become spaces, and the other control characters of a message and
 * those of a path escapes, so that each finding stays on one line and a terminal shows it as it
 * is.
 */
public final class TextReport implements Reporter {

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(line(f, options) + "\n");
        }
        out.write(summary(result) + "\n");
    }

    /** A finding's line: {@code path:line:column: severity: message [rule-id]}. */
    public static String line(Finding f, ReportOptions options) {
        return printable(options.displayPath(f.span().file())) + ":" + f.span().line() + ":"
                + f.span().column() + ": " + f.severity().id() + ": " + printable(oneLine(f.message())) + " ["
                + f.rule() + "]";
    }

    static String summary(ValidationResult result) {
        return result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING) + " warnings, "
                + result.count(Severity.INFO) + " infos in "
                + result.playbook().journeys().size() + " journeys";
    }

    static String oneLine(String message) {
        return message.replaceAll("\\R", " ");
    }

    /**
     * A path (or message) with its control characters (C0, DEL, C1) and the Unicode line and paragraph
     * separators written as escapes: {@code \n}, {@code \r}, {@code \t}, the others as in Java (a
     * backslash, {@code u} and four hex digits). A file name may hold any of them, and a line break
     * in it would start a line that reads as a finding of its own, or as a command to GitHub
     * Actions ({@code ::error …}).
     */
    public static String printable(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
