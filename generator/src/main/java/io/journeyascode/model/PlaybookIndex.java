package io.journeyascode.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Lookups over a playbook through maps, built once: journeys by id, touchpoints by reference,
 * and measurement series by metric. When ids are duplicated the first in file order wins (the
 * duplicate is a finding of its own).
 */
public final class PlaybookIndex {

    private final Playbook playbook;
    private final Map<String, Journey> journeys = new LinkedHashMap<>();
    /** Touchpoints by journey id, then touchpoint id (no key made per lookup: pages and rules ask often). */
    private final Map<String, Map<String, TouchpointRef>> touchpoints;
    /** Measurement series by journey id, touchpoint id, then metric key. */
    private final Map<String, Map<String, Map<String, List<Measurement>>>> series;

    /** The index last made by {@link #of}, held weakly: the rules and the site share one. */
    private static volatile java.lang.ref.WeakReference<PlaybookIndex> last = new java.lang.ref.WeakReference<>(null);

    /**
     * The index of {@code playbook}: the one made last when it was made for this very playbook
     * object (the rules and then the site of one build), else a new one.
     */
    public static PlaybookIndex of(Playbook playbook) {
        PlaybookIndex index = last.get();
        if (index == null || index.playbook != playbook) {
            index = new PlaybookIndex(playbook);
            last = new java.lang.ref.WeakReference<>(index);
        }
        return index;
    }

    public PlaybookIndex(Playbook playbook) {
        this.playbook = playbook;
        // The measurement series do not depend on the journeys: built on another thread meanwhile.
        CompletableFuture<Map<String, Map<String, Map<String, List<Measurement>>>>> seriesLater =
                CompletableFuture.supplyAsync(() -> series(playbook.measurements()));
        for (Journey journey : playbook.journeys()) {
            journeys.putIfAbsent(journey.id().value(), journey);
        }
        touchpoints = new HashMap<>(journeys.size() * 4 / 3 + 1);
        for (Journey journey : journeys.values()) {
            Map<String, TouchpointRef> own = new HashMap<>(journey.touchpoints().size() * 4 / 3 + 1);
            for (Touchpoint tp : journey.touchpoints()) {
                own.putIfAbsent(tp.id().value(), new TouchpointRef(journey, tp));
            }
            touchpoints.put(journey.id().value(), own);
        }
        series = seriesLater.join();
    }

    private static Map<String, Map<String, Map<String, List<Measurement>>>> series(List<Measurement> measurements) {
        Map<String, Map<String, Map<String, List<Measurement>>>> series = new HashMap<>();
        List<List<Measurement>> all = new ArrayList<>();
        for (Measurement m : measurements) {
            series.computeIfAbsent(m.journey(), k -> new HashMap<>())
                    .computeIfAbsent(m.touchpoint(), k -> new HashMap<>())
                    .computeIfAbsent(m.metric(), k -> {
                        List<Measurement> list = new ArrayList<>();
                        all.add(list);
                        return list;
                    })
                    .add(m);
        }
        // Oldest first; on the same date the later row in the files wins as "newest".
        Comparator<Measurement> byDate = Comparator.comparing(Measurement::date)
                .thenComparing(m -> m.span().file())
                .thenComparingInt(m -> m.span().line());
        all.forEach(list -> list.sort(byDate));
        return series;
    }

    public Playbook playbook() {
        return playbook;
    }

    public Optional<Journey> journey(String id) {
        return Optional.ofNullable(journeys.get(id));
    }

    public Optional<TouchpointRef> touchpoint(String journeyId, String touchpointId) {
        Map<String, TouchpointRef> own = touchpoints.get(journeyId);
        return Optional.ofNullable(own == null ? null : own.get(touchpointId));
    }

    /**
     * Resolves a {@code leads_to} / {@code sets_expectations_for} reference written in
     * {@code from}: a touchpoint id of the same journey, or {@code journey-id/touchpoint-id}.
     */
    public Optional<TouchpointRef> resolve(Journey from, String reference) {
        int slash = reference.indexOf('/');
        if (slash < 0) {
            return touchpoint(from.id().value(), reference);
        }
        return touchpoint(reference.substring(0, slash), reference.substring(slash + 1));
    }

    /** The measurements of a metric, oldest first. */
    public List<Measurement> measurements(Journey journey, Touchpoint touchpoint, Metric metric) {
        Map<String, Map<String, List<Measurement>>> byTouchpoint =
                series.get(journey.id().value());
        Map<String, List<Measurement>> byMetric =
                byTouchpoint == null ? null : byTouchpoint.get(touchpoint.id().value());
        List<Measurement> values = byMetric == null ? null : byMetric.get(metric.key());
        return values == null ? List.of() : values;
    }

    /** The metric's actual: the newest measurement, else the {@code actual} written in YAML. */
    public Optional<Double> actual(Journey journey, Touchpoint touchpoint, Metric metric) {
        List<Measurement> values = measurements(journey, touchpoint, metric);
        if (!values.isEmpty()) {
            return Optional.of(values.get(values.size() - 1).value());
        }
        return metric.actual().map(Located::value);
    }

    /** The date of the newest measurement, when the metric has any. */
    public Optional<LocalDate> lastMeasured(Journey journey, Touchpoint touchpoint, Metric metric) {
        List<Measurement> values = measurements(journey, touchpoint, metric);
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.get(values.size() - 1).date());
    }
}
