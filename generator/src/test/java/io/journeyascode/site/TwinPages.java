package io.journeyascode.site;

import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.OptionValues;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.api.Version;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Persona;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.site.view.LayoutView;
import io.journeyascode.site.view.MarkdownPageView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * For the benchmark's Hugo twin ({@code io.journeyascode.bench.HugoSite}): every HTML page a
 * {@code build} of a journeys folder writes, with the view models the generator's templates get
 * (made as {@link SiteBuilder} makes them, by the same {@link ViewMapper} over the same
 * {@link Catalog}), and the raw Markdown the generator renders into them, so that Hugo can
 * render it itself. Diagrams are not drawn: each journey gets a stand-in SVG, so that its view
 * model is that of a journey whose diagram was drawn (the twin leaves the SVG out).
 */
public final class TwinPages {

    /** The first level-1 ATX heading of a playbook page, which becomes its title (Markdown.renderPage). */
    private static final Pattern FIRST_H1 = Pattern.compile("(?m)^# +(.*?)\\s*#*\\s*$\\R?");

    /** Heading offset of a playbook page: its level-1 headings become level 2, the rest stay. */
    public static final int PAGE_HEADINGS = -1;

    /**
     * One page: its path in the site, its template ({@code journey}, {@code touchpoint}…), the
     * layout and view models, the Markdown the generator renders into the page ({@code body},
     * with the heading offset it uses) and a journey's persona description (Markdown, "" else).
     */
    public record Page(
            String path,
            String template,
            LayoutView layout,
            Object view,
            String body,
            int headingOffset,
            String persona) {}

    /** Receives the pages one by one. */
    @FunctionalInterface
    public interface Sink {
        void accept(Page page) throws IOException;
    }

    private TwinPages() {}

    /**
     * Loads and checks {@code journeysDir} as {@code journey build DIR} does (no --site,
     * --templates or --source-url; {@code today} as --today) and hands every HTML page to
     * {@code sink}, in the order of SiteBuilder's jobs; returns the site's messages.
     */
    public static Map<String, String> pages(Path journeysDir, LocalDate today, Sink sink) throws IOException {
        ValidationResult validation = JourneyGenerator.validate(journeysDir, today);
        PlaybookIndex index = PlaybookIndex.of(validation.playbook());
        Catalog catalog = new Catalog(index, validation.findings(), Paging.PAGE_ROWS);
        Messages msg = Messages.load(catalog.config.locale(), Optional.empty());
        Markdown markdown = new Markdown();
        SortedMap<String, byte[]> siteFiles = SiteFiles.load(Optional.empty());
        List<MarkdownPageView> pages = new ArrayList<>();
        List<String> pageSources = new ArrayList<>();
        markdownPages(siteFiles, msg.language(), markdown, pages, pageSources);
        Optional<LocalDate> buildDate = OptionValues.sourceDateEpoch(System.getenv())
                .map(s -> LocalDate.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC));
        Map<String, String> standIns = new java.util.HashMap<>();
        for (Journey journey : catalog.journeys) {
            standIns.put(journey.id().value(), "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        }
        Function<Journey, Optional<io.journeyascode.diagram.EmotionCurve.Picture>> curves =
                new SiteBuilder.Curves(index, SiteBuilder.diagramWords(msg), line -> {});
        ViewMapper mapper = new ViewMapper(
                catalog,
                new ViewMapper.Inputs(
                        msg,
                        markdown,
                        standIns,
                        curves,
                        Optional.empty(),
                        today,
                        buildDate,
                        Version.get(),
                        pages,
                        io.journeyascode.rules.RuleCatalogue.docs(msg.language()),
                        SiteBuilder.REPORTS));
        Emitter out = new Emitter(mapper, sink);
        out.page(SitePaths.INDEX, "index", mapper.index(), "", 0, "");
        for (Journey journey : catalog.journeys) {
            String id = journey.id().value();
            String persona = journey.persona()
                    .flatMap(p -> catalog.config.persona(p.value()))
                    .flatMap(Persona::description)
                    .orElse("");
            out.page(
                    SitePaths.journey(id),
                    "journey",
                    mapper.journey(journey),
                    journey.description().orElse(""),
                    2,
                    persona);
            for (Touchpoint tp : catalog.touchpoints(journey)) {
                out.page(
                        SitePaths.touchpoint(id, tp.id().value()),
                        "touchpoint",
                        mapper.touchpoint(journey, tp),
                        tp.notes().orElse(""),
                        2,
                        "");
            }
        }
        for (String team : catalog.teams.keySet()) {
            for (int n = 1; n <= catalog.teamPages.get(team).size(); n++) {
                out.page(SitePaths.team(team, n), "team", mapper.team(team, n), "", 0, "");
            }
        }
        for (String channel : catalog.touchpointsByChannel.keySet()) {
            for (int n = 1; n <= catalog.channelPages.get(channel).size(); n++) {
                out.page(SitePaths.channel(channel, n), "channel", mapper.channel(channel, n), "", 0, "");
            }
        }
        out.page(SitePaths.FINDINGS, "findings", mapper.findings(), "", 0, "");
        out.page(SitePaths.RULES, "rules", mapper.rules(), "", 0, "");
        out.page(SitePaths.SEARCH, "search", mapper.search(), "", 0, "");
        for (int i = 0; i < pages.size(); i++) {
            MarkdownPageView p = pages.get(i);
            out.page(SitePaths.page(p.name()), "page", p, pageSources.get(i), PAGE_HEADINGS, "");
        }
        return msg.all();
    }

    private record Emitter(ViewMapper mapper, Sink sink) {
        void page(String path, String template, Object view, String body, int offset, String persona)
                throws IOException {
            sink.accept(new Page(
                    path,
                    template,
                    mapper.layout(path, template, SiteBuilder.title(view)),
                    view,
                    body,
                    offset,
                    persona));
        }
    }

    /** SiteBuilder.pages, keeping each page's Markdown without its title heading. */
    private static void markdownPages(
            SortedMap<String, byte[]> files,
            String language,
            Markdown markdown,
            List<MarkdownPageView> pages,
            List<String> sources) {
        SiteBuilder.pageSources(files, language, line -> {}).forEach((name, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            Markdown.Page page = markdown.renderPage(text);
            pages.add(new MarkdownPageView(name, page.title().isEmpty() ? name : page.title(), page.html()));
            // The title heading is the page's h1 (renderPage takes it out of the body); an ATX
            // heading is assumed, as in the built-in pages.
            sources.add(page.title().isEmpty() ? text : FIRST_H1.matcher(text).replaceFirst(""));
        });
    }
}
