package io.journeyascode.site;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.Version;
import io.journeyascode.cache.ContentKey;
import io.journeyascode.diagram.Diagrams;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.TouchpointRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The content keys of the site's files (SPEC §10): a file is rendered again exactly when
 * something it shows may have changed. A key is a hash of the generator (version and code), the
 * templates, site files and messages, the options, and the inputs of the file:
 *
 * <ul>
 *   <li>a journey's page: the journey's source file, the source files of the journeys it
 *       references or that reference it (their names appear in links), its measurements and
 *       findings, and its diagram;
 *   <li>a touchpoint's page: the journey's source file, measurements and findings, and the source
 *       files of the journeys that this touchpoint references or whose touchpoints reference it;
 *   <li>a journey's diagram: the source files of the journeys drawn in its batch and of those
 *       they reference, which of the batch's touchpoints have a metric short of its target (after
 *       the measurements), the settings and the Graphviz engine, not the templates;
 *   <li>a page of a channel's or team's listing (split into pages by {@link Paging}): the source
 *       files and measurements of the journeys whose rows are on that page (a row shows the
 *       journey's title and the touchpoint's fields, nothing of other journeys), and the ids of
 *       the journeys on every page (the pager shows page numbers only);
 *   <li>a channel's first page also: the number of its touchpoints and how many aim at each
 *       emotion (no titles);
 *   <li>a team's first page also: the number of its touchpoints, the source files and
 *       measurements of the journeys with a critical touchpoint of the team (their rows are in
 *       its critical table), and the findings (with the source file, whose title labels them) of
 *       every journey that may give the team findings (the journey or one of its touchpoints
 *       names the team as owner);
 *   <li>the findings and rules pages: all findings, and for the findings page the source files of
 *       the journeys they are about (their titles label the findings) and of those with waivers
 *       (it lists the waivers in force);
 *   <li>the reports: all findings and the journey files' names and touchpoint count;
 *   <li>the search index: the source files of the journeys (titles, names, channels, owners);
 *   <li>the overview: everything.
 * </ul>
 *
 * Settings (playbook.yaml) are part of every key: they name teams, personas and emotions.
 */
final class BuildKeys {

    private final String pages;
    private final Map<String, String> templates;
    private final String diagrams;
    private final Catalog catalog;
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, TreeSet<String>> neighbours = new HashMap<>();
    /** "journey/touchpoint" → the other journeys that it references or that reference it. */
    private final Map<String, TreeSet<String>> touchpointNeighbours = new HashMap<>();

    private final Map<String, String> measurements = new HashMap<>();
    private final Map<String, String> cores = new HashMap<>();
    /** Journey id → its source file and measurements: what a row of a listing shows. */
    private final Map<String, String> rows = new HashMap<>();
    /** Journey id → its findings. */
    private final Map<String, String> findingKeys = new HashMap<>();
    /** Team id → the journeys whose findings may be shown on its page. */
    private final Map<String, java.util.Set<String>> teamJourneys = new HashMap<>();
    /** The journey of the last touchpoint page keyed, and what its pages share (see touchpoint()). */
    private String prefixJourney;

    private ContentKey prefix;

    private final String allFindings;
    private final String everything;
    private Map<String, Integer> svgChecksums = Map.of();
    private Map<String, List<String>> batchMates;
    private final Map<List<String>, String> batchKeys = new HashMap<>();
    /** "team/ID" or "channel/ID" → which journeys are on which page of its listing. */
    private final Map<String, String> layouts = new java.util.concurrent.ConcurrentHashMap<>();

    private static final TreeSet<String> EMPTY = new TreeSet<>();

