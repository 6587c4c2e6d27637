package io.journeyascode.site;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown to safe HTML: tables, autolinks and strikethrough; raw HTML is escaped, never passed
 * through; every link address is checked against {@link UrlPolicy} after flexmark resolved it
 * (an unsafe {@code href} is dropped), and images that are not relative become their alt text.
 * Parser and renderer are immutable and shared by all threads; a fragment met again is not
 * parsed again.
 */
public final class Markdown {

    /** A rendered page: the text of its first level-1 heading (empty when none) and the rest. */
    public record Page(String title, String html) {}

    /** A fragment to render; playbooks repeat notes (boilerplate, copied touchpoints). */
    private record Fragment(String markdown, int headingOffset) {}

    /** Fragments rendered by this instance (one build): each distinct text is parsed once. */
    private static final int MAX_REMEMBERED = 100_000;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final java.util.concurrent.ConcurrentHashMap<Fragment, String> rendered =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return Markdown::dropUnsafeAddresses;
                    }
                })
                .build();
    }

    /**
     * Renders a Markdown fragment shown inside a page (descriptions, notes): headings are moved
     * down by {@code headingOffset} levels so the page keeps its single {@code h1}.
     */
    public String render(String markdown, int headingOffset) {
        Fragment key = new Fragment(markdown, headingOffset);
        String html = rendered.get(key);
        if (html == null) {
            html = renderFresh(markdown, headingOffset);
            if (rendered.size() < MAX_REMEMBERED) {
                rendered.putIfAbsent(key, html);
            }
        }
        return html;
    }

    private String renderFresh(String markdown, int headingOffset) {
        if (io.journeyascode.model.MarkdownNesting.tooDeep(markdown)) {
            return plain(markdown);
        }
        try {
            Document document = parsed(markdown);
            shiftHeadings(document, headingOffset);
            return renderer.render(document);
        } catch (StackOverflowError e) {
            // nesting of a kind MarkdownNesting does not count: plain text rather than a crash
            return plain(markdown);
        }
    }

    /**
     * Renders one paragraph of Markdown without its {@code <p>}, for text that stands inside an
     * element of the page: the rule catalogue's sentences, whose {@code `keys`} become code.
     */
    public String renderInline(String markdown) {
        String html = render(markdown, 0).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /** Renders a playbook page: its first {@code # Title} becomes the page title. */
    public Page renderPage(String markdown) {
        if (io.journeyascode.model.MarkdownNesting.tooDeep(markdown)) {
            return new Page("", plain(markdown));
        }
        Document document = parsed(markdown);
        String title = "";
        for (Node node : document.getChildren()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                title = titleText(heading);
                heading.unlink();
                break;
            }
        }
        for (Heading heading : headings(document)) {
            if (heading.getLevel() == 1) {
                heading.setLevel(2);
            }
        }
        return new Page(title, renderer.render(document));
    }

    /** {@code markdown} parsed, its link labels defused and its images made safe. */
    private Document parsed(String markdown) {
        Document document = parser.parse(defuseLinkLabels(markdown));
        sanitizeImages(document);
        return document;
    }

    /**
     * The text of a page's title heading as a reader sees that heading in a page's body: raw HTML
     * ({@code # Returns <b>policy</b>}) is not passed through there but shown as written, escaped,
     * so it is kept as written here too (the templates escape the title), not dropped, which
     * made the title {@code Returns policy}. Markdown's own marks (emphasis, code) go, as in the body.
     */
    private static String titleText(Heading heading) {
        List<Node> html = new ArrayList<>();
        collectHtml(heading, html);
        for (Node node : html) {
            node.insertBefore(new com.vladsch.flexmark.ast.Text(node.getChars()));
            node.unlink();
        }
        return new TextCollectingVisitor().collectAndGetText(heading).strip();
    }

    private static void collectHtml(Node parent, List<Node> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.HtmlInline
                    || child instanceof com.vladsch.flexmark.ast.HtmlInlineComment) {
                out.add(child);
            } else {
                collectHtml(child, out);
            }
        }
    }

    /**
     * Text nested too deep to render as Markdown (see {@link io.journeyascode.model.MarkdownNesting}),
     * shown as it is written: a paragraph for each run of lines between blank ones, escaped.
     */
    static String plain(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 16);
        for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
            html.append("<p>")
                    .append(freemarker.template.utility.StringUtil.XHTMLEnc(paragraph.strip()))
                    .append("</p>\n");
        }
        return html.toString();
    }

    /** How many escapes may follow a {@code [} that no {@code ]} closes (see {@link #defuseLinkLabels}). */
    static final int MAX_LABEL_ESCAPES = 16;

    /**
     * {@code markdown} with a backslash before each {@code [} whose label cannot close (no
     * {@code ]} follows, or another {@code [} comes first) and that more than {@link
     * #MAX_LABEL_ESCAPES} backslash escapes follow. flexmark matches a link label
     * with a regular expression that may take an escape ({@code \*}, {@code \\}) as one or as two
     * characters: on a label that fails, it tries every way, twice as many for each escape (60
     * backslashes after a {@code [} never finished). Such a {@code [} opens no link anyway, so
     * escaping it changes nothing on the page; everything else is left as written.
     */
    static String defuseLinkLabels(String markdown) {
        int n = markdown.length();
        if (markdown.indexOf('[') < 0 || markdown.chars().filter(c -> c == '\\').count() <= MAX_LABEL_ESCAPES) {
            return markdown;
        }
        // one pass: the escapes' weights before each position, and which characters are escaped
        int[] before = new int[n + 1];
        boolean[] escaped = new boolean[n];
        for (int k = 0; k < n; k++) {
            before[k + 1] = before[k];
            if (markdown.charAt(k) == '\\' && k + 1 < n && isAsciiPunctuation(markdown.charAt(k + 1))) {
                // a run of backslashes splits more ways than an escaped star
                int weight = markdown.charAt(k + 1) == '\\' ? 2 : 1;
                escaped[k + 1] = true;
                before[k + 2] = before[k] + weight;
                k++;
            }
        }
        // where the next ] and the next [ that are not escaped stand, for each position
        int[] nextClose = new int[n + 1];
        int[] nextOpen = new int[n + 1];
        nextClose[n] = n;
        nextOpen[n] = n;
        for (int k = n - 1; k >= 0; k--) {
            nextClose[k] = markdown.charAt(k) == ']' && !escaped[k] ? k : nextClose[k + 1];
            nextOpen[k] = markdown.charAt(k) == '[' && !escaped[k] ? k : nextOpen[k + 1];
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (markdown.charAt(i) != '[' || escaped[i]) {
                continue;
            }
            // the escapes a label from here may hold: up to the next ], a [ in between included,
            // at most as far as flexmark reads a label; a ] with no [ before it closes the label
            // on the first reading, so only a label that fails is tried every way
            int end = Math.min(nextClose[i + 1], Math.min(n, i + MAX_LABEL_CHARS));
            boolean closed = nextClose[i + 1] < Math.min(n, i + MAX_LABEL_CHARS);
            boolean fails = !closed || nextOpen[i + 1] < nextClose[i + 1];
            if (fails && before[end] - before[i + 1] > MAX_LABEL_ESCAPES) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(markdown, copied, i).append('\\');
                copied = i;
            }
        }
        return out == null ? markdown : out.append(markdown, copied, n).toString();
    }

    /** How far after a {@code [} flexmark may read a label: 999 characters or escapes. */
    private static final int MAX_LABEL_CHARS = 2_000;

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static void dropUnsafeAddresses(Node node, AttributablePart part, MutableAttributes attributes) {
        if (attributes.contains("href") && !UrlPolicy.isSafeLink(attributes.getValue("href"))) {
            attributes.remove("href");
        }
        if (attributes.contains("src") && !UrlPolicy.isSafeImage(attributes.getValue("src"))) {
            // sanitizeImages already replaced such images; never let one through.
            attributes.replaceValue("src", "#");
        }
    }

    private static void sanitizeImages(Document document) {
        List<Node> unsafe = new ArrayList<>();
        collect(document, document, unsafe);
        for (Node image : unsafe) {
            while (image.getFirstChild() != null) {
                image.insertBefore(image.getFirstChild());
            }
            image.unlink();
        }
    }

    private static void collect(Document document, Node node, List<Node> unsafe) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image image
                    && !UrlPolicy.isSafeImage(image.getUrl().toString())) {
                unsafe.add(child);
            } else if (child instanceof ImageRef ref) {
                Reference reference = ref.getReferenceNode(document);
                if (reference == null
                        || !UrlPolicy.isSafeImage(reference.getUrl().toString())) {
                    unsafe.add(child);
                }
            }
            collect(document, child, unsafe);
        }
    }

    private static void shiftHeadings(Document document, int offset) {
        for (Heading heading : headings(document)) {
            heading.setLevel(Math.min(6, heading.getLevel() + offset));
        }
    }

    private static List<Heading> headings(Node root) {
        List<Heading> out = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                out.add(heading);
            }
            out.addAll(headings(child));
        }
        return out;
    }
}
