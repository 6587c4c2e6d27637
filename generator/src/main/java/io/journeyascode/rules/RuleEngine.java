package io.journeyascode.rules;

import io.journeyascode.load.LoadResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every rule of the catalogue over a loaded playbook, applies waivers and the severity
 * overrides of playbook.yaml, and returns all findings (the loader's too) sorted as SPEC §6.
 */
public final class RuleEngine {

    private static final String OFF = "off";

    private RuleEngine() {}

    /**
     * The journey files that could not be read (a yaml-syntax error, no journey from them), by the
     * id their name gives: references to them are then no riddle ("does not exist").
     */
    static Map<String, String> unreadable(LoadResult loaded) {
        Set<String> read = new HashSet<>();
        loaded.playbook().journeys().forEach(j -> read.add(j.file()));
        Map<String, String> unreadable = new java.util.TreeMap<>();
        for (Finding f : loaded.findings()) {
            String file = f.span().file();
            if (f.rule().equals(io.journeyascode.model.RuleIds.YAML_SYNTAX)
                    && (file.endsWith(".yaml") || file.endsWith(".yml"))
                    && !file.equals(io.journeyascode.model.PlaybookConfig.FILE_NAME)
                    && !read.contains(file)) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                unreadable.putIfAbsent(name.substring(0, name.lastIndexOf('.')), file);
            }
        }
        return unreadable;
    }

    public static List<Finding> check(LoadResult loaded, LocalDate today) {
        Playbook playbook = loaded.playbook();
        RuleContext context = new RuleContext(playbook, PlaybookIndex.of(playbook), today, unreadable(loaded));
        Map<String, String> levels = levels(playbook);

        // The rules share only read-only data, so they run in parallel; each writes its own
        // list and the lists are joined in catalogue order, so the result does not depend on timing.
        List<List<Reported>> perRule = RuleCatalogue.all().parallelStream()
                .map(rule -> {
                    List<Reported> out = new ArrayList<>();
                    // A rule that is off does not run, so a waiver of it counts as unused.
                    if (!OFF.equals(levels.get(rule.id()))) {
                        rule.check(context, new Sink(rule, out));
                    }
                    return out;
                })
                .toList();
        List<Reported> reported = new ArrayList<>();
        perRule.forEach(reported::addAll);

        Map<Touchpoint, Set<String>> fired = new IdentityHashMap<>();
        Map<Journey, Set<String>> firedOnJourney = new IdentityHashMap<>();
        for (Reported r : reported) {
            if (r.touchpoint().isPresent()) {
                fired.computeIfAbsent(r.touchpoint().get(), k -> new HashSet<>())
                        .add(r.finding().rule());
            } else {
                r.journey().ifPresent(j -> firedOnJourney
                        .computeIfAbsent(j, k -> new HashSet<>())
                        .add(r.finding().rule()));
            }
        }
        List<Finding> findings = new ArrayList<>(loaded.findings());
        List<Finding> ruleFindings = new ArrayList<>();
        for (Reported r : reported) {
            if (!isWaived(r, today)) {
                ruleFindings.add(r.finding());
            }
        }
        findings.addAll(oneMistakeOneFinding(findings, ruleFindings));
        Rule unused = RuleCatalogue.byId(RuleIds.WAIVER_UNUSED).orElseThrow();
        if (!OFF.equals(levels.get(unused.id()))) {
            List<Reported> unusedWaivers = new ArrayList<>();
            ((WaiverUnusedRule) unused)
                    .checkWaivers(
                            context,
                            new Sink(unused, unusedWaivers),
                            (tp, rule) -> fired.getOrDefault(tp, Set.of()).contains(rule),
                            (journey, rule) -> firedOnJourney
                                    .getOrDefault(journey, Set.of())
                                    .contains(rule),
                            offRules(levels));
            unusedWaivers.forEach(r -> findings.add(r.finding()));
        }
        return findings.stream()
                .map(f -> override(f, levels))
                .flatMap(Optional::stream)
                .sorted()
                .toList();
    }

    /**
     * The rules' findings, but for an unknown reference at the very place of a loader's {@code
     * schema} error: the loader read the value as it was meant ({@code leads_to: [a/b/c]} as
     * {@code b/c}, {@code "x\u0007"} as {@code x}, {@code owner: Web Team} as {@code web-team},
     * {@code leads_to: Check Out, landing} as {@code [check-out, landing]}) and what it read names
     * nothing. That is one mistake, and one finding: the loader's, which
     * says what is wrong with the text as written, in {@code loaded} (changed in place), its
     * advice to write the value it read ({@link Finding.ReadAs}) replaced by the rule's, which
     * knows what exists.
     */
    static List<Finding> oneMistakeOneFinding(List<Finding> loaded, List<Finding> ruleFindings) {
        Map<Span, Integer> schemaErrors = new HashMap<>();
        for (int i = 0; i < loaded.size(); i++) {
            Finding f = loaded.get(i);
            if (f.rule().equals(RuleIds.SCHEMA) && f.severity() == Severity.ERROR) {
                // two of them at one place: which one the rule's finding belongs to is unknown
                schemaErrors.merge(f.span(), i, (a, b) -> -1);
            }
        }
        Map<Span, Integer> references = new HashMap<>();
        for (Finding f : ruleFindings) {
            if (f.rule().equals(RuleIds.UNKNOWN_REFERENCE)) {
                references.merge(f.span(), 1, Integer::sum);
            }
        }
        List<Finding> kept = new ArrayList<>(ruleFindings.size());
        for (Finding f : ruleFindings) {
            Integer at = schemaErrors.get(f.span());
            // one reference read from the value that names nothing (of `leads_to: a, b`, two that
            // name nothing are each a mistake of their own)
            if (at == null || at < 0 || !f.rule().equals(RuleIds.UNKNOWN_REFERENCE) || references.get(f.span()) != 1) {
                kept.add(f);
                continue;
            }
            Finding schema = loaded.get(at);
            loaded.set(
                    at,
                    new Finding(
                            schema.rule(),
                            schema.severity(),
                            schema.span(),
                            schema.journey().or(f::journey),
                            schema.touchpoint().or(f::touchpoint),
                            joined(schema, f.message())));
        }
        return kept;
    }

    /**
     * The loader's message with its advice to write the value it read replaced by the rule's
     * message about that value; a loader's finding that read nothing else (a control character
     * taken out) is told the rule's message after its own.
     */
    static String joined(Finding loader, String rule) {
        return loader.readAs()
                .map(read -> read.fault() + "; `" + read.value() + "` would not do either: " + rule)
                .orElseGet(() -> loader.message() + "; even without it, " + rule);
    }

    /**
     * Whether an unexpired waiver names the finding's rule: on the finding's touchpoint, or on its
     * journey for a finding about the whole journey.
     */
    private static boolean isWaived(Reported reported, LocalDate today) {
        String rule = reported.finding().rule();
        // Waivers are about the journey's content, never about waivers themselves, and cannot lower
        // what is always an error (RuleIds.NEVER_WAIVED), as playbook.yaml cannot.
        if (rule.equals(RuleIds.WAIVER_EXPIRED)
                || rule.equals(RuleIds.WAIVER_UNUSED)
                || RuleIds.NEVER_WAIVED.contains(rule)) {
            return false;
        }
        // a journey's own waivers are for its findings as a whole (phase-gap, single-channel,
        // no-peak-moment), not for what it names (an unknown owner) or any other rule
        List<Waiver> waivers = reported.touchpoint()
                .map(Touchpoint::waivers)
                .or(() -> reported.journey()
                        .filter(j -> WaiverUnusedRule.JOURNEY_RULES.contains(rule))
                        .map(Journey::waivers))
                .orElse(List.of());
        for (Waiver waiver : waivers) {
            if (waiver.rule().value().equals(rule) && !waiver.until().value().isBefore(today)) {
                return true;
            }
        }
        return false;
    }

    /** The configured level per rule id: error, warning, info or off; other values are ignored. */
    private static Map<String, String> levels(Playbook playbook) {
        return levels(playbook.config());
    }

    /**
     * The level playbook.yaml sets per rule id (error, warning, info or off), as the rules run
     * with it; a rule it does not name has its default.
     */
    public static Map<String, String> levels(io.journeyascode.model.PlaybookConfig config) {
        Map<String, String> levels = new HashMap<>();
        for (Map.Entry<String, Located<String>> e : config.ruleSeverities().entrySet()) {
            String level = e.getValue().value();
            if (OFF.equals(level) || Severity.parse(level).isPresent()) {
                levels.put(e.getKey(), level);
            }
        }
        return levels;
    }

    private static Set<String> offRules(Map<String, String> levels) {
        Set<String> off = new HashSet<>();
        levels.forEach((rule, level) -> {
            if (OFF.equals(level)) {
                off.add(rule);
            }
        });
        return off;
    }

    /** The findings as playbook.yaml's levels make them: at the level it sets, or gone when a rule is off. */
    public static List<Finding> withLevels(List<Finding> findings, io.journeyascode.model.PlaybookConfig config) {
        Map<String, String> levels = levels(config);
        return findings.stream()
                .map(f -> override(f, levels))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Finding> override(Finding finding, Map<String, String> levels) {
        String level = levels.get(finding.rule());
        if (level == null) {
            return Optional.of(finding);
        }
        if (OFF.equals(level)) {
            return Optional.empty();
        }
        return Optional.of(finding.withSeverity(Severity.parse(level).orElseThrow()));
    }

    /** A rule's finding with the journey and touchpoint objects it is about, for waivers. */
    private record Reported(Finding finding, Optional<Journey> journey, Optional<Touchpoint> touchpoint) {}

    /** Turns a rule's reports into findings of that rule at its default severity. */
    private static final class Sink implements FindingSink {
        private final Rule rule;
        private final List<Reported> out;

        Sink(Rule rule, List<Reported> out) {
            this.rule = rule;
            this.out = out;
        }

        @Override
        public void report(Span span, Journey journey, Touchpoint touchpoint, Message message) {
            out.add(new Reported(
                    finding(
                            span,
                            Optional.of(journey.id().value()),
                            Optional.of(touchpoint.id().value()),
                            message),
                    Optional.of(journey),
                    Optional.of(touchpoint)));
        }

        @Override
        public void report(Span span, Journey journey, Message message) {
            out.add(new Reported(
                    finding(span, Optional.of(journey.id().value()), Optional.empty(), message),
                    Optional.of(journey),
                    Optional.empty()));
        }

        @Override
        public void report(Span span, Message message) {
            out.add(new Reported(
                    finding(span, Optional.empty(), Optional.empty(), message), Optional.empty(), Optional.empty()));
        }

        private Finding finding(Span span, Optional<String> journey, Optional<String> touchpoint, Message message) {
            return new Finding(
                    rule.id(),
                    rule.defaultSeverity(),
                    span,
                    journey,
                    touchpoint,
                    FindingMessages.english(message),
                    Optional.of(message));
        }
    }
}
