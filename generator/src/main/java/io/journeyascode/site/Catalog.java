package io.journeyascode.site;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Team;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.TouchpointRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The lookups the pages need, computed once per build in a fixed order: which journeys,
 * touchpoints, teams and channels get a page (unique, file-safe ids, first in file order wins),
 * findings by journey and touchpoint, who sets whose expectations. Only ordered maps, so every
 * list drawn from here is in the same order on every run.
 */
final class Catalog {

    final Playbook playbook;
    final PlaybookConfig config;
    final PlaybookIndex index;
    final List<Finding> findings;
    final List<Journey> journeys = new ArrayList<>();
    final Map<String, List<Touchpoint>> touchpointsByJourney = new LinkedHashMap<>();
    final Map<String, List<Finding>> findingsByJourney = new TreeMap<>();
    final Map<String, List<Finding>> findingsByTouchpoint = new TreeMap<>();
    /** Team id → name, declared teams first (in their order), then owners met, sorted. */
    final Map<String, String> teams = new LinkedHashMap<>();

    final Map<String, List<TouchpointRef>> touchpointsByTeam = new LinkedHashMap<>();
    /** Channel id → touchpoints; the vocabulary's order first, then others met, sorted. */
    final Map<String, List<TouchpointRef>> touchpointsByChannel = new LinkedHashMap<>();

    final Map<String, List<TouchpointRef>> expectationsSetBy = new TreeMap<>();

    /** Team id → the pages of its listing (see {@link Paging}); at least one each. */
    final Map<String, List<List<TouchpointRef>>> teamPages = new LinkedHashMap<>();
    /** Channel id → the pages of its listing. */
    final Map<String, List<List<TouchpointRef>>> channelPages = new LinkedHashMap<>();

    Catalog(PlaybookIndex index, List<Finding> findings) {
        this(index, findings, Paging.PAGE_ROWS);
    }

    /**
     * How many of a team's critical touchpoints its first page lists in a table of their own (a
     * third of a page); the rest are marked Critical in the team's listing.
     */
    final int criticalShown;

    /** With {@code pageRows} rows at most on a page of a team or channel (tests: several pages from few rows). */
    Catalog(PlaybookIndex index, List<Finding> findings, int pageRows) {
        this.criticalShown = Math.max(1, pageRows / 3);
        this.index = index;
        this.playbook = index.playbook();
        this.config = playbook.config();
        this.findings = List.copyOf(findings);
        // of journeys that share an id, the one the index gives it to (duplicate-id tells the others)
        for (Journey journey : index.journeys()) {
            if (SitePaths.isSafeId(journey.id().value())) {
                journeys.add(journey);
            }
        }
        for (Journey journey : journeys) {
            Map<String, Touchpoint> tps = new LinkedHashMap<>();
            for (Touchpoint tp : journey.touchpoints()) {
                if (SitePaths.isSafeId(tp.id().value())) {
                    tps.putIfAbsent(tp.id().value(), tp);
                }
            }
            touchpointsByJourney.put(journey.id().value(), List.copyOf(tps.values()));
        }
        for (Finding f : this.findings) {
            if (f.journey().isPresent()) {
                String j = f.journey().get();
                if (f.touchpoint().isPresent() && hasPage(j, f.touchpoint().get())) {
                    findingsByTouchpoint
                            .computeIfAbsent(key(j, f.touchpoint().get()), k -> new ArrayList<>())
                            .add(f);
                }
                findingsByJourney.computeIfAbsent(j, k -> new ArrayList<>()).add(f);
            }
        }
        for (Team team : config.teams()) {
            teams.putIfAbsent(team.id().value(), team.name());
        }
        Map<String, List<TouchpointRef>> byTeam = new TreeMap<>();
        Map<String, List<TouchpointRef>> byChannel = new TreeMap<>();
        for (Journey journey : journeys) {
            for (Touchpoint tp : touchpoints(journey)) {
                TouchpointRef ref = new TouchpointRef(journey, tp);
                journey.ownerOf(tp).map(Located::value).ifPresent(owner -> byTeam.computeIfAbsent(
                                owner, k -> new ArrayList<>())
                        .add(ref));
                byChannel
                        .computeIfAbsent(tp.channel().value(), k -> new ArrayList<>())
                        .add(ref);
                for (Located<String> target : tp.setsExpectationsFor()) {
                    index.resolve(journey, target.value()).ifPresent(to -> expectationsSetBy
                            .computeIfAbsent(to.qualifiedId(), k -> new ArrayList<>())
                            .add(ref));
                }
            }
        }
        for (String owner : byTeam.keySet()) {
            teams.putIfAbsent(owner, owner);
        }
        teams.keySet().removeIf(id -> !SitePaths.isSafeId(id));
        for (String team : teams.keySet()) {
            touchpointsByTeam.put(team, byTeam.getOrDefault(team, List.of()));
        }
        for (String channel : config.channels()) {
            if (byChannel.containsKey(channel) && SitePaths.isSafeId(channel)) {
                touchpointsByChannel.put(channel, byChannel.get(channel));
            }
        }
        for (Map.Entry<String, List<TouchpointRef>> e : byChannel.entrySet()) {
            if (SitePaths.isSafeId(e.getKey())) {
                touchpointsByChannel.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        touchpointsByTeam.forEach((id, refs) -> teamPages.put(id, Paging.pages(refs, pageRows)));
        touchpointsByChannel.forEach((id, refs) -> channelPages.put(id, Paging.pages(refs, pageRows)));
    }

    static String key(String journey, String touchpoint) {
        return journey + "/" + touchpoint;
    }

    List<Touchpoint> touchpoints(Journey journey) {
        return touchpointsByJourney.getOrDefault(journey.id().value(), List.of());
    }

    boolean hasPage(String journey, String touchpoint) {
        return touchpointsByJourney.getOrDefault(journey, List.of()).stream()
                .anyMatch(tp -> tp.id().value().equals(touchpoint));
    }

    boolean hasJourneyPage(String journey) {
        return touchpointsByJourney.containsKey(journey);
    }

    /** The page of a touchpoint reference, when the touchpoint has one. */
    Optional<String> pageOf(TouchpointRef ref) {
        String j = ref.journey().id().value();
        String t = ref.touchpoint().id().value();
        return hasPage(j, t)
                        && index.touchpoint(j, t)
                                .map(r -> r.touchpoint() == ref.touchpoint())
                                .orElse(false)
                ? Optional.of(SitePaths.touchpoint(j, t))
                : Optional.empty();
    }

    List<Finding> findingsOf(Journey journey) {
        return findingsByJourney.getOrDefault(journey.id().value(), List.of());
    }

    List<Finding> findingsOf(Journey journey, Touchpoint tp) {
        return findingsByTouchpoint.getOrDefault(
                key(journey.id().value(), tp.id().value()), List.of());
    }
}
