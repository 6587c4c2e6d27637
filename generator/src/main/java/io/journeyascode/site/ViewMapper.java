package io.journeyascode.site;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Link;
import io.journeyascode.model.Located;
import io.journeyascode.model.MapSize;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Metric;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Persona;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.TouchpointRef;
import io.journeyascode.model.Waiver;
import io.journeyascode.rules.FindingMessages;
import io.journeyascode.rules.RuleDoc;
import io.journeyascode.site.view.BadgeView;
import io.journeyascode.site.view.ChannelView;
import io.journeyascode.site.view.CountLink;
import io.journeyascode.site.view.CoverageFigure;
import io.journeyascode.site.view.EmotionShare;
import io.journeyascode.site.view.FindingCounts;
import io.journeyascode.site.view.FindingView;
import io.journeyascode.site.view.FindingsView;
import io.journeyascode.site.view.IndexView;
import io.journeyascode.site.view.JourneyCard;
import io.journeyascode.site.view.JourneyGroup;
import io.journeyascode.site.view.JourneyView;
import io.journeyascode.site.view.LayoutView;
import io.journeyascode.site.view.LinkView;
import io.journeyascode.site.view.MarkdownPageView;
import io.journeyascode.site.view.MetricView;
import io.journeyascode.site.view.NavLink;
import io.journeyascode.site.view.PagerView;
import io.journeyascode.site.view.RuleGroup;
import io.journeyascode.site.view.RuleView;
import io.journeyascode.site.view.RulesView;
import io.journeyascode.site.view.SearchView;
import io.journeyascode.site.view.SeverityGroup;
import io.journeyascode.site.view.StageView;
import io.journeyascode.site.view.TeamView;
import io.journeyascode.site.view.TouchpointRow;
import io.journeyascode.site.view.TouchpointView;
import io.journeyascode.site.view.WaiverView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Model → view models: every text the templates print, every link already made relative to the
 * page it appears on ({@code from}), every Markdown field already rendered and sanitised.
 * Safe for many threads at once: its only state is a memo of what every appearance of a
 * touchpoint shares.
 */
final class ViewMapper {

    /** What the mapper needs besides the catalog. */
    record Inputs(
            Messages messages,
            Markdown markdown,
            Map<String, String> diagrams,
            Function<Journey, Optional<io.journeyascode.diagram.EmotionCurve.Picture>> emotionCurves,
            Optional<String> sourceUrl,
            LocalDate today,
            Optional<LocalDate> buildDate,
            String version,
            List<MarkdownPageView> pages,
            List<RuleDoc> rules,
            List<String> reports) {}

    private final Catalog catalog;
    private final Inputs in;
    private final Messages msg;

    ViewMapper(Catalog catalog, Inputs inputs) {
        this.catalog = catalog;
        this.in = inputs;
        this.msg = inputs.messages();
    }

    /** Numbers and dates in findings as the site writes them elsewhere ({@code 1 234,5}, {@code 1.2.2026}). */
    private final FindingMessages.Values findingValues = new FindingMessages.Values() {
        @Override
        public String number(String yaml) {
            return msg.number(Double.parseDouble(yaml));
        }

        @Override
        public String date(String iso) {
            return msg.date(LocalDate.parse(iso));
        }
    };

    // ---- layout ------------------------------------------------------------------------

    LayoutView layout(String from, String kind, String pageTitle) {
        List<NavLink> nav = new ArrayList<>();
        nav.add(nav(from, SitePaths.INDEX, msg.get("nav.overview")));
        nav.add(nav(from, SitePaths.FINDINGS, msg.get("nav.findings")));
        nav.add(nav(from, SitePaths.RULES, msg.get("nav.rules")));
        for (MarkdownPageView page : in.pages()) {
            nav.add(nav(from, SitePaths.page(page.name()), page.title()));
        }
        nav.add(nav(from, SitePaths.SEARCH, msg.get("nav.search")));
        // the pages of the whole playbook are told apart in a browser's tabs and history by their heading
        String title =
                pageTitle.isEmpty() && List.of("findings", "rules", "search").contains(kind)
                        ? msg.get(kind + ".page")
                        : pageTitle;
        return new LayoutView(
                msg.language(),
                catalog.config.title(),
                title,
                kind,
                SitePaths.root(from),
                nav,
                SitePaths.relative(from, SitePaths.INDEX),
                SitePaths.relative(from, SitePaths.SEARCH),
                SitePaths.relative(from, "assets/style.css"),
                in.buildDate().map(msg::date).orElse(""),
                in.buildDate().map(LocalDate::toString).orElse(""),
                in.version());
    }

    private static NavLink nav(String from, String to, String label) {
        return new NavLink(label, SitePaths.relative(from, to), from.equals(to));
    }

    // ---- overview ----------------------------------------------------------------------

    /** The critical touchpoints without a metric the overview names at most; a line says how many more. */
    static final int UNMEASURED_SHOWN = 20;

    /** The metrics short of target the overview names at most, furthest first; a line says how many more. */
    static final int SHORT_SHOWN = 10;

    /** A metric short of its target, for the overview: how far, relative to the target. */
    private record Gap(LinkView link, double distance) {}

