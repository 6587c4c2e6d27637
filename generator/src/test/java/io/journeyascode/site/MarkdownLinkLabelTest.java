package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Escapes after a {@code [} that nothing closes: flexmark's link-label expression tried every way
 * to read them (a build of a journey whose description held 60 backslashes never ended). The
 * time limit only keeps a regression from hanging the test run.
 */
class MarkdownLinkLabelTest {

    private final Markdown markdown = new Markdown();

    @Test
    void manyEscapesAfterAnOpenBracketRenderAsWritten() {
        String backslashes = "[a" + "\\".repeat(60) + "x";
        String stars = "[a" + "\\*".repeat(40) + "x [b";
        String html = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> markdown.render(backslashes + "\n\n" + stars, 0));
        // as CommonMark reads them: two backslashes are one, an escaped star a star
        assertThat(html).contains("<p>[a" + "\\".repeat(30) + "x</p>").contains("<p>[a" + "*".repeat(40) + "x [b</p>");
        // a [ inside ends the label, which then fails: the escapes before it count too
        String nested = "[a" + "\\*".repeat(30) + "[b]";
        assertThat(Markdown.defuseLinkLabels(nested)).isEqualTo("\\" + nested);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> markdown.render(nested, 0)))
                .contains("[a" + "*".repeat(30) + "[b]");
        String page =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> markdown.renderPage("# T\n\n" + backslashes)
                        .html());
        assertThat(page).contains("[a" + "\\".repeat(30) + "x");
    }

    @Test
    void leavesLinksAndOrdinaryEscapesAsTheyAre() {
        String text = "[a link](https://example.com) and my\\_var and [x\\*y] and \\[not\\]";
        assertThat(Markdown.defuseLinkLabels(text)).isSameAs(text);
        String labelled = "[" + "\\_".repeat(20) + "](https://example.com)";
        assertThat(Markdown.defuseLinkLabels(labelled))
                .as("closed by ]: a link")
                .isSameAs(labelled);
        assertThat(markdown.render(labelled, 0)).contains("<a href=\"https://example.com\">" + "_".repeat(20) + "</a>");
        String open = "[" + "\\_".repeat(20);
        assertThat(Markdown.defuseLinkLabels(open)).isEqualTo("\\" + open);
        assertThat(Markdown.defuseLinkLabels("\\" + open)).as("already escaped").isEqualTo("\\" + open);
    }
}
