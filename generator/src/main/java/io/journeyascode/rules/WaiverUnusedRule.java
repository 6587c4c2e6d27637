package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A valid waiver whose rule does not fire on its touchpoint, or that names a rule no waiver
 * silences. Whether a rule fired is only known once all rules ran, so the engine calls {@link
 * #checkWaivers} instead of {@link #check}.
 */
public final class WaiverUnusedRule implements Rule {

    /** Rules whose findings never belong to one touchpoint, so no touchpoint's waiver applies. */
    private static final Set<String> NOT_ABOUT_A_TOUCHPOINT = Set.of(
            RuleIds.PHASE_GAP,
            RuleIds.SINGLE_CHANNEL,
            RuleIds.NO_PEAK_MOMENT,
            RuleIds.WAIVER_EXPIRED,
            RuleIds.WAIVER_UNUSED);

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
        return "A waiver names a rule that does not fire on its touchpoint (also when that rule is `off`),"
                + " or one that no waiver silences (`yaml-syntax`, `schema`, `duplicate-id`), or repeats another"
                + " waiver of the same rule on the touchpoint.";
    }

    @Override
    public String rationale() {
        return "A waiver that waives nothing tells readers that a weakness was accepted where there is"
                + " none, and would silently hide the finding if the problem came back later.";
    }

    @Override
    public String fix() {
        return "Remove the waiver, or correct its `rule:` to the rule that fires on the touchpoint, e.g."
                + " `rule: critical-outsourced`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        // Reported by the engine through checkWaivers, after every other rule ran.
    }

    /**
     * Reports each unexpired waiver whose rule is known and did not fire on its touchpoint, or can
     * never be waived (whether it fired there or not), or that repeats an earlier unexpired waiver
     * of the same rule on the touchpoint (which silences the finding already).
     *
     * @param fired whether a rule (by id) reported a finding on a touchpoint
     * @param off the rules that playbook.yaml turns off
     */
    void checkWaivers(RuleContext context, FindingSink sink, BiPredicate<Touchpoint, String> fired, Set<String> off) {
        Set<String> known = Set.copyOf(RuleIds.ALL);
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                java.util.Map<String, Waiver> first = new java.util.HashMap<>();
                for (Waiver waiver : tp.waivers()) {
                    String rule = waiver.rule().value();
                    boolean expired = waiver.until().value().isBefore(context.today());
                    // An unknown rule id is the loader's schema finding already; an expired waiver is waiver-expired.
                    if (expired || !known.contains(rule)) {
                        continue;
                    }
                    Waiver earlier = first.putIfAbsent(rule, waiver);
                    if (earlier != null) {
                        sink.report(
                                waiver.rule().keySpan(),
                                journey,
                                tp,
                                Message.of(
                                        "waiver-unused.repeated",
                                        rule,
                                        tp.id().value(),
                                        Message.figure(Integer.toString(
                                                earlier.rule().keySpan().line()))));
                    } else if (RuleIds.NEVER_WAIVED.contains(rule)) {
                        sink.report(
                                waiver.rule().keySpan(),
                                journey,
                                tp,
                                Message.of(never(rule), rule, tp.id().value()));
                    } else if (NOT_ABOUT_A_TOUCHPOINT.contains(rule) || !fired.test(tp, rule)) {
                        sink.report(
                                waiver.rule().keySpan(),
                                journey,
                                tp,
                                Message.of(why(rule, off), rule, tp.id().value()));
                    }
                }
            }
        }
    }

    /** The message of a waiver of a rule that no waiver silences: what removes its findings is fixing their cause. */
    private static String never(String rule) {
        return switch (rule) {
            case RuleIds.DUPLICATE_ID -> "waiver-unused.never.duplicate-id";
            case RuleIds.YAML_SYNTAX -> "waiver-unused.never.yaml-syntax";
            default -> "waiver-unused.never";
        };
    }

    /** The message of a waiver that silences nothing: why. */
    private static String why(String rule, Set<String> off) {
        if (NOT_ABOUT_A_TOUCHPOINT.contains(rule)) {
            return "waiver-unused.not-about-a-touchpoint";
        }
        return off.contains(rule) ? "waiver-unused.off" : "waiver-unused";
    }
}