    /**
     * The overview's figure of how customers are doing where they are measured (empty when no
     * metric has both a target and a value) and the metrics short of target, furthest first (by
     * the distance from the target relative to the target), a waived one said to be accepted.
     */
    private void againstTarget(String from, List<CoverageFigure> figure, List<LinkView> shortOfTarget) {
        long measured = 0;
        List<Gap> gaps = new ArrayList<>();
        for (Journey journey : catalog.journeys) {
            for (Touchpoint tp : catalog.touchpoints(journey)) {
                for (Metric m : tp.metrics()) {
                    Optional<Double> actual = catalog.index.actual(journey, tp, m);
                    if (actual.isEmpty() || m.target().isEmpty()) {
                        continue;
                    }
                    measured++;
                    double target = m.target().get().value();
                    if (!m.worseThan(target, actual.get())) {
                        continue;
                    }
                    boolean accepted = tp.waivers().stream()
                            .anyMatch(w -> w.rule().value().equals(io.journeyascode.model.RuleIds.METRIC_BELOW_TARGET)
                                    && inForce(w));
                    String metric = m.name().isPresent()
                            ? m.label()
                            : msg.label("metric.short", m.type().value().yaml());
                    LinkView place = tpLink(from, journey, tp, true);
                    String label = place.label() + ": " + metric + " " + msg.number(actual.get()) + " / "
                            + msg.number(target) + (accepted ? " (" + msg.get("targets.accepted") + ")" : "");
                    gaps.add(new Gap(
                            new LinkView(label, place.href()),
                            Math.abs(actual.get() - target) / Math.max(Math.abs(target), 1)));
                }
            }
        }
        if (measured == 0) {
            return;
        }
        figure.add(figure("targets.meeting", measured - gaps.size(), measured));
        // furthest first; of equal distance, in the order of the journeys and touchpoints
        gaps.sort(java.util.Comparator.comparingDouble(Gap::distance).reversed());
        for (Gap gap : gaps.subList(0, Math.min(SHORT_SHOWN, gaps.size()))) {
            shortOfTarget.add(gap.link());
        }
        if (gaps.size() > SHORT_SHOWN) {
            shortOfTarget.add(LinkView.text(msg.format("coverage.more", gaps.size() - SHORT_SHOWN)));
        }
    }

    IndexView index() {
        String from = SitePaths.INDEX;
        List<JourneyCard> cards = new ArrayList<>();
        long critical = 0;
        long measured = 0;
        long withExpectations = 0;
        long withEmotion = 0;
        List<LinkView> outsourced = new ArrayList<>();
        List<LinkView> unmeasured = new ArrayList<>();
        for (Journey journey : catalog.journeys) {
            int jc = 0;
            int jm = 0;
            for (Touchpoint tp : catalog.touchpoints(journey)) {
                if (!tp.isCritical()) {
                    continue;
                }
                jc++;
                if (!tp.metrics().isEmpty()) {
                    jm++;
                } else {
                    unmeasured.add(new LinkView(
                            journey.title().value() + " › " + tp.name().value(),
                            SitePaths.relative(
                                    from,
                                    SitePaths.touchpoint(
                                            journey.id().value(), tp.id().value()))));
                }
                if (!tp.expectations().isEmpty()) {
                    withExpectations++;
                }
                if (tp.targetEmotion().isPresent()) {
                    withEmotion++;
                }
                if (tp.ownership().value() != Ownership.OWNED) {
                    outsourced.add(new LinkView(
                            journey.title().value() + " › " + tp.name().value() + " ("
                                    + msg.label(
                                            "ownership", tp.ownership().value().yaml()) + ")",
                            SitePaths.relative(
                                    from,
                                    SitePaths.touchpoint(
                                            journey.id().value(), tp.id().value()))));
                }
            }
            critical += jc;
            measured += jm;
            long accepted = acceptedOn(journey);
            cards.add(new JourneyCard(
                    journey.title().value(),
                    SitePaths.relative(from, SitePaths.journey(journey.id().value())),
                    journey.summary().orElse(""),
                    personaName(journey),
                    journey.stages().size(),
                    catalog.touchpoints(journey).size(),
                    jc,
                    jm,
                    msg.format("coverage.detail", jm, jc),
                    emotions(journey.targetEmotions()),
                    counts(catalog.findingsOf(journey)),
                    (int) accepted,
                    msg.format("findings.accepted.short", accepted)));
        }
        if (unmeasured.size() > UNMEASURED_SHOWN) {
            // a playbook of a thousand journeys could list thousands: the findings page has them all
            int rest = unmeasured.size() - UNMEASURED_SHOWN;
            unmeasured.subList(UNMEASURED_SHOWN, unmeasured.size()).clear();
            unmeasured.add(LinkView.text(msg.format("coverage.more", rest)));
        }
        List<CoverageFigure> targets = new ArrayList<>();
        List<LinkView> shortOfTarget = new ArrayList<>();
        againstTarget(from, targets, shortOfTarget);
        List<CoverageFigure> coverage = List.of(
                figure("coverage.measured", measured, critical),
                figure("coverage.expectations", withExpectations, critical),
                figure("coverage.emotion", withEmotion, critical));
        int touchpoints = catalog.journeys.stream()
                .mapToInt(j -> catalog.touchpoints(j).size())
                .sum();
        List<CountLink> teams = new ArrayList<>();
        catalog.teams.forEach((id, name) -> teams.add(new CountLink(
                name,
                SitePaths.relative(from, SitePaths.team(id)),
                catalog.touchpointsByTeam.get(id).size())));
        List<CountLink> channels = new ArrayList<>();
        catalog.touchpointsByChannel.forEach((id, refs) -> channels.add(
                new CountLink(msg.label("channel", id), SitePaths.relative(from, SitePaths.channel(id)), refs.size())));
        List<LinkView> pages = in.pages().stream()
                .map(p -> new LinkView(p.title(), SitePaths.relative(from, SitePaths.page(p.name()))))
                .toList();
        return new IndexView(
                catalog.config.title(),
                catalog.config.brandPromise().orElse(""),
                msg.format("index.summary", catalog.journeys.size(), touchpoints, critical),
                cards,
                (int) critical,
                coverage,
                outsourced,
                unmeasured,
                targets,
                shortOfTarget,
                counts(catalog.findings),
                cards.stream().mapToInt(JourneyCard::accepted).sum(),
                SitePaths.relative(from, SitePaths.FINDINGS),
                teams,
                channels,
                pages);
    }