    BuildKeys(
            Catalog catalog,
            BuildOptions options,
            Map<String, String> fileKeys,
            Messages msg,
            SortedMap<String, byte[]> siteFiles,
            Optional<String> sourceUrl,
            Optional<LocalDate> buildDate) {
        this.catalog = catalog;
        String code = codeFingerprint();
        String settings = catalog.config.toString();
        this.diagrams = ContentKey.of("diagrams 1")
                .add(Version.get())
                .add(code)
                .add(Diagrams.engineIdentity(options.engine()))
                .add(settings)
                .add(new TreeMap<>(SiteBuilder.diagramWords(msg)).toString())
                .hex();
        ContentKey global = ContentKey.of("pages 1")
                .add(Version.get())
                .add(code)
                .add(settings)
                .add(new TreeMap<>(msg.all()).toString())
                .add(sourceUrl.orElse(""))
                .add(options.today().toString())
                .add(buildDate.map(LocalDate::toString).orElse(""))
                .add(options.failOn().id())
                .add(catalog.teams.toString())
                .add(catalog.touchpointsByChannel.keySet().toString());
        siteFiles.forEach((path, bytes) -> global.add(path).add(bytes));
        this.pages = global.hex();
        this.templates = templates(options.templatesDir());

        // The loader's key of each file, else the file read and hashed (on all cores); of files
        // that share an id, that of the journey the id belongs to (see PlaybookIndex).
        List<Journey> files = catalog.index.journeys();
        List<String> hashes = files.parallelStream()
                .map(journey -> Optional.ofNullable(fileKeys.get(journey.file()))
                        .orElseGet(() -> source(options.journeysDir(), journey)))
                .toList();
        for (int i = 0; i < files.size(); i++) {
            sources.put(files.get(i).id().value(), hashes.get(i));
        }
        for (Journey journey : catalog.journeys) {
            String id = journey.id().value();
            neighbours.computeIfAbsent(id, k -> new TreeSet<>());
            for (Touchpoint tp : journey.touchpoints()) {
                List<String> refs = new ArrayList<>();
                tp.leadsTo().ifPresent(list -> list.forEach(r -> refs.add(r.value())));
                tp.setsExpectationsFor().forEach(r -> refs.add(r.value()));
                for (String ref : refs) {
                    int slash = ref.indexOf('/');
                    if (slash > 0) {
                        String other = ref.substring(0, slash);
                        neighbours.get(id).add(other);
                        neighbours.computeIfAbsent(other, k -> new TreeSet<>()).add(id);
                        touchpointNeighbours
                                .computeIfAbsent(Catalog.key(id, tp.id().value()), k -> new TreeSet<>())
                                .add(other);
                        touchpointNeighbours
                                .computeIfAbsent(ref, k -> new TreeSet<>())
                                .add(id);
                    }
                }
            }
        }
        Map<String, List<Measurement>> byJourney = new HashMap<>();
        for (Measurement m : catalog.playbook.measurements()) {
            byJourney.computeIfAbsent(m.journey(), k -> new ArrayList<>()).add(m);
        }
        // Values, dates and order, not line numbers: a row added above does not change the others.
        byJourney.forEach((id, list) -> {
            ContentKey key = ContentKey.of("measurements");
            for (Measurement m : list) {
                key.add(m.touchpoint())
                        .add(m.metric())
                        .add(Double.toString(m.value()))
                        .add(m.date().toString())
                        .add(m.span().file());
            }
            measurements.put(id, key.hex());
        });
        this.allFindings =
                ContentKey.of("findings").add(catalog.findings.toString()).hex();
        for (Journey journey : catalog.playbook.journeys()) {
            String id = journey.id().value();
            journey.owner().ifPresent(owner -> teamJourneys
                    .computeIfAbsent(owner.value(), k -> new java.util.HashSet<>())
                    .add(id));
            for (Touchpoint tp : journey.touchpoints()) {
                tp.owner().ifPresent(owner -> teamJourneys
                        .computeIfAbsent(owner.value(), k -> new java.util.HashSet<>())
                        .add(id));
            }
        }
        ContentKey all = ContentKey.of("everything").add(pages).add(allFindings);
        for (Journey journey : catalog.journeys) {
            String id = journey.id().value();
            rows.put(
                    id,
                    ContentKey.of("rows")
                            .add(source(id))
                            .add(measurements.getOrDefault(id, ""))
                            .hex());
            findingKeys.put(
                    id,
                    ContentKey.of("journey findings")
                            .add(catalog.findingsOf(journey).toString())
                            .hex());
            String core = core(journey);
            cores.put(journey.id().value(), core);
            all.add(core);
        }
        this.everything = all.hex();
    }

