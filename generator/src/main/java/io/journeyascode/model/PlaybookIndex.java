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
 * and measurement series by metric. When journeys share an id, the one the id belongs to is
 * the first in file order whose file is named after it ({@code grocery-order.yaml} keeps
 * {@code grocery-order} when a copy of it under another name still says {@code id: grocery-order}),
 * else the first in file order; the others are findings of their own ({@code duplicate-id}) and
 * their references to their own touchpoints still resolve to those. When touchpoint ids are
 * duplicated in a journey the first wins.
 */
public final class PlaybookIndex {

    private final Playbook playbook;
    private final Map<String, Journey> journeys = new LinkedHashMap<>();
    /** {@code journeys}' values, once: see {@link #journeys()}. */
    private final List<Journey> owners;
    /** Touchpoints by journey id, then touchpoint id (no key made per lookup: pages and rules ask often). */
    private final Map<String, Map<String, TouchpointRef>> touchpoints;
    /** Measurement series by journey id, touchpoint id, then the metric they measure; oldest first. */
    private final Map<String, Map<String, Map<Metric, List<Measurement>>>> series;
    /** The rows that name one metric but do not count for it, in file order. */
    private final List<RejectedMeasurement> rejected;

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
        // The rows are grouped by what they name on another thread meanwhile.
        CompletableFuture<Map<String, Map<String, Map<String, List<Measurement>>>>> rowsLater =
                CompletableFuture.supplyAsync(() -> byColumns(playbook.measurements()));
        for (Journey journey : playbook.journeys()) {
            String id = journey.id().value();
            Journey first = journeys.putIfAbsent(id, journey);
            if (first != null
                    && !first.fileStem().equals(id)
                    && journey.fileStem().equals(id)) {
                journeys.put(id, journey); // keeps the id's place in the order
            }
        }
        owners = List.copyOf(journeys.values());
        touchpoints = new HashMap<>(journeys.size() * 4 / 3 + 1);
        for (Journey journey : journeys.values()) {
            Map<String, TouchpointRef> own = new HashMap<>(journey.touchpoints().size() * 4 / 3 + 1);
            for (Touchpoint tp : journey.touchpoints()) {
                own.putIfAbsent(tp.id().value(), new TouchpointRef(journey, tp));
            }
            touchpoints.put(journey.id().value(), own);
        }
        List<RejectedMeasurement> out = new ArrayList<>();
        series = series(rowsLater.join(), out);
        out.sort(Comparator.comparing(RejectedMeasurement::row, IN_FILE_ORDER));
        rejected = List.copyOf(out);
    }

    /** The rows by the journey, touchpoint and metric column they name, as written. */
    private static Map<String, Map<String, Map<String, List<Measurement>>>> byColumns(List<Measurement> measurements) {
        Map<String, Map<String, Map<String, List<Measurement>>>> rows = new HashMap<>();
        for (Measurement m : measurements) {
            rows.computeIfAbsent(m.journey(), k -> new HashMap<>())
                    .computeIfAbsent(m.touchpoint(), k -> new HashMap<>())
                    .computeIfAbsent(m.metric(), k -> new ArrayList<>())
                    .add(m);
        }
        return rows;
    }

    /**
     * The series of each metric: the rows whose metric column names it alone (SPEC §5; see
     * {@link Touchpoint#metricsNamed}) and whose value is in its type's range, one a date. Rows
     * naming nothing, or several metrics, count for none; those out of range, or giving a date
     * another value than an earlier row, go to {@code rejected}.
     */
    private Map<String, Map<String, Map<Metric, List<Measurement>>>> series(
            Map<String, Map<String, Map<String, List<Measurement>>>> rows, List<RejectedMeasurement> rejected) {
        Map<String, Map<String, Map<Metric, List<Measurement>>>> series = new HashMap<>();
        rows.forEach((journeyId, byTouchpoint) -> byTouchpoint.forEach((touchpointId, byColumn) -> {
            Optional<TouchpointRef> ref = touchpoint(journeyId, touchpointId);
            if (ref.isEmpty()) {
                return;
            }
            Map<Metric, List<Measurement>> byMetric = new HashMap<>();
            byColumn.forEach((column, list) -> {
                List<Metric> named = ref.get().touchpoint().metricsNamed(column);
                if (named.size() == 1) {
                    Metric metric = named.get(0);
                    for (Measurement row : list) {
                        if (metric.type().value().inRange(row.value())) {
                            byMetric.computeIfAbsent(metric, k -> new ArrayList<>())
                                    .add(row);
                        } else {
                            rejected.add(new RejectedMeasurement.OutOfRange(row, ref.get(), metric));
                        }
                    }
                }
            });
            byMetric.replaceAll((metric, list) -> oneValueADate(list, ref.get(), metric, rejected));
            series.computeIfAbsent(journeyId, k -> new HashMap<>()).put(touchpointId, byMetric);
        }));
        return series;
    }

    private static final Comparator<Measurement> IN_FILE_ORDER =
            Comparator.comparing(Measurement::span, Comparator.<Span>naturalOrder());

    /**
     * A metric's rows, oldest first, one a date: a row that repeats its date's value adds nothing;
     * rows that give a date different values are rejected after the first, and the date is left
     * out, whatever the files' names and order.
     */
    private static List<Measurement> oneValueADate(
            List<Measurement> rows, TouchpointRef ref, Metric metric, List<RejectedMeasurement> rejected) {
        rows.sort(IN_FILE_ORDER);
        Map<LocalDate, List<Measurement>> byDate = new HashMap<>();
        for (Measurement row : rows) {
            byDate.computeIfAbsent(row.date(), k -> new ArrayList<>(1)).add(row);
        }
        List<Measurement> series = new ArrayList<>(byDate.size());
        for (List<Measurement> sameDate : byDate.values()) {
            Measurement first = sameDate.get(0);
            // a later row is told of the first row when its value differs from the first's, else of
            // the first row that differs (the earliest row it contradicts, either way)
            Measurement otherValue = null;
            for (Measurement row : sameDate.subList(1, sameDate.size())) {
                if (row.value() != first.value()) {
                    rejected.add(new RejectedMeasurement.SameDay(row, ref, metric, first));
                    otherValue = otherValue == null ? row : otherValue;
                } else if (otherValue != null) {
                    rejected.add(new RejectedMeasurement.SameDay(row, ref, metric, otherValue));
                }
            }
            if (otherValue == null) {
                series.add(first);
            }
        }
        series.sort(Comparator.comparing(Measurement::date));
        return series;
    }

    /**
     * One journey for each id, in the order the ids first appear in file order: the one the id
     * belongs to (see the class comment). What the site shows, the diagrams draw and the diff compares.
     */
    public List<Journey> journeys() {
        return owners;
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
            if (journeys.get(from.id().value()) != from) {
                // a journey whose id another journey has: its own touchpoints, not the other's
                return from.touchpoints().stream()
                        .filter(tp -> tp.id().value().equals(reference))
                        .findFirst()
                        .map(tp -> new TouchpointRef(from, tp));
            }
            return touchpoint(from.id().value(), reference);
        }
        return touchpoint(reference.substring(0, slash), reference.substring(slash + 1));
    }

    /** The rows that name one metric but do not count for it, in file order. */
    public List<RejectedMeasurement> rejected() {
        return rejected;
    }

    /** The measurements of a metric, oldest first. */
    public List<Measurement> measurements(Journey journey, Touchpoint touchpoint, Metric metric) {
        Map<String, Map<Metric, List<Measurement>>> byTouchpoint =
                series.get(journey.id().value());
        Map<Metric, List<Measurement>> byMetric =
                byTouchpoint == null ? null : byTouchpoint.get(touchpoint.id().value());
        List<Measurement> values = byMetric == null ? null : byMetric.get(metric);
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

    /**
     * Whether the metric's actual value is worse than its target (for CES, and a custom metric with
     * {@code better: lower}, a higher value is worse); false without a target or an actual.
     */
    public boolean shortOfTarget(Journey journey, Touchpoint touchpoint, Metric metric) {
        if (metric.target().isEmpty()) {
            return false;
        }
        Optional<Double> actual = actual(journey, touchpoint, metric);
        return actual.isPresent() && metric.worseThan(metric.target().get().value(), actual.get());
    }

    /** Whether any metric of the touchpoint is {@link #shortOfTarget short of its target}. */
    public boolean shortOfTarget(Journey journey, Touchpoint touchpoint) {
        for (Metric metric : touchpoint.metrics()) {
            if (shortOfTarget(journey, touchpoint, metric)) {
                return true;
            }
        }
        return false;
    }

    /** The date of the newest measurement, when the metric has any. */
    public Optional<LocalDate> lastMeasured(Journey journey, Touchpoint touchpoint, Metric metric) {
        List<Measurement> values = measurements(journey, touchpoint, metric);
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.get(values.size() - 1).date());
    }
}
