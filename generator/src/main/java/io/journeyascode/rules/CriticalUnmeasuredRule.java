package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;

/** A critical touchpoint without any metric. */
public final class CriticalUnmeasuredRule implements Rule {

    @Override
    public String id() {
        return RuleIds.CRITICAL_UNMEASURED;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A touchpoint marked `critical: true` has no metric.";
    }

    @Override
    public String rationale() {
        return "Critical touchpoints decide whether the customer stays; what is not measured there"
                + " (NPS, CSAT, CES or an emotion survey close to the moment) cannot be managed, and a"
                + " failing moment goes unnoticed until customers leave.";
    }

    @Override
    public String fix() {
        return "Add a metric to the touchpoint, e.g. `metrics: [{type: csat, target: 85}]`, or set"
                + " `critical: false` if the touchpoint is not critical after all.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                if (tp.isCritical() && tp.metrics().isEmpty()) {
                    sink.report(
                            tp.span(),
                            journey,
                            tp,
                            Message.of("critical-unmeasured", tp.id().value()));
                }
            }
        }
    }
}
