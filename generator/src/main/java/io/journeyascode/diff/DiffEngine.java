package io.journeyascode.diff;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.diff.PlaybookDiff.Change;
import io.journeyascode.diff.PlaybookDiff.Coverage;
import io.journeyascode.diff.PlaybookDiff.JourneyEntry;
import io.journeyascode.diff.PlaybookDiff.Move;
import io.journeyascode.diff.PlaybookDiff.TouchpointEntry;
import io.journeyascode.diff.PlaybookDiff.UnreadableEntry;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.report.FindingKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two validated versions of a journeys folder. Journeys are matched by id, touchpoints
 * by id within their journey, metrics by type (or custom name), and findings by rule, journey,
 * touchpoint and message with line numbers left out (by file for findings outside journeys), so
 * that moving lines changes nothing. A journey whose file one side cannot read is reported as
 * such, not as added or removed.
 */
public final class DiffEngine {

    private DiffEngine() {}

    public static PlaybookDiff compare(ValidationResult base, ValidationResult head) {
        Map<String, Journey> before = journeys(base.playbook());
        Map<String, Journey> after = journeys(head.playbook());
        Set<String> unreadableBefore = unreadableFiles(base);
        Set<String> unreadableAfter = unreadableFiles(head);
        List<JourneyEntry> added = new ArrayList<>();
        List<JourneyEntry> removed = new ArrayList<>();
        Map<String, UnreadableEntry> unreadable = new TreeMap<>();
        List<JourneyEntry> readableAgain = new ArrayList<>();
        List<TouchpointEntry> tpAdded = new ArrayList<>();
        List<TouchpointEntry> tpRemoved = new ArrayList<>();
        List<Move> moved = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Journey b = before.get(id);
            Journey h = after.get(id);
            if (b == null) {
                (unreadableBefore.contains(h.file()) ? readableAgain : added).add(entry(h));
            } else if (h == null) {
                if (unreadableAfter.contains(b.file())) {
                    unreadable.put(b.file(), new UnreadableEntry(b.file(), Optional.of(entry(b))));
                } else {
                    removed.add(entry(b));
                }
            } else {
                compareJourney(b, h, changes);
                compareTouchpoints(b, h, tpAdded, tpRemoved, moved, changes);
            }
        }
        for (String file : unreadableAfter) {
            if (!unreadableBefore.contains(file)) {
                unreadable.putIfAbsent(file, new UnreadableEntry(file, Optional.empty()));
            }
        }
        Map<String, List<Finding>> baseFindings = byKey(base.findings());
        Map<String, List<Finding>> headFindings = byKey(head.findings());
        // The base's findings of a journey the head cannot read are unknown now, not resolved.
        Set<String> unread = new HashSet<>();
        unreadable.values().forEach(u -> u.before().ifPresent(j -> unread.add(j.id())));
        List<Finding> resolved = unmatched(baseFindings, headFindings);
        resolved.removeIf(f -> f.journey().filter(unread::contains).isPresent());
        return new PlaybookDiff(
                added,
                removed,
                List.copyOf(unreadable.values()),
                readableAgain,
                tpAdded,
                tpRemoved,
                moved,
                changes,
                unmatched(headFindings, baseFindings),
                resolved,
                coverage(base.playbook()),
                coverage(head.playbook()),
                base.checkedNothing() && head.checkedNothing());
    }

    private static void compareJourney(Journey b, Journey h, List<Change> changes) {
        String id = h.id().value();
        change(
                changes,
                id,
                null,
                "title",
                Optional.of(b.title().value()),
                Optional.of(h.title().value()));
        change(changes, id, null, "owner", value(b.owner()), value(h.owner()));
        change(changes, id, null, "persona", value(b.persona()), value(h.persona()));
        change(changes, id, null, "target_emotions", joined(b.targetEmotions()), joined(h.targetEmotions()));
    }

    private static void compareTouchpoints(
            Journey b,
            Journey h,
            List<TouchpointEntry> added,
            List<TouchpointEntry> removed,
            List<Move> moved,
            List<Change> changes) {
        Map<String, Touchpoint> before = touchpoints(b);
        Map<String, Touchpoint> after = touchpoints(h);
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        String journey = h.id().value();
        for (String id : ids) {
            Touchpoint tb = before.get(id);
            Touchpoint th = after.get(id);
            if (tb == null) {
                added.add(entry(h, th));
                continue;
            }
            if (th == null) {
                removed.add(entry(b, tb));
                continue;
            }
            String fromStage = stage(b, tb);
            String toStage = stage(h, th);
            if (!fromStage.equals(toStage)) {
                moved.add(new Move(journey, id, th.name().value(), fromStage, toStage));
            }
            change(
                    changes,
                    journey,
                    id,
                    "name",
                    Optional.of(tb.name().value()),
                    Optional.of(th.name().value()));
            change(
                    changes,
                    journey,
                    id,
                    "channel",
                    Optional.of(tb.channel().value()),
                    Optional.of(th.channel().value()));
            change(changes, journey, id, "owner", value(b.ownerOf(tb)), value(h.ownerOf(th)));
            change(
                    changes,
                    journey,
                    id,
                    "critical",
                    Optional.of(yesNo(tb.isCritical())),
                    Optional.of(yesNo(th.isCritical())));
            change(changes, journey, id, "ownership", Optional.of(ownership(tb)), Optional.of(ownership(th)));
            change(changes, journey, id, "target_emotion", value(tb.targetEmotion()), value(th.targetEmotion()));
            items(changes, journey, id, "expectations", strings(tb.expectations()), strings(th.expectations()));
            metrics(changes, journey, id, tb, th);
        }
    }

    private static void metrics(List<Change> changes, String journey, String touchpoint, Touchpoint b, Touchpoint h) {
        Map<String, Metric> before = byIdentity(b.metrics());
        Map<String, Metric> after = byIdentity(h.metrics());
        for (Map.Entry<String, Metric> m : before.entrySet()) {
            Metric now = after.get(m.getKey());
            change(
                    changes,
                    journey,
                    touchpoint,
                    "metrics",
                    Optional.of(metric(m.getValue())),
                    Optional.ofNullable(now).map(DiffEngine::metric));
        }
        for (Map.Entry<String, Metric> m : after.entrySet()) {
            if (!before.containsKey(m.getKey())) {
                change(changes, journey, touchpoint, "metrics", Optional.empty(), Optional.of(metric(m.getValue())));
            }
        }
    }

    /** List items removed (in base order), then added (in head order), counted as multisets. */
    private static void items(
            List<Change> changes, String journey, String touchpoint, String field, List<String> b, List<String> h) {
        List<String> removed = new ArrayList<>(b);
        List<String> added = new ArrayList<>();
        for (String item : h) {
            if (!removed.remove(item)) {
                added.add(item);
            }
        }
        removed.forEach(item -> changes.add(
                new Change(journey, Optional.ofNullable(touchpoint), field, Optional.of(item), Optional.empty())));
        added.forEach(item -> changes.add(
                new Change(journey, Optional.ofNullable(touchpoint), field, Optional.empty(), Optional.of(item))));
    }

    private static void change(
            List<Change> changes,
            String journey,
            String touchpoint,
            String field,
            Optional<String> b,
            Optional<String> h) {
        if (!b.equals(h)) {
            changes.add(new Change(journey, Optional.ofNullable(touchpoint), field, b, h));
        }
    }

    /** Findings of {@code side} that have no counterpart in {@code other}, sorted. */
    private static List<Finding> unmatched(Map<String, List<Finding>> side, Map<String, List<Finding>> other) {
        List<Finding> result = new ArrayList<>();
        side.forEach((key, findings) -> {
            int matched = other.getOrDefault(key, List.of()).size();
            result.addAll(findings.subList(Math.min(matched, findings.size()), findings.size()));
        });
        result.sort(null);
        return result;
    }

    private static Map<String, List<Finding>> byKey(List<Finding> findings) {
        Map<String, List<Finding>> map = new LinkedHashMap<>();
        findings.stream().sorted().forEach(f -> map.computeIfAbsent(matchKey(f), k -> new ArrayList<>())
                .add(f));
        return map;
    }

    /** Findings in a journey are identified without their file, so that renaming a file keeps them. */
    static String matchKey(Finding f) {
        String where = f.journey().isPresent()
                ? "j:" + f.journey().get()
                : "f:" + f.span().file();
        return String.join("\u0000", f.rule(), where, f.touchpoint().orElse(""), FindingKeys.subject(f));
    }

    static Coverage coverage(Playbook playbook) {
        int critical = 0;
        int measured = 0;
        int all = 0;
        int described = 0;
        for (Journey j : playbook.journeys()) {
            for (Touchpoint tp : j.touchpoints()) {
                all++;
                described += tp.expectations().isEmpty() ? 0 : 1;
                if (tp.isCritical()) {
                    critical++;
                    measured += tp.metrics().isEmpty() ? 0 : 1;
                }
            }
        }
        return new Coverage(critical, measured, all, described);
    }

    private static JourneyEntry entry(Journey j) {
        return new JourneyEntry(
                j.id().value(), j.title().value(), j.file(), j.touchpoints().size());
    }

    private static TouchpointEntry entry(Journey j, Touchpoint tp) {
        return new TouchpointEntry(
                j.id().value(),
                tp.id().value(),
                tp.name().value(),
                stage(j, tp),
                tp.isCritical(),
                !tp.metrics().isEmpty());
    }

    /**
     * The journey files the loader found but read no journey from (a YAML syntax error, an
     * empty file, a list instead of a mapping): each has a loader finding that says why.
     */
    private static Set<String> unreadableFiles(ValidationResult result) {
        Set<String> read = new HashSet<>();
        result.playbook().journeys().forEach(j -> read.add(j.file()));
        Set<String> unreadable = new TreeSet<>();
        for (Finding f : result.findings()) {
            String file = f.span().file();
            boolean fromLoader =
                    f.rule().equals(RuleIds.YAML_SYNTAX) || f.rule().equals(RuleIds.SCHEMA);
            if (fromLoader
                    && (file.endsWith(".yaml") || file.endsWith(".yml"))
                    && !file.equals(PlaybookConfig.FILE_NAME)
                    && !read.contains(file)) {
                unreadable.add(file);
            }
        }
        return unreadable;
    }

    /** Journeys by id; with duplicated ids the journey the id belongs to, as in PlaybookIndex. */
    private static Map<String, Journey> journeys(Playbook playbook) {
        return new TreeMap<>(
                byFirstKey(io.journeyascode.model.PlaybookIndex.of(playbook).journeys(), j -> j.id().value()));
    }

    private static Map<String, Touchpoint> touchpoints(Journey journey) {
        return byFirstKey(journey.touchpoints(), tp -> tp.id().value());
    }

    /**
     * A touchpoint's metrics by what tells them apart: the type (or a custom metric's name), and
     * for metrics that share it, also their name, else their place among them. Two CSAT metrics
     * (`Checkout CSAT`, `Delivery CSAT`) are two metrics; the second was left out before.
     */
    private static Map<String, Metric> byIdentity(List<Metric> metrics) {
        Map<String, Integer> shared = new HashMap<>();
        metrics.forEach(m -> shared.merge(m.key(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Metric> map = new LinkedHashMap<>();
        for (Metric m : metrics) {
            String key = m.key();
            int place = seen.merge(key, 1, Integer::sum);
            if (shared.get(key) > 1) {
                key = key + " " + m.name().map(n -> "`" + n.value() + "`").orElse("#" + place);
            }
            map.putIfAbsent(key, m);
        }
        return map;
    }

    private static <T> Map<String, T> byFirstKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static String stage(Journey journey, Touchpoint tp) {
        return journey.stageOf(tp).map(s -> s.id().value()).orElse("");
    }

    private static String ownership(Touchpoint tp) {
        Ownership o = tp.ownership().value();
        return tp.provider().isPresent() && o != Ownership.OWNED
                ? o.yaml() + " (" + tp.provider().get().value() + ")"
                : o.yaml();
    }

    private static String metric(Metric m) {
        // a custom metric's direction (`better: lower`) changes which values are good
        return m.label()
                + m.target().map(t -> " target " + number(t.value())).orElse("")
                + (m.type().value() == MetricType.CUSTOM && !m.higherIsBetter() ? ", lower is better" : "");
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static Optional<String> value(Optional<Located<String>> located) {
        return located.map(Located::value);
    }

    private static Optional<String> joined(List<Located<String>> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", strings(list)));
    }

    private static List<String> strings(List<Located<String>> list) {
        return list.stream().map(Located::value).toList();
    }
}
