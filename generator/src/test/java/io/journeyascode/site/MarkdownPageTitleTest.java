package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A playbook page's {@code # Title} becomes its title (the {@code h1}, the {@code <title>}, the
 * navigation) as a reader sees a heading in the page's body: raw HTML shown as written, never
 * passed through nor dropped; Markdown's own marks rendered away.
 */
class MarkdownPageTitleTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rawHtmlInTheTitleIsKeptAsWrittenAsInTheBodysHeadings() {
        Markdown.Page page = markdown.renderPage(
                "# Returns <b>policy</b> & <!-- draft --> terms\n\nText.\n\n## Refunds <b>fast</b>\n");
        // the templates escape the title, as the body's heading is escaped here
        assertThat(page.title()).isEqualTo("Returns <b>policy</b> & <!-- draft --> terms");
        assertThat(page.html()).contains("<h2>Refunds &lt;b&gt;fast&lt;/b&gt;</h2>");
    }

    @Test
    void markdownMarksInTheTitleAreItsText() {
        assertThat(markdown.renderPage("# Returns *policy* and `code` [here](https://example.com)\n")
                        .title())
                .isEqualTo("Returns policy and code here");
    }
}