    /** The key of the cache's manifest as a whole: a new generator starts from nothing. */
    static String manifest() {
        return ContentKey.of("manifest")
                .add(Version.get())
                .add(codeFingerprint())
                .hex();
    }

    /**
     * Completes the keys once the diagrams are known (a journey's page shows its diagram):
     * {@code svgChecksums} has the CRC-32C of each journey's SVG, none for a journey without one.
     */
    void diagramsKnown(Map<String, Integer> svgChecksums) {
        this.svgChecksums = Map.copyOf(svgChecksums);
    }

    /**
     * The key of a journey's diagram ({@code journeys/ID.svg}): the inputs of every diagram of its
     * batch (see {@link Diagrams#batchMates}), which dot draws in one process, each graph's layout
     * possibly depending on the graphs before it.
     */
    String diagram(Journey journey) {
        String id = journey.id().value();
        List<String> mates = batchMates().getOrDefault(id, List.of(id));
        return batchKeys.computeIfAbsent(mates, members -> {
            ContentKey key = ContentKey.of("svg batch").add(diagrams);
            for (String member : members) {
                key.add(member).add(source(member)).add(shortOfTarget(member));
                for (String other : neighbours.getOrDefault(member, EMPTY)) {
                    key.add(other).add(source(other));
                }
            }
            return key.hex();
        });
    }

    /**
     * What a journey's map shows of its measurements: the touchpoints with a metric short of its
     * target, marked as such (a measurement that changes no mark draws no batch again).
     */
    private String shortOfTarget(String id) {
        StringBuilder marked = new StringBuilder();
        catalog.index.journey(id).ifPresent(journey -> {
            for (Touchpoint tp : journey.touchpoints()) {
                if (catalog.index.shortOfTarget(journey, tp)) {
                    marked.append(tp.id().value()).append('\n');
                }
            }
        });
        return marked.toString();
    }

    private Map<String, List<String>> batchMates() {
        if (batchMates == null) {
            batchMates = Diagrams.batchMates(catalog.index);
        }
        return batchMates;
    }

    /** The key of a journey's page. */
    String journey(Journey journey) {
        Integer svg = svgChecksums.get(journey.id().value());
        return ContentKey.of("journey page")
                .add(pages)
                .add(template("journey.ftlh"))
                .add(cores.get(journey.id().value()))
                .add(svg == null ? "no diagram" : Integer.toHexString(svg))
                .hex();
    }

    /**
     * The key of a touchpoint's page: unlike the journey's page, only the other journeys that this
     * touchpoint's links name (not all of the journey's neighbours).
     */
    String touchpoint(Journey journey, Touchpoint tp) {
        String id = journey.id().value();
        ContentKey key = touchpointPrefix(id).copy().add(tp.id().value());
        for (String other :
                touchpointNeighbours.getOrDefault(Catalog.key(id, tp.id().value()), EMPTY)) {
            key.add(other).add(source(other));
        }
        return key.hex();
    }

    /** What every touchpoint page of a journey is keyed by first, hashed once per journey. */
    private synchronized ContentKey touchpointPrefix(String journeyId) {
        if (!journeyId.equals(prefixJourney)) {
            prefix = ContentKey.of("touchpoint page")
                    .add(pages)
                    .add(template("touchpoint.ftlh"))
                    .add(rows.get(journeyId))
                    .add(findingKeys.get(journeyId));
            prefixJourney = journeyId;
        }
        return prefix;
    }

    /**
     * The key of page {@code page} (from 1) of a channel: its own rows and where every journey's
     * rows are; the first page also the counts it shows of the whole channel (touchpoints,
     * emotions aimed at), none of which shows a title.
     */
    String channel(String id, int page) {
        ContentKey key = listing("channel", id, catalog.channelPages.get(id), page);
        if (page == 1) {
            List<TouchpointRef> refs = catalog.touchpointsByChannel.getOrDefault(id, List.of());
            key.add(refs.size())
                    .add(ViewMapper.emotionCounts(catalog.config.emotions(), refs)
                            .toString());
        }
        return key.hex();
    }

