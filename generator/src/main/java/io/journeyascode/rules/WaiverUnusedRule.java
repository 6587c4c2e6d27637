package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A valid waiver whose rule does not fire on its touchpoint, or that names a rule no waiver
 * silences. Whether a rule fired is only known once all rules ran, so the engine calls {@link
 * #checkWaivers} instead of {@link #check}.
 */
public final class WaiverUnusedRule implements Rule {

    private static final Set<String> KNOWN = Set.copyOf(RuleIds.ALL);

    /** Rules whose findings are about a journey as a whole: its own waivers silence them. */
    static final Set<String> JOURNEY_RULES =
            Set.of(RuleIds.PHASE_GAP, RuleIds.SINGLE_CHANNEL, RuleIds.NO_PEAK_MOMENT, RuleIds.MAP_TOO_LARGE);

    @Override
    public String id() {
        return RuleIds.WAIVER_UNUSED;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A waiver names a rule that does not fire on its touchpoint or journey (also when that rule is"
                + " `off`), or one that no waiver silences (`yaml-syntax`, `schema`, `duplicate-id`), or repeats"
                + " another waiver of the same rule in the same place.";
    }

    @Override
    public String rationale() {
        return "A waiver that waives nothing tells readers that a weakness was accepted where there is"
                + " none, and would silently hide the finding if the problem came back later.";
    }

    @Override
    public String fix() {
        return "Remove the waiver, or correct its `rule:` to the rule that fires on the touchpoint, e.g."
                + " `rule: critical-outsourced`; a waiver of `phase-gap`, `single-channel`, `no-peak-moment` or `map-too-large` goes"
                + " in the journey's own `waivers:`, beside `stages:`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        // Reported by the engine through checkWaivers, after every other rule ran.
    }

    /**
     * Reports each unexpired waiver whose rule is known and did not fire on its touchpoint (on its
     * journey as a whole, for a journey's own waiver), or can never be waived (whether it fired
     * there or not), or that repeats an earlier unexpired waiver of the same rule in the same place
     * (which silences the finding already).
     *
     * @param fired whether a rule (by id) reported a finding on a touchpoint
     * @param firedOnJourney whether a rule reported a finding about a journey as a whole
     * @param off the rules that playbook.yaml turns off
     */
    void checkWaivers(
            RuleContext context,
            FindingSink sink,
            BiPredicate<Touchpoint, String> fired,
            BiPredicate<Journey, String> firedOnJourney,
            Set<String> off) {
        for (Journey journey : context.playbook().journeys()) {
            // a journey's own waivers are for the rules about it as a whole
            check(
                    journey.waivers(),
                    context,
                    off,
                    rule -> JOURNEY_RULES.contains(rule) && firedOnJourney.test(journey, rule),
                    true,
                    (span, message) -> sink.report(
                            span,
                            journey,
                            message.apply(
                                    Message.of("whose.journey", journey.id().value()))));
            for (Touchpoint tp : journey.touchpoints()) {
                check(
                        tp.waivers(),
                        context,
                        off,
                        rule -> !JOURNEY_RULES.contains(rule) && fired.test(tp, rule),
                        false,
                        (span, message) -> sink.report(
                                span,
                                journey,
                                tp,
                                message.apply(
                                        Message.of("whose.touchpoint", tp.id().value()))));
            }
        }
    }

    /**
     * Checks the waivers of one place (a touchpoint or a journey): {@code report} gets where and
     * the message, made with the place's phrase ({@code whose.touchpoint} or {@code whose.journey}).
     */
    private static void check(
            List<Waiver> waivers,
            RuleContext context,
            Set<String> off,
            Predicate<String> firedHere,
            boolean journey,
            BiConsumer<Span, Function<Message, Message>> report) {
        if (waivers.isEmpty()) {
            return; // most places (a hot path: every touchpoint of the playbook)
        }
        Map<String, Waiver> first = new HashMap<>();
        for (Waiver waiver : waivers) {
            String rule = waiver.rule().value();
            boolean expired = waiver.until().value().isBefore(context.today());
            // An unknown rule id is the loader's schema finding already; an expired waiver is waiver-expired.
            if (expired || !KNOWN.contains(rule)) {
                continue;
            }
            Optional<String> why = unused(rule, firedHere, off, journey);
            Waiver earlier = first.putIfAbsent(rule, waiver);
            if (earlier != null && why.isEmpty()) {
                // the first one silences the finding; a waiver of no use is told why, each of them
                String line = Integer.toString(earlier.rule().keySpan().line());
                report.accept(
                        waiver.rule().keySpan(),
                        where -> Message.of("waiver-unused.repeated", rule, where, Message.figure(line)));
                continue;
            }
            if (why.isEmpty()) {
                continue;
            }
            String key = why.get();
            report.accept(waiver.rule().keySpan(), where -> Message.of(key, rule, where));
        }
    }

    /** Why a waiver of {@code rule} here silences nothing (its message's key); empty when it silences a finding. */
    private static Optional<String> unused(String rule, Predicate<String> firedHere, Set<String> off, boolean journey) {
        if (RuleIds.NEVER_WAIVED.contains(rule)) {
            return Optional.of(never(rule));
        }
        if (rule.equals(RuleIds.WAIVER_EXPIRED) || rule.equals(RuleIds.WAIVER_UNUSED)) {
            return Optional.of("waiver-unused.about-waivers");
        }
        if (firedHere.test(rule)) {
            return Optional.empty();
        }
        if (off.contains(rule)) {
            return Optional.of("waiver-unused.off");
        }
        if (journey) {
            return Optional.of(
                    JOURNEY_RULES.contains(rule) ? "waiver-unused.journey.not-fired" : "waiver-unused.journey");
        }
        return Optional.of(JOURNEY_RULES.contains(rule) ? "waiver-unused.journey-rule" : "waiver-unused");
    }

    /** The message of a waiver of a rule that no waiver silences: what removes its findings is fixing their cause. */
    private static String never(String rule) {
        return switch (rule) {
            case RuleIds.DUPLICATE_ID -> "waiver-unused.never.duplicate-id";
            case RuleIds.YAML_SYNTAX -> "waiver-unused.never.yaml-syntax";
            default -> "waiver-unused.never";
        };
    }
}
