package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.diff.PlaybookDiff.Change;
import io.journeyascode.diff.PlaybookDiff.Coverage;
import io.journeyascode.diff.PlaybookDiff.TouchpointEntry;
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
    void saysNoChangeForCustomersWhenNothingChanged() {
        assertThat(DiffMarkdown.render(diff(List.of(), List.of())))
                .isEqualTo("### Journey diff\n\nNo change for customers\n");
    }

    private static PlaybookDiff diff(List<TouchpointEntry> added, List<Change> changes) {
        return new PlaybookDiff(
                List.of(), List.of(), List.of(), List.of(), added, List.of(), List.of(), changes, List.of(), List.of(),
                COVERAGE, COVERAGE);
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
