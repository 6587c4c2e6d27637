package io.journeyascode.site;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Touchpoint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client-side search index over journeys, touchpoints, teams and channels: a JSON array of
 * {@code {"title","kind","url","text"}} with site-root-relative URLs, in catalog order; a
 * touchpoint's entry also has {@code "journey"}, its journey's title, before {@code "text"}. Also
 * as a script that sets {@code window.JOURNEY_SEARCH_INDEX}, because browsers refuse {@code fetch}
 * on {@code file://}.
 */
final class SearchIndex {

    /**
     * One result. A touchpoint's journey title is apart from its own text so that the search can
     * tell a touchpoint that matches from one that only belongs to a journey that matches (whose
     * own entry is the result a reader wants).
     */
    record Entry(String title, String kind, String url, Optional<String> journey, String text) {}

    private SearchIndex() {}

    /** The entries of one journey: the journey, then each of its touchpoints that has a page. */
    static List<Entry> entries(Journey journey, Catalog catalog, Messages msg) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(
                journey.title().value(),
                msg.get("search.kind.journey"),
                SitePaths.journey(journey.id().value()),
                Optional.empty(),
                journey.summary().orElse("")));
        for (Touchpoint tp : catalog.touchpoints(journey)) {
            String text = msg.label("channel", tp.channel().value())
                    + tp.targetEmotion()
                            .map(e -> " · " + msg.label("emotion", e.value()))
                            .orElse("")
                    + journey.ownerOf(tp)
                            .map(o -> " · " + catalog.teams.getOrDefault(o.value(), o.value()))
                            .orElse("");
            out.add(new Entry(
                    tp.name().value(),
                    msg.get("search.kind.touchpoint"),
                    SitePaths.touchpoint(journey.id().value(), tp.id().value()),
                    Optional.of(journey.title().value()),
                    text));
        }
        return out;
    }

    /** The entries of the teams and channels, after the journeys'. */
    static List<Entry> teamsAndChannels(Catalog catalog, Messages msg) {
        List<Entry> out = new ArrayList<>();
        catalog.teams.forEach((id, name) -> out.add(new Entry(
                name,
                msg.get("search.kind.team"),
                SitePaths.team(id),
                Optional.empty(),
                msg.format("search.team.text", catalog.touchpointsByTeam.get(id).size()))));
        catalog.touchpointsByChannel.forEach((id, refs) -> out.add(new Entry(
                msg.label("channel", id),
                msg.get("search.kind.channel"),
                SitePaths.channel(id),
                Optional.empty(),
                msg.format(
                        "search.channel.text",
                        refs.size(),
                        refs.stream()
                                .map(r -> r.journey().id().value())
                                .distinct()
                                .count()))));
        return out;
    }

    /**
     * The index: every journey's entries in catalog order, then the teams' and channels', with the
     * part of each journey taken from {@code memo} when the journey (the same object: the
     * loader's result for an unchanged file), its touchpoints with pages, the messages and the
     * team names are as when it was made.
     */
    static String json(Catalog catalog, Messages msg, Memo memo) {
        Map<Journey, Part> last = memo.parts(msg.all(), catalog.teams);
        Map<Journey, Part> made = new IdentityHashMap<>();
        List<String> parts = new ArrayList<>(catalog.journeys.size() + 1);
        for (Journey journey : catalog.journeys) {
            List<Touchpoint> shown = catalog.touchpoints(journey);
            Part part = last.get(journey);
            if (part == null || !sameObjects(part.shown(), shown)) {
                part = new Part(shown, objects(entries(journey, catalog, msg)));
            }
            made.put(journey, part);
            parts.add(part.json());
        }
        List<Entry> rest = teamsAndChannels(catalog, msg);
        if (!rest.isEmpty()) {
            parts.add(objects(rest));
        }
        memo.keep(msg.all(), catalog.teams, made);
        return parts.isEmpty() ? "[\n]\n" : "[\n" + String.join("\n,", parts) + "\n]\n";
    }

    private static boolean sameObjects(List<Touchpoint> a, List<Touchpoint> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Entries as JSON objects, one a line, joined by {@code "\n,"}, escaped as Jackson's generator escapes. */
    private static String objects(List<Entry> entries) {
        StringBuilder out = new StringBuilder(entries.size() * 160);
        for (Entry e : entries) {
            if (!out.isEmpty()) {
                out.append("\n,");
            }
            out.append("{\"title\":");
            quoted(out, e.title());
            out.append(",\"kind\":");
            quoted(out, e.kind());
            out.append(",\"url\":");
            quoted(out, e.url());
            if (e.journey().isPresent()) {
                out.append(",\"journey\":");
                quoted(out, e.journey().get());
            }
            out.append(",\"text\":");
            quoted(out, e.text());
            out.append('}');
        }
        return out.toString();
    }

    private static void quoted(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }

    /** One journey's part of the index, and the touchpoints it was made for. */
    private record Part(List<Touchpoint> shown, String json) {}

    /**
     * The journeys' parts of the index from the last build of a process that builds again (see
     * {@link SiteMemory}), with the messages and team names they were made with.
     */
    static final class Memo {
        private Map<String, String> texts = Map.of();
        private Map<String, String> teams = Map.of();
        private Map<Journey, Part> parts = Map.of();

        /** The parts made with {@code texts} and {@code teams}; none when those differ. */
        synchronized Map<Journey, Part> parts(Map<String, String> texts, Map<String, String> teams) {
            return texts.equals(this.texts) && teams.equals(this.teams) ? parts : Map.of();
        }

        synchronized void keep(Map<String, String> texts, Map<String, String> teams, Map<Journey, Part> parts) {
            this.texts = Map.copyOf(texts);
            this.teams = Map.copyOf(teams);
            this.parts = parts;
        }
    }

    static String script(String json) {
        return "window.JOURNEY_SEARCH_INDEX = " + json.strip() + ";\n";
    }
}
