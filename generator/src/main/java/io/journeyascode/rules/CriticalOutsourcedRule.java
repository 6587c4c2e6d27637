package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;

/** A critical touchpoint that the company does not run itself. */
public final class CriticalOutsourcedRule implements Rule {

    @Override
    public String id() {
        return RuleIds.CRITICAL_OUTSOURCED;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A touchpoint marked `critical: true` is `ownership: outsourced` or `ownership: external`.";
    }

    @Override
    public String rationale() {
        return "The moments that matter most should stay in the company's own hands: a provider or a"
                + " third party does not feel the customer's frustration, and the company cannot mirror"
                + " its brand promise where it does not decide what happens.";
    }

    @Override
    public String fix() {
        return "Bring the touchpoint in-house (`ownership: owned`), or keep it outsourced under control"
                + " and record the decision with a waiver: `waivers: [{rule: critical-outsourced, reason:"
                + " \"SLA with monthly review\", until: 2027-06-30}]`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                Ownership ownership = tp.ownership().value();
                if (tp.isCritical() && ownership != Ownership.OWNED) {
                    String id = tp.id().value();
                    sink.report(
                            tp.span(),
                            journey,
                            tp,
                            tp.provider()
                                    .map(Located::value)
                                    .map(p -> Message.of("critical-outsourced.provider", id, ownership.yaml(), p))
                                    .orElseGet(() -> Message.of("critical-outsourced", id, ownership.yaml())));
                }
            }
        }
    }
}
