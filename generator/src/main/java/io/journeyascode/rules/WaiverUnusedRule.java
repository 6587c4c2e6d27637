package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A valid waiver whose rule does not fire on its touchpoint. Whether a rule fired is only known
 * once all rules ran, so the engine calls {@link #checkWaivers} instead of {@link #check}.
 */
public final class WaiverUnusedRule implements Rule {

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
        return "A waiver names a rule that does not fire on its touchpoint (also when that rule is `off`).";
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
     * Reports each unexpired waiver whose rule is known and did not fire on its touchpoint.
     *
     * @param fired whether a rule (by id) reported a finding on a touchpoint
     */
    void checkWaivers(RuleContext context, FindingSink sink, BiPredicate<Touchpoint, String> fired) {
        Set<String> known = Set.copyOf(RuleIds.ALL);
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                for (Waiver waiver : tp.waivers()) {
                    String rule = waiver.rule().value();
                    boolean expired = waiver.until().value().isBefore(context.today());
                    // An unknown rule id is the loader's schema finding already.
                    if (!expired && known.contains(rule) && !fired.test(tp, rule)) {
                        sink.report(
                                waiver.rule().keySpan(),
                                journey,
                                tp,
                                "the waiver of `" + rule + "` on touchpoint `"
                                        + tp.id().value() + "` is unused:"
                                        + " the rule does not fire there; remove the waiver or name the rule"
                                        + " that fires");
                    }
                }
            }
        }
    }
}
