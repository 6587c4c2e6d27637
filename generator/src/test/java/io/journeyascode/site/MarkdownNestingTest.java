package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.MarkdownNesting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown nested too deep for the Markdown library's recursion (a thousand block quotes, lists or
 * emphases) is shown as plain text, not a stack overflow that ends the build; ordinary nesting is
 * still Markdown.
 */
class MarkdownNestingTest {

    private final Markdown markdown = new Markdown();

    static List<String> tooDeep() {
        return List.of(
                "> ".repeat(1000) + "x",
                "- ".repeat(1000) + "x",
                "1. ".repeat(1000) + "x",
                "*".repeat(3000) + "x" + "*".repeat(3000),
                "_".repeat(3000) + "x" + "_".repeat(3000),
                "~~".repeat(2000) + "x" + "~~".repeat(2000),
                "*a ".repeat(3000) + "x" + " a*".repeat(3000),
                nestedByIndentation(1000));
    }

    @Test
    void textNestedTooDeepIsPlainTextEvenOnASmallStack() throws Exception {
        for (String text : tooDeep()) {
            assertThat(MarkdownNesting.tooDeep(text)).as(text.substring(0, 12)).isTrue();
            // a thread of half the usual stack: what fits there fits on any page thread
            List<Object> out = new ArrayList<>();
            Thread thread = new Thread(null, () -> out.add(renderOrError(text + " <b>")), "small-stack", 512 * 1024);
            thread.start();
            thread.join();
            assertThat(out.get(0)).as(text.substring(0, 12)).isInstanceOf(String.class);
            String html = (String) out.get(0);
            assertThat(html).startsWith("<p>").contains("&lt;b&gt;").doesNotContain("<blockquote>", "<em>", "<li>");
        }
    }

    @Test
    void ordinaryNestingIsStillMarkdown() {
        assertThat(markdown.render("- a\n  - b\n    - c\n", 0)).contains("<ul>", "<li>c</li>");
        assertThat(markdown.render("> quoted\n> > twice\n", 0)).contains("<blockquote>");
        assertThat(markdown.render("**bold** and *em* and ~~gone~~, 5 * 3 * 2", 0))
                .contains("<strong>bold</strong>", "<em>em</em>", "<del>gone</del>");
        // deep enough for any real text, and below the limit
        String deepList = nestedByIndentation(MarkdownNesting.MAX / 2);
        assertThat(MarkdownNesting.tooDeep(deepList)).isFalse();
        assertThat(markdown.render(deepList, 0)).contains("<ul>");
        // a rule of underscores, a fenced block of list markers: no nesting
        assertThat(MarkdownNesting.tooDeep("_".repeat(40))).isFalse();
        assertThat(MarkdownNesting.tooDeep("```\n" + "- ".repeat(100) + "\n```\n"))
                .isFalse();
    }

    private Object renderOrError(String text) {
        try {
            return markdown.render(text, 0);
        } catch (StackOverflowError e) {
            return e;
        }
    }

    private static String nestedByIndentation(int levels) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            text.append("  ".repeat(i)).append("- item\n");
        }
        return text.toString();
    }
}