    private CoverageFigure figure(String key, long part, long whole) {
        return new CoverageFigure(
                msg.get(key),
                whole == 0 ? "—" : msg.percent(part, whole),
                msg.format("coverage.detail", part, whole),
                Messages.share(part, whole));
    }

    // ---- journey -----------------------------------------------------------------------

    JourneyView journey(Journey journey) {
        String id = journey.id().value();
        String from = SitePaths.journey(id);
        List<StageView> stages = new ArrayList<>();
        for (Stage stage : journey.stages()) {
            List<TouchpointRow> rows = new ArrayList<>();
            for (Touchpoint tp : stage.touchpoints()) {
                if (containsSame(catalog.touchpoints(journey), tp)) {
                    rows.add(row(from, new TouchpointRef(journey, tp)));
                }
            }
            String phase = stage.phase().value().yaml();
            stages.add(new StageView(stage.name().value(), phase, msg.label("phase", phase), rows));
        }
        String svg = InlineSvg.clean(in.diagrams().getOrDefault(id, ""));
        Optional<io.journeyascode.diagram.EmotionCurve.Picture> curve =
                in.emotionCurves().apply(journey);
        Optional<Persona> persona = journey.persona().flatMap(p -> catalog.config.persona(p.value()));
        long critical = catalog.touchpoints(journey).stream()
                .filter(Touchpoint::isCritical)
                .count();
        List<WaiverView> waivers = journeyWaivers(from, journey, false);
        return new JourneyView(
                id,
                journey.title().value(),
                journey.summary().orElse(""),
                journey.description().map(md -> in.markdown().render(md, 2)).orElse(""),
                personaName(journey),
                persona.flatMap(Persona::description)
                        .map(md -> in.markdown().render(md, 3))
                        .orElse(""),
                team(from, journey.owner()),
                emotions(journey.targetEmotions()),
                catalog.touchpoints(journey).size(),
                (int) critical,
                svg,
                svg.isEmpty() ? diagramMissing(journey) : "",
                svg.isEmpty() ? "" : SitePaths.relative(from, SitePaths.journeySvg(id)),
                MapPrint.print(svg),
                curve.map(c -> InlineSvg.clean(c.svg())).orElse(""),
                curve.isEmpty() ? msg.get("journey.curve.missing") : "",
                curve.map(io.journeyascode.diagram.EmotionCurve.Picture::print).orElse(""),
                stages,
                findings(from, catalog.findingsOf(journey)),
                waivers,
                allClear(waivers),
                sourceHref(journey.file(), journey.span().line()));
    }

    /** The waivers of a touchpoint or a journey, for a page at {@code from}, each at {@code place}. */
    private List<WaiverView> waivers(String from, List<Waiver> list, LinkView place) {
        List<WaiverView> waivers = new ArrayList<>();
        for (Waiver w : list) {
            LocalDate until = w.until().value();
            waivers.add(new WaiverView(
                    w.rule().value(),
                    ruleHref(from, w.rule().value()),
                    w.reason(),
                    msg.date(until),
                    msg.format("waiver.validUntil", msg.date(until)),
                    !inForce(w),
                    place));
        }
        return waivers;
    }

    /**
     * The waivers of a journey (its own, of findings about it as a whole) and then of its
     * touchpoints, each with the touchpoint it is on, for a page at {@code from}; with
     * {@code elsewhere}, a page that is not the journey's, each names the journey too.
     */
    private List<WaiverView> journeyWaivers(String from, Journey journey, boolean elsewhere) {
        List<WaiverView> all = new ArrayList<>(
                waivers(from, journey.waivers(), elsewhere ? journeyLink(from, journey) : LinkView.text("")));
        for (Touchpoint tp : catalog.touchpoints(journey)) {
            if (!tp.waivers().isEmpty()) {
                all.addAll(waivers(from, tp.waivers(), tpLink(from, journey, tp, elsewhere)));
            }
        }
        return all;
    }