    /**
     * The key of page {@code page} (from 1) of a team: its own rows and where every journey's rows
     * are; the first page also what it shows of the whole team: the number of touchpoints, the
     * rows of its critical touchpoints (of any journey) and the findings that fall to it.
     */
    String team(String id, int page) {
        ContentKey key = listing("team", id, catalog.teamPages.get(id), page);
        if (page > 1) {
            return key.hex();
        }
        List<TouchpointRef> refs = catalog.touchpointsByTeam.getOrDefault(id, List.of());
        key.add(refs.size()).add("critical");
        String last = null;
        int critical = 0; // the rows the page lists, then how many there are in all
        for (TouchpointRef ref : refs) {
            if (ref.touchpoint().isCritical() && critical++ < catalog.criticalShown) {
                last = row(key, ref, last);
            }
        }
        key.add(critical);
        key.add("findings");
        java.util.Set<String> mayHaveFindings = teamJourneys.getOrDefault(id, java.util.Set.of());
        for (Journey journey : catalog.journeys) {
            String journeyId = journey.id().value();
            if (mayHaveFindings.contains(journeyId)) {
                // A finding is labelled with its journey's title and touchpoint's name.
                key.add(journeyId).add(findingKeys.get(journeyId));
                if (!catalog.findingsOf(journey).isEmpty()) {
                    key.add(source(journeyId));
                }
            }
        }
        return key.hex();
    }

    /**
     * A page of a listing: the page's number, the ids of the journeys on each page (the pager and
     * the split follow from them; the pager shows numbers only), and the page's rows.
     */
    private ContentKey listing(String kind, String id, List<List<TouchpointRef>> pages, int page) {
        ContentKey key = ContentKey.of(kind)
                .add(this.pages)
                .add(template(kind + ".ftlh"))
                .add(id)
                .add(page)
                .add(layouts.computeIfAbsent(kind + "/" + id, k -> layout(pages)))
                .add("rows");
        String last = null;
        for (TouchpointRef ref : pages.get(page - 1)) {
            last = row(key, ref, last);
        }
        return key;
    }

    /** Adds a row of a listing (a journey's file and measurements once for its consecutive rows). */
    private String row(ContentKey key, TouchpointRef ref, String last) {
        String journey = ref.journey().id().value();
        if (!journey.equals(last)) {
            key.add(journey).add(rows.getOrDefault(journey, "none"));
        }
        key.add(ref.touchpoint().id().value());
        return journey;
    }

    /** Which journeys are on which page of a listing. */
    private static String layout(List<List<TouchpointRef>> pages) {
        ContentKey key = ContentKey.of("layout").add(pages.size());
        for (List<TouchpointRef> page : pages) {
            key.add("page");
            String last = null;
            for (TouchpointRef ref : page) {
                String journey = ref.journey().id().value();
                if (!journey.equals(last)) {
                    key.add(journey);
                    last = journey;
                }
            }
        }
        return key.hex();
    }

    /** The key of the search index (JSON and script): what the journeys' files name, no findings or measurements. */
    String searchIndex(String path) {
        ContentKey key = ContentKey.of("search index").add(pages).add(path);
        for (Journey journey : catalog.journeys) {
            key.add(journey.id().value()).add(source(journey.id().value()));
        }
        return key.hex();
    }

    /**
     * The key of the findings page: every finding, and the source files of the journeys they are
     * about (a finding is labelled with its journey's title and touchpoint's name) and of those
     * with waivers (the page lists those in force, with their journey and touchpoint).
     */
    String findingsPage(String path, String template) {
        ContentKey key = ContentKey.of("findings page")
                .add(pages)
                .add(template(template))
                .add(path)
                .add(allFindings);
        for (String journey : catalog.findingsByJourney.keySet()) {
            key.add(journey).add(source(journey));
        }
        key.add("waivers");
        for (Journey journey : catalog.journeys) {
            if (hasWaivers(journey)) {
                key.add(journey.id().value()).add(source(journey.id().value()));
            }
        }
        return key.hex();
    }

