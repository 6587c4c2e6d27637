package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.journeyascode.diff.PlaybookDiff.Change;
import io.journeyascode.diff.PlaybookDiff.Coverage;
import io.journeyascode.diff.PlaybookDiff.TouchpointEntry;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiffMarkdownTest {

    private static final Coverage COVERAGE = new Coverage(0, 0, 0, 0);

    @Test
    void cutsAHugeDiffBeforeGithubsLimitWithANoteAndBalancedDetails() {
        List<TouchpointEntry> added = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            added.add(new TouchpointEntry(
                    "journey-" + i / 25,
                    String.format("touchpoint-%04d", i),
                    "A touchpoint with a rather long descriptive name number " + i,
                    "stage",
                    true,
                    false));
        }
        PlaybookDiff diff = diff(added, List.of());
        String md = DiffMarkdown.render(diff);
        assertThat(md.length()).isLessThanOrEqualTo(DiffMarkdown.GITHUB_LIMIT).isGreaterThan(50_000);
        assertThat(md).startsWith("### Journey diff\n\n5000 touchpoints added\n");
        assertThat(md)
                .containsPattern(
                        "> \\*\\*Cut:\\*\\* this diff is too long for one comment; \\d+ of \\d+ lines are shown");
        assertThat(count(md, "<details>")).isEqualTo(count(md, "</details>")).isEqualTo(1);
        String[] lines = md.split("\n");
        List<String> rows =
                List.of(lines).stream().filter(l -> l.startsWith("| added")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).endsWith("| yes | no |"));
        assertThat(rows.get(0)).contains("touchpoint-0000");
    }

    @Test
    void leavesADiffThatFitsUncut() {
        String md =
                DiffMarkdown.render(diff(List.of(new TouchpointEntry("j", "t", "T", "s", false, false)), List.of()));
        assertThat(md).doesNotContain("Cut:").doesNotContain("<details>");
    }

    @Test
    void foldsLongTablesInDetails() {
        List<TouchpointEntry> added = new ArrayList<>();
        for (int i = 0; i < DiffMarkdown.FOLD_ROWS + 1; i++) {
            added.add(new TouchpointEntry("j", "t" + i, "T", "s", false, false));
        }
        assertThat(DiffMarkdown.render(diff(added, List.of())))
                .contains("<details><summary>11 touchpoints</summary>\n\n| | Journey |");
    }

    @Test
    void userTextCannotBreakTheTableInjectHtmlOrMentionPeople() {
        Change change = new Change(
                "j",
                Optional.of("t"),
                "name",
                Optional.of("a | b"),
                Optional.of("<img src=x onerror=alert(1)> `code` [link](https://x) @org/team *bold*\nnext"));
        String md = DiffMarkdown.render(diff(List.of(), List.of(change)));
        String row = md.lines().filter(l -> l.startsWith("| j |")).findFirst().orElseThrow();
        assertThat(row)
                .isEqualTo(
                        "| j | t | name | a \\| b | &lt;img src=x onerror=alert(1)&gt; \\`code\\` \\[link\\](https://x)"
                                + " @\u200Borg/team \\*bold\\* next |");
        // five cells: the only unescaped pipes are the cell borders
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
        assertThat(md).doesNotContain("<img");
    }

    @Test
    void keepsTheCodeSpansOfAFindingsMessage() {
        String message = "touchpoint `t1` aims at `anticipation`; write `target_emotion: joy` or add it";
        String md = DiffMarkdown.render(findings(message));
        assertThat(md).contains("| touchpoint `t1` aims at `anticipation`; write `target_emotion: joy` or add it |");
        assertThat(html(md))
                .contains("<td>touchpoint <code>t1</code> aims at <code>anticipation</code>; write"
                        + " <code>target_emotion: joy</code> or add it</td>");
    }

    @Test
    void aBacktickInQuotedUserTextNeitherEndsItsSpanNorOpensAnother() {
        String md = DiffMarkdown.render(findings("unknown channel `mail`box` here; write `mail`"));
        assertThat(md).contains("| unknown channel ``mail`box`` here; write `mail` |");
        assertThat(html(md)).contains("<td>unknown channel <code>mail`box</code> here; write <code>mail</code></td>");
        // a backtick at either end of the quoted text, and one that opens nothing
        assertThat(html(DiffMarkdown.render(findings("name `x`` is")))).contains("<td>name <code>x`</code> is</td>");
        assertThat(html(DiffMarkdown.render(findings("name ``y` is")))).contains("<td>name <code>`y</code> is</td>");
        assertThat(html(DiffMarkdown.render(findings("a lone ` tick")))).contains("<td>a lone ` tick</td>");
    }

    @Test
    void hostileTextInAMessageOrTitleStaysInertInsideAndOutsideCodeSpans() {
        String hostile = "<script>alert(1)</script> [x](javascript:alert(1)) a | b *em* _u_ @org/team \\ \n"
                + "| injected | row |";
        String message = hostile + " `" + hostile + "` " + hostile;
        PlaybookDiff diff = new PlaybookDiff(
                List.of(new PlaybookDiff.JourneyEntry("j", hostile, "j.yaml", 1)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(finding(message)),
                List.of(),
                COVERAGE,
                COVERAGE,
                false);
        String md = DiffMarkdown.render(diff);
        String html = html(md);
        assertThat(html).doesNotContain("<script", "<a ", "<em>", "injected</td>");
        // inside the code span the text is as written; flexmark keeps the backslash of a pipe
        // escaped in a code span, where GitHub drops it (GFM spec, tables, example 200)
        Matcher code = Pattern.compile("<code>(.*?)</code>").matcher(html);
        assertThat(code.find()).isTrue();
        assertThat(code.group(1).replace("\\|", "|"))
                .startsWith(
                        "&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) a | b *em* _u_ @org/team \\ ")
                .endsWith("| injected | row |");
        assertThat(code.find()).isFalse();
        // every row keeps its cells: the journeys row five, the finding's row four
        assertThat(html).containsPattern("<tr>\\s*<td>added</td>(\\s*<td>.*?</td>){4}\\s*</tr>");
        assertThat(html).containsPattern("<tr>\\s*<td>warning</td>(\\s*<td>.*?</td>){3}\\s*</tr>");
        assertThat(count(html, "<tr>")).isEqualTo(2 + 2 + 3);
    }

    @Test
    void saysWhenCoverageCountsJourneysThatOnlyOneSideCouldRead() {
        PlaybookDiff.JourneyEntry journey = new PlaybookDiff.JourneyEntry("j", "J", "j.yaml", 2);
        List<PlaybookDiff.UnreadableEntry> unreadable = List.of(
                new PlaybookDiff.UnreadableEntry("j.yaml", Optional.of(journey)),
                // a new file that cannot be read: neither side counts it
                new PlaybookDiff.UnreadableEntry("new.yaml", Optional.empty()));
        List<PlaybookDiff.JourneyEntry> readableAgain = List.of(new PlaybookDiff.JourneyEntry("k", "K", "k.yaml", 1));
        String note = "coverage leaves out";
        assertThat(DiffMarkdown.render(unreadable(unreadable, List.of())))
                .endsWith("\nCoverage leaves out 1 journey that could not be read on one side, so before and after"
                        + " do not count the same journeys.\n");
        assertThat(DiffMarkdown.render(unreadable(unreadable, readableAgain)))
                .contains("\nCoverage leaves out 2 journeys that could not be read on one side");
        assertThat(DiffMarkdown.render(unreadable(List.of(unreadable.get(1)), List.of())))
                .doesNotContainIgnoringCase(note);
        assertThat(DiffMarkdown.render(diff(List.of(new TouchpointEntry("j", "t", "T", "s", false, false)), List.of())))
                .doesNotContainIgnoringCase(note);
    }

    private static PlaybookDiff unreadable(
            List<PlaybookDiff.UnreadableEntry> unreadable, List<PlaybookDiff.JourneyEntry> readableAgain) {
        return new PlaybookDiff(
                List.of(),
                List.of(),
                unreadable,
                readableAgain,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                COVERAGE,
                COVERAGE,
                false);
    }

    @Test
    void saysNoChangeForCustomersWhenNothingChanged() {
        assertThat(DiffMarkdown.render(diff(List.of(), List.of())))
                .isEqualTo("### Journey diff\n\nNo change for customers\n");
    }

    private static PlaybookDiff diff(List<TouchpointEntry> added, List<Change> changes) {
        return new PlaybookDiff(
                List.of(), List.of(), List.of(), List.of(), added, List.of(), List.of(), changes, List.of(), List.of(),
                COVERAGE, COVERAGE, false);
    }

    private static PlaybookDiff findings(String message) {
        return new PlaybookDiff(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(finding(message)),
                List.of(),
                COVERAGE,
                COVERAGE,
                false);
    }

    private static Finding finding(String message) {
        return new Finding(
                "emotion-off-target",
                Severity.WARNING,
                new Span("j.yaml", 3, 8),
                Optional.of("j"),
                Optional.of("t1"),
                message);
    }

    /** The comment as GitHub shows it: GitHub-flavoured tables and autolinks, raw HTML kept. */
    private static String html(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return HtmlRenderer.builder(options)
                .build()
                .render(Parser.builder(options).build().parse(markdown));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