    private LinkView journeyLink(String from, Journey journey) {
        String label = journey.title().value();
        return catalog.hasJourneyPage(journey.id().value())
                ? new LinkView(
                        label,
                        SitePaths.relative(from, SitePaths.journey(journey.id().value())))
                : LinkView.text(label);
    }

    /** How many waivers in force there are on the journey and its touchpoints. */
    private long acceptedOn(Journey journey) {
        long n = journey.waivers().stream().filter(this::inForce).count();
        for (Touchpoint tp : catalog.touchpoints(journey)) {
            n += tp.waivers().stream().filter(this::inForce).count();
        }
        return n;
    }

    /** Whether a waiver still silences its rule: its date is today or later. */
    private boolean inForce(Waiver waiver) {
        return !waiver.until().value().isBefore(in.today());
    }

    /**
     * What a page without findings says: well done, unless waivers in force accept some (a
     * metric short of target, say), which it then counts and points to; "no findings, well done"
     * beside a red "short of target" would tell the reader all is well.
     */
    private String allClear(List<WaiverView> waivers) {
        long accepted = waivers.stream().filter(w -> !w.expired()).count();
        return accepted == 0
                ? msg.get("findings.none")
                : msg.format("findings.none.accepted", accepted, msg.get("touchpoint.waivers"));
    }

    private String personaName(Journey journey) {
        return journey.persona()
                .map(p -> catalog.config.persona(p.value()).map(Persona::name).orElse(p.value()))
                .orElse("");
    }

    // ---- touchpoint --------------------------------------------------------------------

    TouchpointView touchpoint(Journey journey, Touchpoint tp) {
        String jid = journey.id().value();
        String from = SitePaths.touchpoint(jid, tp.id().value());
        List<Touchpoint> all = catalog.touchpoints(journey);
        int at = indexOfSame(all, tp);
        LinkView previous = at > 0 ? tpLink(from, journey, all.get(at - 1), false) : LinkView.text("");
        LinkView next =
                at >= 0 && at < all.size() - 1 ? tpLink(from, journey, all.get(at + 1), false) : LinkView.text("");
        Facts facts = facts(journey, tp);
        Optional<Stage> stage = facts.stage();
        List<LinkView> setBy =
                catalog.expectationsSetBy.getOrDefault(Catalog.key(jid, tp.id().value()), List.of()).stream()
                        .map(ref -> refLink(from, journey, ref))
                        .toList();
        List<LinkView> sets = tp.setsExpectationsFor().stream()
                .map(r -> reference(from, journey, r.value()))
                .toList();
        List<LinkView> leadsTo = journey.successors(tp).stream()
                .map(r -> reference(from, journey, r))
                .toList();
        List<WaiverView> waivers = waivers(from, tp.waivers(), LinkView.text(""));
        List<LinkView> links = new ArrayList<>();
        for (Link link : tp.links()) {
            String url = link.url().value();
            links.add(new LinkView(link.title(), UrlPolicy.isSafeLink(url) && !url.isBlank() ? url : ""));
        }
        return new TouchpointView(
                tp.id().value(),
                tp.name().value(),
                new LinkView(journey.title().value(), SitePaths.relative(from, SitePaths.journey(jid))),
                facts.stageName(),
                facts.phaseLabel(),
                facts.badges(),
                channel(from, tp.channel().value()),
                msg.label("interaction", tp.interaction().yaml()),
                team(from, journey.ownerOf(tp)),
                msg.label("ownership", tp.ownership().value().yaml()),
                tp.provider().map(Located::value).orElse(""),
                tp.targetEmotion().map(e -> msg.label("emotion", e.value())).orElse(""),
                tp.moment().map(m -> msg.label("moment", m.value().yaml())).orElse(""),
                tp.dimensions().stream()
                        .map(d -> msg.label("dimension", d.value()))
                        .toList(),
                tp.factors().stream().map(f -> msg.label("factor", f.value())).toList(),
                tp.expectations().stream().map(Located::value).toList(),
                setBy,
                sets,
                leadsTo,
                facts.metrics(),
                waivers,
                links,
                tp.notes().map(md -> in.markdown().render(md, 2)).orElse(""),
                findings(from, catalog.findingsOf(journey, tp)),
                allClear(waivers),
                previous,
                next,
                sourceHref(journey.file(), tp.span().line()));
    }

    private LinkView reference(String from, Journey journey, String reference) {
        return catalog.index
                .resolve(journey, reference)
                .map(ref -> refLink(from, journey, ref))
                .orElse(LinkView.text(reference));
    }

    private LinkView refLink(String from, Journey context, TouchpointRef ref) {
        return tpLink(from, ref.journey(), ref.touchpoint(), ref.journey() != context);
    }