    private boolean hasWaivers(Journey journey) {
        if (!journey.waivers().isEmpty()) {
            return true;
        }
        for (Touchpoint tp : catalog.touchpoints(journey)) {
            if (!tp.waivers().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The key of the rules page: the rules' documentation (code, messages) and the findings per rule. */
    String rulesPage(String path, String template) {
        return ContentKey.of("rules page")
                .add(pages)
                .add(template(template))
                .add(path)
                .add(allFindings)
                .hex();
    }

    /**
     * The key of a report (JSON, SARIF, JUnit): the findings, the options, and the journey files
     * and touchpoint count the reports summarise.
     */
    String report(String path) {
        ContentKey key = ContentKey.of("report")
                .add(pages)
                .add(path)
                .add(allFindings)
                .add(catalog.playbook.journeys().size())
                .add(catalog.playbook.touchpointCount());
        for (Journey journey : catalog.playbook.journeys()) {
            key.add(journey.file());
        }
        return key.hex();
    }

    /**
     * The key of a page or report made from everything (overview, findings, search index…);
     * {@code template} is the page's template, null for a file made without one.
     */
    String everything(String path, String template) {
        return ContentKey.of("everything")
                .add(everything)
                .add(template(template))
                .add(path)
                .hex();
    }

    /** The key of a file that depends only on the generator, site files, settings and its template. */
    String fixed(String path, String template) {
        return ContentKey.of("fixed")
                .add(pages)
                .add(template(template))
                .add(path)
                .hex();
    }

    /** The key of a page template: the user's version of it and every shared template (layout, macros). */
    private String template(String name) {
        return name == null ? "none" : templates.getOrDefault(name, templates.get(""));
    }

    private String core(Journey journey) {
        String id = journey.id().value();
        ContentKey key = ContentKey.of("journey")
                .add(source(id))
                .add(measurements.getOrDefault(id, ""))
                .add(catalog.findingsOf(journey).toString());
        for (String other : neighbours.getOrDefault(id, EMPTY)) {
            key.add(other).add(source(other));
        }
        return key.hex();
    }

    private String source(String journeyId) {
        return sources.getOrDefault(journeyId, "absent");
    }

    /** The hash of a journey's file as read now; the model, when the file cannot be read again. */
    private static String source(Path journeysDir, Journey journey) {
        try {
            return ContentKey.of("file")
                    .add(Files.readAllBytes(journeysDir.resolve(journey.file())))
                    .hex();
        } catch (IOException | RuntimeException e) {
            return ContentKey.of("model").add(journey.toString()).hex();
        }
    }

    /**
     * Keys of the page templates: each one's user override (if any) with every user template that
     * is not a page template (layout and macros any page may use). The key "" has the shared part
     * only. The built-in templates are part of the generator's code.
     */
    private static Map<String, String> templates(Optional<Path> dir) {
        Map<String, byte[]> user = new TreeMap<>();
        if (dir.isPresent() && Files.isDirectory(dir.get())) {
            try (Stream<Path> walk = Files.walk(dir.get())) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    user.put(dir.get().relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ContentKey shared = ContentKey.of("shared templates");
        user.forEach((name, bytes) -> {
            if (!Templates.PAGE_TEMPLATES.contains(name)) {
                shared.add(name).add(bytes);
            }
        });
        String sharedKey = shared.hex();
        Map<String, String> keys = new HashMap<>();
        keys.put("", sharedKey);
        for (String name : Templates.PAGE_TEMPLATES) {
            byte[] own = user.get(name);
            keys.put(
                    name,
                    ContentKey.of("template")
                            .add(name)
                            .add(sharedKey)
                            .add(own == null ? new byte[0] : own)
                            .add(own != null)
                            .hex());
        }
        return keys;
    }

    /**
     * The generator's own code: the jar (or classes folder) this class comes from, by path, size
     * and time, so that a rebuilt generator of the same version does not trust older output.
     */
    static String codeFingerprint() {
        return io.journeyascode.cache.CodeFingerprint.get();
    }
}
