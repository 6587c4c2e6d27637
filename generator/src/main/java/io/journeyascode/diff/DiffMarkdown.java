package io.journeyascode.diff;

import io.journeyascode.diff.PlaybookDiff.Change;
import io.journeyascode.diff.PlaybookDiff.JourneyEntry;
import io.journeyascode.diff.PlaybookDiff.Move;
import io.journeyascode.diff.PlaybookDiff.TouchpointEntry;
import io.journeyascode.diff.PlaybookDiff.UnreadableEntry;
import io.journeyascode.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A diff as a pull-request comment: a one-line verdict, then short tables; a table longer than
 * {@value #FOLD_ROWS} rows is folded in {@code <details>}. User text is escaped so that no name
 * can break a table, start HTML or mention people; a finding's message keeps its {@code `code`}
 * spans as code spans. The comment is cut, with a note, before GitHub's limit of 65,536
 * characters.
 */
public final class DiffMarkdown {

    /** GitHub rejects comment bodies longer than this. */
    public static final int GITHUB_LIMIT = 65_536;

    /** The length rendered comments stay within, leaving room for a bot's own header. */
    static final int MAX_CHARS = 64_000;

    static final int FOLD_ROWS = 10;
    static final String NO_CHANGE = "No change for customers";
    private static final String NONE = "—";
    private static final String UNREADABLE = "could not be read";
    private static final String READABLE_AGAIN = "readable again";

    private DiffMarkdown() {}

    /** The comment with paths inside the journeys folder. */
    public static String render(PlaybookDiff diff) {
        return render(diff, DiffPaths.INSIDE);
    }

    /** The comment with each side's paths as {@code validate} shows them. */
    public static String render(PlaybookDiff diff, DiffPaths paths) {
        return cut(full(diff, paths), MAX_CHARS);
    }

    /** The verdict line, e.g. "**2 findings introduced, 1 resolved** · 1 touchpoint added". */
    public static String verdict(PlaybookDiff diff) {
        return verdict(diff, DiffPaths.INSIDE);
    }

    /**
     * The verdict line; when neither side holds a journey file it says so, naming the folders as
     * {@code paths} shows them (as {@code validate} says it of one folder), since "no change"
     * would hide that nothing was compared.
     */
    public static String verdict(PlaybookDiff diff, DiffPaths paths) {
        if (diff.noJourneyFiles()) {
            String base = paths.basePrefix();
            String head = paths.headPrefix();
            String where = head.isEmpty()
                    ? " on either side"
                    : base.equals(head) ? " in " + head + ", at the base or the head" : " in " + base + " or " + head;
            return "No journey files (*.yaml, *.yml)" + where + ": nothing to compare";
        }
        List<String> parts = new ArrayList<>();
        if (!diff.findingsIntroduced().isEmpty() || !diff.findingsResolved().isEmpty()) {
            parts.add("**" + count(diff.findingsIntroduced().size(), "finding") + " introduced, "
                    + diff.findingsResolved().size() + " resolved**");
        }
        add(parts, diff.journeysAdded().size(), "journey", "added");
        add(parts, diff.journeysRemoved().size(), "journey", "removed");
        add(parts, diff.journeysUnreadable().size(), "journey", UNREADABLE);
        add(parts, diff.journeysReadableAgain().size(), "journey", READABLE_AGAIN);
        add(parts, diff.touchpointsAdded().size(), "touchpoint", "added");
        add(parts, diff.touchpointsRemoved().size(), "touchpoint", "removed");
        add(parts, diff.touchpointsMoved().size(), "touchpoint", "moved");
        add(parts, diff.changes().size(), "change", "");
        return parts.isEmpty() ? NO_CHANGE : String.join(" · ", parts);
    }

    private static String full(PlaybookDiff diff, DiffPaths paths) {
        StringBuilder md = new StringBuilder("### Journey diff\n\n");
        md.append(verdict(diff, paths)).append("\n");
        if (diff.isEmpty()) {
            return md.toString();
        }
        journeys(diff, paths, md);
        touchpoints(diff, md);
        if (!diff.changes().isEmpty()) {
            List<String> rows = new ArrayList<>();
            for (Change c : diff.changes()) {
                rows.add(row(
                        c.journey(), c.touchpoint().orElse(NONE), c.field(), orNone(c.before()), orNone(c.after())));
            }
            table(
                    md,
                    "Changes",
                    count(rows.size(), "change"),
                    "| Journey | Touchpoint | What | Before | After |",
                    rows);
        }
        findings(md, "Findings introduced", diff.findingsIntroduced(), paths::head);
        findings(md, "Findings resolved", diff.findingsResolved(), paths::base);
        md.append("\n#### Coverage\n\n| | Before | After |\n|---|---|---|\n");
        md.append(row(
                        "Critical touchpoints with a metric",
                        diff.coverageBefore().measuredShare(),
                        diff.coverageAfter().measuredShare()))
                .append('\n');
        md.append(row(
                        "Touchpoints with expectations",
                        diff.coverageBefore().expectationsShare(),
                        diff.coverageAfter().expectationsShare()))
                .append('\n');
        // before and after count the journeys each side read: say when those are not the same
        long oneSide = diff.journeysUnreadable().stream()
                        .filter(u -> u.before().isPresent())
                        .count()
                + diff.journeysReadableAgain().size();
        if (oneSide > 0) {
            md.append("\nCoverage leaves out ")
                    .append(count((int) oneSide, "journey"))
                    .append(" that could not be read on one side, so before and after do not count the same"
                            + " journeys.\n");
        }
        return md.toString();
    }

    private static void journeys(PlaybookDiff diff, DiffPaths paths, StringBuilder md) {
        List<String> rows = new ArrayList<>();
        for (JourneyEntry j : diff.journeysAdded()) {
            rows.add(row("added", j.id(), j.title(), paths.head(j.file()), String.valueOf(j.touchpoints())));
        }
        for (JourneyEntry j : diff.journeysRemoved()) {
            rows.add(row("removed", j.id(), j.title(), paths.base(j.file()), String.valueOf(j.touchpoints())));
        }
        for (UnreadableEntry u : diff.journeysUnreadable()) {
            Optional<JourneyEntry> j = u.before();
            rows.add(row(
                    UNREADABLE,
                    j.map(JourneyEntry::id).orElse(NONE),
                    j.map(JourneyEntry::title).orElse(NONE),
                    paths.head(u.file()),
                    j.map(e -> String.valueOf(e.touchpoints())).orElse(NONE)));
        }
        for (JourneyEntry j : diff.journeysReadableAgain()) {
            rows.add(row(READABLE_AGAIN, j.id(), j.title(), paths.head(j.file()), String.valueOf(j.touchpoints())));
        }
        table(md, "Journeys", count(rows.size(), "journey"), "| | Journey | Title | File | Touchpoints |", rows);
        // a reviewer should not take a broken file for a deleted journey, nor a repaired one for a new one
        if (!diff.journeysUnreadable().isEmpty()) {
            md.append("\n_" + UNREADABLE + "_: the file is there, but no journey can be read from it (its finding"
                    + " says why), so its journey is not compared; the row shows it as the base had it (— for a new"
                    + " file).\n");
        }
        if (!diff.journeysReadableAgain().isEmpty()) {
            md.append("\n_" + READABLE_AGAIN + "_: the base could not read the file, so the journey is not"
                    + " compared with it, and its findings count as introduced.\n");
        }
    }

    private static void touchpoints(PlaybookDiff diff, StringBuilder md) {
        List<String> rows = new ArrayList<>();
        for (TouchpointEntry t : diff.touchpointsAdded()) {
            rows.add(touchpointRow("added", t));
        }
        for (TouchpointEntry t : diff.touchpointsRemoved()) {
            rows.add(touchpointRow("removed", t));
        }
        for (Move m : diff.touchpointsMoved()) {
            rows.add(row("moved", m.journey(), m.touchpoint(), m.name(), m.fromStage() + " → " + m.toStage(), "", ""));
        }
        table(
                md,
                "Touchpoints",
                count(rows.size(), "touchpoint"),
                "| | Journey | Touchpoint | Name | Stage | Critical | Measured |",
                rows);
    }

    private static String touchpointRow(String what, TouchpointEntry t) {
        return row(
                what,
                t.journey(),
                t.touchpoint(),
                t.name(),
                t.stage(),
                t.critical() ? "yes" : "no",
                t.measured() ? "yes" : "no");
    }

    private static void findings(StringBuilder md, String title, List<Finding> findings, UnaryOperator<String> path) {
        List<String> rows = new ArrayList<>();
        for (Finding f : findings) {
            String where = path.apply(f.span().file()) + ":" + f.span().line() + ":"
                    + f.span().column();
            rows.add(row(f.severity().id(), f.rule(), where) + ' ' + message(f.message()) + " |");
        }
        table(md, title, count(rows.size(), "finding"), "| Severity | Rule | Where | Message |", rows);
    }

    /** A titled table; folded in {@code <details>} when long; nothing when there are no rows. */
    private static void table(StringBuilder md, String title, String summary, String header, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("\n#### ").append(title).append("\n\n");
        boolean fold = rows.size() > FOLD_ROWS;
        if (fold) {
            md.append("<details><summary>").append(summary).append("</summary>\n\n");
        }
        md.append(header).append('\n');
        md.append("|---".repeat((int) header.chars().filter(c -> c == '|').count() - 1))
                .append("|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        if (fold) {
            md.append("\n</details>\n");
        }
    }

    private static String row(String... cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String cell : cells) {
            sb.append(' ').append(escape(cell)).append(" |");
        }
        return sb.toString();
    }

    /**
     * Makes user text inert in a GitHub table cell: Markdown punctuation is backslash-escaped,
     * {@code &}, {@code <} and {@code >} become entities, line breaks spaces, and a zero-width
     * space after {@code @} keeps a name from notifying anyone.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '`', '*', '_', '[', ']', '~', '#' -> sb.append('\\')
                        .append(c);
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '@' -> sb.append("@\u200B");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A finding's message for a table cell: what it quotes between backticks (an id, the YAML to
     * write) stays a code span, with a fence longer than any run of backticks inside it so that a
     * backtick in user text neither ends it nor opens another; the rest is {@link #escape}d. A
     * span opens at a backtick that does not follow a letter or digit and closes at the next
     * backtick that is not followed by one or by a backtick (so {@code `a`b`} quotes {@code a`b}
     * and {@code `x``} quotes {@code x`}); a backtick
     * that opens nothing is shown as one. Inside a span only what would break the table is
     * changed: a pipe is escaped (GitHub splits cells at pipes, in code spans too, and shows
     * {@code \|} there as {@code |}) and a line break becomes a space.
     */
    static String message(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int plain = 0;
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '`' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    ? closingTick(text, i)
                    : -1;
            if (close < 0) {
                i++;
                continue;
            }
            sb.append(escape(text.substring(plain, i)));
            sb.append(codeSpan(text.substring(i + 1, close)));
            i = close + 1;
            plain = i;
        }
        return sb.append(escape(text.substring(plain))).toString();
    }

    /** The backtick that ends a span opened at {@code open}, with something in it; -1 when none does. */
    private static int closingTick(String text, int open) {
        for (int j = open + 2; j < text.length(); j++) {
            if (text.charAt(j) == '`' && (j + 1 == text.length() || !goesOnQuoting(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean goesOnQuoting(char next) {
        return Character.isLetterOrDigit(next) || next == '`';
    }

    /** {@code content} as a CommonMark code span that shows it as it is, in a table cell. */
    private static String codeSpan(String content) {
        String code = content.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int k = 0; k < code.length(); k++) {
            run = code.charAt(k) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // CommonMark strips one space from each end when both have one, and a backtick at an end
        // would join the fence: a space on each side keeps the content as it is
        boolean pad = code.startsWith("`")
                || code.endsWith("`")
                || (code.startsWith(" ") && code.endsWith(" ") && !code.isBlank());
        String space = pad ? " " : "";
        return fence + space + code + space + fence;
    }

    /**
     * Cuts a comment at a line break so that it stays within {@code max} characters, closes a
     * {@code <details>} left open and says how much was left out.
     */
    static String cut(String markdown, int max) {
        if (markdown.length() <= max) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        int reserve = 400;
        StringBuilder kept = new StringBuilder();
        int shown = 0;
        int openDetails = 0;
        for (String line : lines) {
            if (kept.length() + line.length() + 1 + reserve > max) {
                break;
            }
            kept.append(line).append('\n');
            shown++;
            openDetails += line.startsWith("<details>") ? 1 : line.equals("</details>") ? -1 : 0;
        }
        kept.append('\n');
        if (openDetails > 0) {
            kept.append("</details>\n\n");
        }
        kept.append("> **Cut:** this diff is too long for one comment; ")
                .append(shown)
                .append(" of ")
                .append(lines.length)
                .append(" lines are shown. Run `journey diff` with `--format json` for the whole list.\n");
        return kept.toString();
    }

    private static void add(List<String> parts, int n, String noun, String verb) {
        if (n > 0) {
            parts.add(count(n, noun) + (verb.isEmpty() ? "" : " " + verb));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String orNone(Optional<String> value) {
        return value.orElse(NONE);
    }
}