    private LinkView tpLink(String from, Journey journey, Touchpoint tp, boolean withJourney) {
        String label = withJourney
                ? journey.title().value() + " › " + tp.name().value()
                : tp.name().value();
        return catalog.pageOf(new TouchpointRef(journey, tp))
                .map(page -> new LinkView(label, SitePaths.relative(from, page)))
                .orElse(LinkView.text(label));
    }

    // Identity, not equals: a record's equals compares whole touchpoints (a hot path).

    private static Optional<Stage> stageOf(Journey journey, Touchpoint tp) {
        for (Stage stage : journey.stages()) {
            if (containsSame(stage.touchpoints(), tp)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    private static boolean containsSame(List<Touchpoint> list, Touchpoint tp) {
        return indexOfSame(list, tp) >= 0;
    }

    private static int indexOfSame(List<Touchpoint> list, Touchpoint tp) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == tp) {
                return i;
            }
        }
        return -1;
    }

    // ---- team and channel --------------------------------------------------------------

    /** Page {@code page} (from 1) of a team, as {@link Catalog#teamPages} splits its touchpoints. */
    TeamView team(String id, int page) {
        String from = SitePaths.team(id, page);
        List<List<TouchpointRef>> pages = catalog.teamPages.get(id);
        PagerView pager = pager(from, page, pages.size(), n -> SitePaths.team(id, n));
        List<JourneyGroup> journeys = groups(from, pages.get(page - 1));
        if (page > 1) {
            return new TeamView(
                    id,
                    catalog.teams.get(id),
                    LinkView.text(""),
                    pager.label(),
                    journeys,
                    List.of(),
                    List.of(),
                    pager,
                    "",
                    "",
                    "");
        }
        List<TouchpointRef> refs = catalog.touchpointsByTeam.getOrDefault(id, List.of());
        List<TouchpointRow> critical = new ArrayList<>();
        int criticalCount = 0;
        java.util.Set<String> inJourneys = new java.util.HashSet<>();
        for (TouchpointRef ref : refs) {
            inJourneys.add(ref.journey().id().value());
            if (ref.touchpoint().isCritical()) {
                criticalCount++;
                if (critical.size() < catalog.criticalShown) {
                    critical.add(row(from, ref));
                }
            }
        }
        List<Finding> teamFindings = new ArrayList<>();
        for (Journey journey : catalog.journeys) {
            for (Finding f : catalog.findingsOf(journey)) {
                Optional<String> owner = f.touchpoint()
                        .flatMap(t -> catalog.index.touchpoint(journey.id().value(), t))
                        .flatMap(r -> journey.ownerOf(r.touchpoint()))
                        .or(journey::owner)
                        .map(Located::value);
                if (owner.isPresent() && owner.get().equals(id)) {
                    teamFindings.add(f);
                }
            }
        }
        Optional<String> contact = catalog.config.team(id).flatMap(t -> t.contact());
        LinkView contactLink = contact.map(c -> c.contains("@") && !c.contains(":")
                        ? new LinkView(c, UrlPolicy.isSafeLink("mailto:" + c) ? "mailto:" + c : "")
                        : new LinkView(c, UrlPolicy.isSafeWebLink(c) ? c : ""))
                .orElse(LinkView.text(""));
        return new TeamView(
                id,
                catalog.teams.get(id),
                contactLink,
                refs.isEmpty()
                        ? msg.get("team.summary.none")
                        : msg.format("team.summary", refs.size(), criticalCount, inJourneys.size()),
                journeys,
                critical,
                findings(from, teamFindings.stream().sorted().toList()),
                pager,
                criticalCount > critical.size()
                        ? msg.format("team.critical.more", criticalCount - critical.size())
                        : "",
                catalog.config.teamsDeclared() && catalog.config.team(id).isEmpty()
                        ? msg.format("team.undeclared", id)
                        : "",
                msg.get(refs.isEmpty() ? "findings.none.short" : "findings.none"));
    }

    /** The rows of a team's page by journey (the page holds each journey's rows together). */
    private List<JourneyGroup> groups(String from, List<TouchpointRef> refs) {
        // Keyed by journey id: a record's hash code walks the whole journey (a hot path).
        Map<String, List<TouchpointRow>> groups = new LinkedHashMap<>();
        Map<String, Journey> journeyOf = new LinkedHashMap<>();
        for (TouchpointRef ref : refs) {
            journeyOf.putIfAbsent(ref.journey().id().value(), ref.journey());
            groups.computeIfAbsent(ref.journey().id().value(), j -> new ArrayList<>())
                    .add(row(from, ref));
        }
        List<JourneyGroup> journeys = new ArrayList<>();
        groups.forEach((journeyId, rows) -> journeys.add(new JourneyGroup(
                new LinkView(
                        journeyOf.get(journeyId).title().value(),
                        SitePaths.relative(from, SitePaths.journey(journeyId))),
                rows)));
        return journeys;
    }

