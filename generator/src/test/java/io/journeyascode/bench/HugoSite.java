package io.journeyascode.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyascode.site.TwinPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hugo side of the benchmark: a Hugo project that renders the same HTML pages as {@code
 * journey build} (same paths, same paging of teams and channels, same markup and texts), minus
 * the journeys' diagrams. Each page is a content file whose JSON front matter holds the layout
 * and view models the generator's templates get ({@link TwinPages}: the generator's own {@code
 * ViewMapper}), keys in lower case; the site's messages are {@code data/msg.json}. The layouts
 * ({@code src/test/resources/hugo-twin/layouts}) are Go-template ports of {@code templates/*.ftlh},
 * macros as partials. Hugo renders the Markdown the generator renders with flexmark: a journey's
 * description, a touchpoint's notes and a playbook page are the content bodies, a persona's
 * description goes through {@code .RenderString}; a render hook moves headings down as the
 * generator does. What the twin leaves out: the inline diagram of a journey page (its {@code
 * div.diagram-scroll}); the emotion curve and the metrics' sparklines, SVG strings of the view
 * models, stay. The benchmark checks the result page by page ({@link #compare}): at N = 1000
 * every page has the build's visible text.
 *
 * <p>Known differences in markup, not in text: whitespace between tags; goldmark writes a
 * Markdown table without flexmark's {@code class="md-table"} and with its cells on lines of their
 * own; a persona's description gets the page's heading offset (2) rather than 3. Where the
 * generator's Markdown handling goes further than the corpus needs, the twin does not follow:
 * raw HTML (flexmark shows it escaped, goldmark leaves it out), unsafe link addresses and images
 * (dropped by the generator), a playbook page whose title is a setext heading.
 */
final class HugoSite {

    /** The layouts, as test resources under this folder. */
    private static final String LAYOUTS = "/hugo-twin/layouts/";

    /** The layouts the twin is made of (a test checks that every file of the folder is here). */
    static final List<String> LAYOUT_FILES = List.of(
            "_default/baseof.html",
            "_default/_markup/render-heading.html",
            "_default/journey.html",
            "_default/touchpoint.html",
            "_default/team.html",
            "_default/channel.html",
            "_default/findings.html",
            "_default/rules.html",
            "_default/search.html",
            "_default/page.html",
            "index.html",
            "partials/link.html",
            "partials/badges.html",
            "partials/chips.html",
            "partials/metrics-compact.html",
            "partials/touchpoint-table.html",
            "partials/pager.html",
            "partials/finding-list.html",
            "partials/waiver-list.html",
            "partials/figure-card.html");

    /** Lower-case keys: Hugo treats front matter keys without regard to case, so the layouts use lower case. */
    private static final ObjectMapper JSON =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CASE);

    private HugoSite() {}

    /** Writes the Hugo project into {@code dir} for the journeys in {@code corpus}; returns the number of content pages. */
    static int write(Path corpus, Path dir) throws IOException {
        for (String file : LAYOUT_FILES) {
            Path target = dir.resolve("layouts").resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = HugoSite.class.getResourceAsStream(LAYOUTS + file)) {
                if (in == null) {
                    throw new IOException("test resource " + LAYOUTS + file + " missing");
                }
                Files.copy(in, target);
            }
        }
        Files.writeString(
                dir.resolve("config.toml"),
                """
                baseURL = "/"
                uglyURLs = true
                disableKinds = ["section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.extensions]
                typographer = false
                """,
                StandardCharsets.UTF_8);
        Path content = dir.resolve("content");
        int[] pages = {0};
        // --today as the CLI's default: today in UTC.
        Map<String, String> messages = TwinPages.pages(corpus, LocalDate.now(ZoneOffset.UTC), page -> {
            pages[0]++;
            String path = page.path();
            Path file = content.resolve(
                    path.equals("index.html")
                            ? "_index.md"
                            : path.substring(0, path.length() - ".html".length()) + ".md");
            ObjectNode front = JSON.createObjectNode();
            front.put("title", page.layout().pageTitle());
            front.put("layout", page.template());
            front.put("headingoffset", page.headingOffset());
            front.set("l", JSON.valueToTree(page.layout()));
            ObjectNode view = JSON.valueToTree(page.view());
            // The Markdown that the view models carry rendered goes to Hugo as Markdown.
            view.remove(List.of("diagramsvg", "descriptionhtml", "personahtml", "noteshtml", "html"));
            front.set("v", view);
            if (!page.persona().isEmpty()) {
                front.put("persona", page.persona());
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(front) + "\n" + page.body() + "\n", StandardCharsets.UTF_8);
        });
        Map<String, String> msg = new TreeMap<>();
        messages.forEach((key, value) -> msg.put(key.toLowerCase(Locale.ROOT), value));
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/msg.json"), JSON.writeValueAsString(msg), StandardCharsets.UTF_8);
        return pages[0];
    }

    /**
     * Compares the twin's pages with the build's, page by page, by visible text ({@code
     * Jsoup.parse(...).text()}, whitespace normalised; the build's inline journey diagrams
     * dropped first); returns one line: how many pages exist on both sides, how many have the
     * same text, and the first few that differ with where they part.
     */
    static String compare(Path site, Path twin) throws IOException {
        List<String> built = htmlFiles(site);
        List<String> twins = htmlFiles(twin);
        java.util.Set<String> twinSet = new java.util.HashSet<>(twins);
        List<String> both = built.stream().filter(twinSet::contains).toList();
        List<String> differing = both.parallelStream()
                .filter(path -> !text(site.resolve(path), true).equals(text(twin.resolve(path), false)))
                .sorted()
                .toList();
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "Hugo twin vs build, by visible text: %d pages on both sides (%d only in the build, %d only in Hugo),"
                        + " %d with the same text",
                both.size(),
                built.size() - both.size(),
                twins.size() - both.size(),
                both.size() - differing.size()));
        if (!differing.isEmpty()) {
            line.append("; differing, e.g.");
            for (String path : differing.subList(0, Math.min(3, differing.size()))) {
                line.append(" `")
                        .append(path)
                        .append("` ")
                        .append(difference(text(site.resolve(path), true), text(twin.resolve(path), false)));
            }
        }
        List<String> missing =
                built.stream().filter(p -> !twinSet.contains(p)).limit(3).toList();
        if (!missing.isEmpty()) {
            line.append("; only in the build, e.g. ").append(String.join(", ", missing));
        }
        return line.append('.').toString();
    }

    private static List<String> htmlFiles(Path root) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static String text(Path file, boolean dropDiagram) {
        try {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
            if (dropDiagram) {
                doc.select("figure.diagram > div.diagram-scroll").remove();
            }
            return doc.text().replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where two texts part: «build…» vs «Hugo…», about 60 characters each. */
    private static String difference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 20);
        return "«" + a.substring(from, Math.min(a.length(), i + 40)) + "» vs «"
                + b.substring(from, Math.min(b.length(), i + 40)) + "»";
    }
}
