package io.journeyascode.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.journeyascode.site.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Markdown renderer on arbitrary text: the HTML it makes, read as a browser would (jsoup),
 * holds only the elements Markdown produces, no event handler, no script, and no address but
 * http, https, mailto or relative (images: relative only). Seeds:
 * {@code src/test/resources/io/journeyascode/hardening/MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {

    private static final Markdown MARKDOWN = new Markdown();

    /** What flexmark with tables, autolinks and strikethrough makes; anything else came from the input. */
    static final Set<String> ELEMENTS = Set.of(
            "p",
            "a",
            "img",
            "em",
            "strong",
            "code",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "br",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "del",
            "caption");

    static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "class", "align", "start", "colspan");

    @FuzzTest(maxDuration = "3m")
    void rendersNothingExecutable(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        String fragment = assertTimeoutPreemptively(LoaderFuzzTest.HANG_GUARD, () -> MARKDOWN.render(text, 1));
        assertSafe(fragment);
        Markdown.Page page = assertTimeoutPreemptively(LoaderFuzzTest.HANG_GUARD, () -> MARKDOWN.renderPage(text));
        assertSafe(page.html());
    }

    static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element el : doc.body().getAllElements()) {
            if (el == doc.body()) {
                continue;
            }
            assertThat(ELEMENTS).as("element <" + el.tagName() + "> in " + html).contains(el.tagName());
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(ATTRIBUTES).as("attribute " + key + " in " + html).contains(key);
                if (key.equals("href")) {
                    assertThat(isSafeAddress(a.getValue(), true))
                            .as("href " + a.getValue() + " in " + html)
                            .isTrue();
                } else if (key.equals("src")) {
                    assertThat(isSafeAddress(a.getValue(), false))
                            .as("src " + a.getValue() + " in " + html)
                            .isTrue();
                }
            }
        }
    }

    /**
     * The address as a browser reads it (jsoup has decoded the entities; browsers drop tabs,
     * newlines and leading controls): relative, or with an allowed scheme.
     */
    static boolean isSafeAddress(String value, boolean link) {
        String squeezed = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (squeezed.startsWith("//") || squeezed.startsWith("\\") || squeezed.startsWith("/\\")) {
            return false;
        }
        // A scheme is a letter, then letters, digits, +, - or . before the colon (WHATWG URL);
        // anything else before a colon (`://x`) makes a relative path.
        Matcher scheme = SCHEME.matcher(squeezed);
        if (!scheme.lookingAt()) {
            return true;
        }
        String name = scheme.group(1);
        return link && (name.equals("http") || name.equals("https") || name.equals("mailto"));
    }

    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):");
}