    /** Page {@code page} (from 1) of a channel, as {@link Catalog#channelPages} splits its touchpoints. */
    ChannelView channel(String id, int page) {
        String from = SitePaths.channel(id, page);
        List<List<TouchpointRef>> pages = catalog.channelPages.get(id);
        PagerView pager = pager(from, page, pages.size(), n -> SitePaths.channel(id, n));
        List<TouchpointRow> rows = new ArrayList<>();
        for (TouchpointRef ref : pages.get(page - 1)) {
            rows.add(row(from, ref));
        }
        if (page > 1) {
            return new ChannelView(id, msg.label("channel", id), pager.label(), List.of(), rows, pager);
        }
        List<TouchpointRef> refs = catalog.touchpointsByChannel.getOrDefault(id, List.of());
        Map<String, Integer> emotions = emotionCounts(catalog.config.emotions(), refs);
        int total = emotions.values().stream().mapToInt(Integer::intValue).sum();
        List<EmotionShare> shares = new ArrayList<>();
        emotions.forEach((e, n) -> {
            if (n > 0) {
                shares.add(new EmotionShare(msg.label("emotion", e), n, Messages.share(n, total)));
            }
        });
        // the most aimed at first; ties in the playbook's order
        shares.sort(java.util.Comparator.comparingInt(EmotionShare::count).reversed());
        long journeys =
                refs.stream().map(r -> r.journey().id().value()).distinct().count();
        return new ChannelView(
                id,
                msg.label("channel", id),
                msg.format("channel.summary", refs.size(), journeys),
                shares,
                rows,
                pager);
    }

    /**
     * How many of the touchpoints aim at each emotion: the vocabulary's emotions first (also those
     * no touchpoint aims at, with 0), then others in the order met. What a channel's first page shows.
     */
    static Map<String, Integer> emotionCounts(List<String> vocabulary, List<TouchpointRef> refs) {
        Map<String, Integer> emotions = new LinkedHashMap<>();
        for (String e : vocabulary) {
            emotions.put(e, 0);
        }
        for (TouchpointRef ref : refs) {
            ref.touchpoint().targetEmotion().ifPresent(e -> emotions.merge(e.value(), 1, Integer::sum));
        }
        return emotions;
    }

