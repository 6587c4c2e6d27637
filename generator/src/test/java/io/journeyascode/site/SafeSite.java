package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a site built from hostile text must not contain, shared by {@link XssTest} (a hostile
 * model) and the hardening tests (hostile YAML through the command line): no script but the
 * generator's own, no event handler, no refresh, no unsafe or remote address; SVG files carry
 * no script or handler either, and the search index stays one JSON value.
 */
public final class SafeSite {

    /** Text that would run, redirect or evaluate if it reached a page unescaped. */
    public static final List<String> PAYLOADS = XssTest.PAYLOADS;

    /** Markdown with unsafe links, images and raw HTML. */
    public static final String MARKDOWN = XssTest.MARKDOWN;

    private SafeSite() {}

    public static void assertNothingExecutable(Path site) {
        assertNoScriptButOurOwn(site);
        assertNoUnsafeAddress(site);
        assertSvgsInert(site);
        assertSearchIndexIsData(site);
    }

    static void assertNoScriptButOurOwn(Path site) {
        for (Path page : SiteAssertions.htmlFiles(site)) {
            Document doc = SiteAssertions.parse(page);
            for (Element script : doc.select("script")) {
                assertThat(script.attr("src"))
                        .as(page.toString())
                        .matches("(\\.\\./)*assets/(search|search-index)\\.js");
                assertThat(script.data()).as(page.toString()).isEmpty();
            }
            assertNoHandlers(page, doc);
            assertThat(doc.select("meta[http-equiv]")).as(page.toString()).isEmpty();
            assertThat(doc.select("iframe, object, embed, base, form[action^=javascript]"))
                    .isEmpty();
        }
    }

    static void assertNoUnsafeAddress(Path site) {
        for (Path page : SiteAssertions.htmlFiles(site)) {
            assertNoUnsafeAddress(page, SiteAssertions.parse(page));
        }
    }

    private static void assertNoHandlers(Path page, Document doc) {
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT))
                        .as(page + " <" + el.tagName() + ">")
                        .doesNotStartWith("on");
            }
        }
    }

    private static void assertNoUnsafeAddress(Path page, Document doc) {
        for (Element el : doc.getAllElements()) {
            for (String name : List.of("href", "src", "xlink:href", "action", "formaction", "srcset", "poster")) {
                if (el.hasAttr(name)) {
                    String value = el.attr(name);
                    String squeezed = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(squeezed)
                            .as(page + " <" + el.tagName() + " " + name + ">")
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:")
                            .doesNotStartWith("//")
                            .doesNotContain("&#");
                    if (!name.equals("href") && !name.equals("xlink:href") && !name.equals("action")) {
                        assertThat(squeezed).as("no remote resource").doesNotStartWith("http");
                    }
                }
            }
        }
    }

    /** Diagram files: XML without script, foreignObject or handlers, links only the generator's. */
    static void assertSvgsInert(Path site) {
        List<Path> svgs;
        try (Stream<Path> walk = Files.walk(site)) {
            svgs = walk.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path svg : svgs) {
            Document doc;
            try {
                doc = Jsoup.parse(Files.readString(svg), "", Parser.xmlParser());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(doc.select("script, foreignObject, iframe"))
                    .as(svg.toString())
                    .isEmpty();
            assertNoHandlers(svg, doc);
            assertNoUnsafeAddress(svg, doc);
        }
    }

    /** The search index script is one assignment of a JSON value: user text cannot end it early. */
    static void assertSearchIndexIsData(Path site) {
        Path script = site.resolve("assets/search-index.js");
        if (!Files.exists(script)) {
            return;
        }
        try {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            String prefix = "window.JOURNEY_SEARCH_INDEX = ";
            assertThat(text).startsWith(prefix).endsWith(";\n");
            new ObjectMapper().readTree(text.substring(prefix.length(), text.length() - 2));
        } catch (IOException e) {
            throw new AssertionError("the search index is not one JSON value: " + e.getMessage(), e);
        }
    }
}