    private PagerView pager(String from, int page, int count, java.util.function.IntFunction<String> path) {
        List<NavLink> links = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            links.add(new NavLink(Integer.toString(n), SitePaths.relative(from, path.apply(n)), n == page));
        }
        return new PagerView(
                page,
                count,
                msg.format("pager.page", page, count),
                links,
                new LinkView(
                        msg.get("pager.previous"),
                        page > 1 ? links.get(page - 2).href() : ""),
                new LinkView(
                        msg.get("pager.next"), page < count ? links.get(page).href() : ""));
    }

    /** Why a journey page shows no map: too large for one (the same on every machine), or not drawn in this build. */
    private String diagramMissing(Journey journey) {
        MapSize size = MapSize.of(journey);
        return size.drawn()
                ? msg.get("journey.diagram.missing")
                : msg.format(
                        "journey.diagram.tooLarge",
                        size.touchpoints(),
                        size.arrows(),
                        MapSize.MAX_TOUCHPOINTS,
                        MapSize.MAX_ARROWS);
    }

    // ---- findings and rules ------------------------------------------------------------

    FindingsView findings() {
        String from = SitePaths.FINDINGS;
        List<SeverityGroup> groups = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        for (Severity severity : Severity.values()) {
            Map<String, List<FindingView>> byRule = new LinkedHashMap<>();
            for (RuleDoc rule : in.rules()) {
                byRule.put(rule.id(), new ArrayList<>());
            }
            int count = 0;
            for (Finding f : catalog.findings) {
                if (f.severity() == severity) {
                    byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(finding(from, f));
                    count++;
                }
            }
            List<RuleGroup> rules = new ArrayList<>();
            byRule.forEach((rule, list) -> {
                if (!list.isEmpty()) {
                    String anchor = anchored.add(rule) ? "rule-" + rule : "rule-" + rule + "-" + severity.id();
                    String summary = ruleSummary(rule);
                    rules.add(new RuleGroup(
                            rule,
                            anchor,
                            ruleHref(from, rule),
                            summary,
                            list,
                            in.markdown().renderInline(summary)));
                }
            });
            groups.add(new SeverityGroup(
                    severity.id(),
                    msg.label(count == 1 ? "severity.one" : "severity.plural", severity.id()),
                    count,
                    rules));
        }
        List<LinkView> reports = in.reports().stream()
                .map(r -> new LinkView(r.substring(r.lastIndexOf('/') + 1), SitePaths.relative(from, r)))
                .toList();
        List<WaiverView> accepted = new ArrayList<>();
        for (Journey journey : catalog.journeys) {
            for (WaiverView waiver : journeyWaivers(from, journey, true)) {
                if (!waiver.expired()) {
                    accepted.add(waiver);
                }
            }
        }
        return new FindingsView(counts(catalog.findings), groups, reports, accepted, allClear(accepted));
    }

    RulesView rules() {
        String from = SitePaths.RULES;
        List<RuleView> rules = new ArrayList<>();
        for (RuleDoc doc : in.rules()) {
            int n = (int) catalog.findings.stream()
                    .filter(f -> f.rule().equals(doc.id()))
                    .count();
            Severity effective = catalog.config.ruleSeverities().containsKey(doc.id())
                    ? Severity.parse(catalog.config
                                    .ruleSeverities()
                                    .get(doc.id())
                                    .value())
                            .orElse(doc.defaultSeverity())
                    : doc.defaultSeverity();
            boolean off = catalog.config.ruleSeverities().containsKey(doc.id())
                    && catalog.config.ruleSeverities().get(doc.id()).value().equals("off");
            rules.add(new RuleView(
                    doc.id(),
                    off ? "off" : effective.id(),
                    off ? msg.get("rules.off") : msg.label("severity", effective.id()),
                    doc.summary(),
                    doc.rationale(),
                    doc.fix(),
                    n,
                    n == 0 ? "" : SitePaths.relative(from, SitePaths.FINDINGS) + "#" + "rule-" + doc.id(),
                    in.markdown().renderInline(doc.summary()),
                    in.markdown().renderInline(doc.rationale()),
                    in.markdown().renderInline(doc.fix())));
        }
        return new RulesView(rules);
    }

    private String ruleSummary(String rule) {
        return in.rules().stream()
                .filter(r -> r.id().equals(rule))
                .map(RuleDoc::summary)
                .findFirst()
                .orElse("");
    }

    SearchView search() {
        String from = SitePaths.SEARCH;
        return new SearchView(
                SitePaths.relative(from, "assets/search-index.js"),
                SitePaths.relative(from, "search-index.json"),
                SitePaths.relative(from, "assets/search.js"));
    }

    // ---- shared pieces -----------------------------------------------------------------

    TouchpointRow row(String from, TouchpointRef ref) {
        Journey journey = ref.journey();
        Touchpoint tp = ref.touchpoint();
        Facts facts = facts(journey, tp);
        return new TouchpointRow(
                tp.name().value(),
                catalog.pageOf(ref).map(p -> SitePaths.relative(from, p)).orElse(""),
                new LinkView(
                        journey.title().value(),
                        SitePaths.relative(from, SitePaths.journey(journey.id().value()))),
                facts.stageName(),
                facts.phaseLabel(),
                channel(from, tp.channel().value()),
                team(from, journey.ownerOf(tp)),
                facts.emotion(),
                facts.badges(),
                facts.metrics(),
                tp.expectations().stream().map(Located::value).toList());
    }

    /**
     * What the pages show of a touchpoint wherever it appears (its own page, the rows of its
     * journey, team and channel pages): computed once per touchpoint, not once per appearance
     * (metrics with their sparklines were among the top costs of a build).
     */
    private record Facts(
            Optional<Stage> stage,
            String stageName,
            String phaseLabel,
            String emotion,
            List<BadgeView> badges,
            List<MetricView> metrics) {}

    /** A touchpoint of a journey by identity: a record's hash code walks the whole journey. */
    private record Same(Journey journey, Touchpoint touchpoint) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.journey == journey && other.touchpoint == touchpoint;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(journey) + System.identityHashCode(touchpoint);
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<Same, Facts> facts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Facts facts(Journey journey, Touchpoint tp) {
        Same key = new Same(journey, tp);
        Facts known = facts.get(key);
        if (known != null) {
            return known;
        }
        Optional<Stage> stage = stageOf(journey, tp);
        Facts made = new Facts(
                stage,
                stage.map(s -> s.name().value()).orElse(""),
                stage.map(s -> msg.label("phase", s.phase().value().yaml())).orElse(""),
                tp.targetEmotion().map(e -> msg.label("emotion", e.value())).orElse(""),
                List.copyOf(badges(journey, tp)),
                List.copyOf(metrics(journey, tp)));
        Facts raced = facts.putIfAbsent(key, made);
        return raced == null ? made : raced;
    }

    private List<BadgeView> badges(Journey journey, Touchpoint tp) {
        List<BadgeView> badges = new ArrayList<>();
        if (tp.isCritical()) {
            badges.add(new BadgeView(msg.get("badge.critical"), "critical"));
        }
        if (catalog.index.shortOfTarget(journey, tp)) {
            badges.add(new BadgeView(msg.get("badge.at-risk"), "at-risk"));
        }
        if (tp.ownership().value() != Ownership.OWNED) {
            String o = tp.ownership().value().yaml();
            badges.add(new BadgeView(msg.label("ownership", o), o));
        }
        if (tp.interaction() == io.journeyascode.model.Interaction.INDIRECT) {
            badges.add(new BadgeView(msg.get("badge.indirect"), "indirect"));
        }
        tp.moment()
                .ifPresent(m -> badges.add(new BadgeView(
                        msg.label("moment", m.value().yaml()), m.value().yaml())));
        return badges;
    }

    private List<MetricView> metrics(Journey journey, Touchpoint tp) {
        List<MetricView> out = new ArrayList<>();
        for (Metric m : tp.metrics()) {
            Optional<Double> actual = catalog.index.actual(journey, tp, m);
            Optional<Double> target = m.target().map(Located::value);
            String status = actual.isEmpty()
                    ? "unmeasured"
                    : target.isEmpty() ? "no-target" : catalog.index.shortOfTarget(journey, tp, m) ? "below" : "ok";
            List<Measurement> series = catalog.index.measurements(journey, tp, m);
            // a metric without a name is called by its type: NPS, CSAT, CES, or the language's word for emotion
            String label = m.name().isPresent()
                    ? m.label()
                    : msg.label("metric.short", m.type().value().yaml());
            out.add(new MetricView(
                    label,
                    msg.label("metric.type", m.type().value().yaml()),
                    target.map(msg::number).orElse(""),
                    actual.map(msg::number).orElse(""),
                    status,
                    msg.get("metric.status." + status),
                    catalog.index.lastMeasured(journey, tp, m).map(msg::date).orElse(""),
                    series.size(),
                    Sparkline.svg(series, target, msg.format("metric.trend", label, series.size(), values(series))),
                    m.higherIsBetter() ? "" : msg.get("metric.lower-is-better")));
        }
        return out;
    }

    /** The values of a series, oldest first, as the trend line's text ({@code 76; 79; 82,5}: a comma may be a decimal one). */
    private String values(List<Measurement> series) {
        return series.stream().map(m -> msg.number(m.value())).collect(java.util.stream.Collectors.joining("; "));
    }

    private LinkView channel(String from, String id) {
        String label = msg.label("channel", id);
        return catalog.touchpointsByChannel.containsKey(id)
                ? new LinkView(label, SitePaths.relative(from, SitePaths.channel(id)))
                : LinkView.text(label);
    }

    private LinkView team(String from, Optional<Located<String>> owner) {
        if (owner.isEmpty()) {
            return LinkView.text("");
        }
        String id = owner.get().value();
        return catalog.teams.containsKey(id)
                ? new LinkView(catalog.teams.get(id), SitePaths.relative(from, SitePaths.team(id)))
                : LinkView.text(id);
    }

    private List<String> emotions(List<Located<String>> emotions) {
        return emotions.stream().map(e -> msg.label("emotion", e.value())).toList();
    }

    private List<FindingView> findings(String from, List<Finding> findings) {
        return findings.stream().map(f -> finding(from, f)).toList();
    }

    FindingView finding(String from, Finding f) {
        LinkView page = LinkView.text("");
        LinkView owner = LinkView.text("");
        if (f.journey().isPresent() && catalog.hasJourneyPage(f.journey().get())) {
            String j = f.journey().get();
            Journey journey = catalog.index.journey(j).orElseThrow();
            owner = team(
                    from,
                    f.touchpoint()
                            .flatMap(t -> catalog.index.touchpoint(j, t))
                            .map(ref -> journey.ownerOf(ref.touchpoint()))
                            .orElse(journey.owner()));
            if (f.touchpoint().isPresent() && catalog.hasPage(j, f.touchpoint().get())) {
                Touchpoint tp = catalog.index
                        .touchpoint(j, f.touchpoint().get())
                        .orElseThrow()
                        .touchpoint();
                String target = SitePaths.touchpoint(j, tp.id().value());
                // on the page the finding is about, no link back to it
                page = target.equals(from)
                        ? page
                        : new LinkView(
                                journey.title().value() + " › " + tp.name().value(), SitePaths.relative(from, target));
            } else if (!SitePaths.journey(j).equals(from)) {
                page = new LinkView(journey.title().value(), SitePaths.relative(from, SitePaths.journey(j)));
            }
        }
        // a sentence on a page starts with a capital (the command line's start as a compiler's do),
        // but not a name the user wrote that it starts with (a metric's, `eNPS`)
        String formatted = f.text()
                .map(text -> FindingMessages.formatMarked(text, msg.language(), findingValues))
                .orElse(f.message());
        String marked = f.text()
                        .map(text -> FindingMessages.startsWithValue(text, msg.language()))
                        .orElse(false)
                ? formatted
                : sentence(formatted);
        return new FindingView(
                f.severity().id(),
                msg.label("severity", f.severity().id()),
                f.rule(),
                ruleHref(from, f.rule()),
                marked.replace(FindingMessages.VALUE_BACKTICK, '`'),
                CodeSpans.html(marked),
                // the loader's messages are English only
                f.text().isEmpty() && !msg.language().equals("en") ? "en" : "",
                f.span().toString(),
                sourceHref(f.span().file(), f.span().line()),
                page,
                owner);
    }

    /**
     * The text with its first letter a capital, when it starts with a small one that is not the
     * start of a name written in mixed letters ({@code iOS}).
     */
    static String sentence(String text) {
        boolean mixed = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !mixed
                ? Character.toUpperCase(text.charAt(0)) + text.substring(1)
                : text;
    }

    private String ruleHref(String from, String rule) {
        return SitePaths.isSafeId(rule)
                ? SitePaths.relative(from, SitePaths.RULES) + "#" + rule
                : SitePaths.relative(from, SitePaths.RULES);
    }

    private String sourceHref(String file, int line) {
        return in.sourceUrl()
                .map(url -> (url.endsWith("/") ? url : url + "/") + SitePaths.encodePath(file) + "#L" + line)
                .orElse("");
    }

    private static FindingCounts counts(List<Finding> findings) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return FindingCounts.of(e, w, i);
    }
}
