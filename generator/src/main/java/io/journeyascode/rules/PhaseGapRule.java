package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.Phase;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Stage;
import java.util.EnumSet;
import java.util.Set;

/** A journey that skips the time before, during or after the purchase. */
public final class PhaseGapRule implements Rule {

    @Override
    public String id() {
        return RuleIds.PHASE_GAP;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A journey has no touchpoint in one of the phases `before`, `during` or `after`.";
    }

    @Override
    public String rationale() {
        return "The customer's experience is the sum of all touchpoints before, during and after the"
                + " purchase. A journey that stops at the payment forgets delivery, invoice and support,"
                + " where loyalty and word of mouth are decided.";
    }

    @Override
    public String fix() {
        return "Add a stage for the missing phase with at least one touchpoint, e.g."
                + " `- {id: follow-up, name: Follow-up, phase: after, touchpoints: [...]}`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            Set<Phase> present = EnumSet.noneOf(Phase.class);
            boolean any = false;
            for (Stage stage : journey.stages()) {
                if (!stage.touchpoints().isEmpty()) {
                    present.add(stage.phase().value());
                    any = true;
                }
            }
            if (!any) {
                continue; // a journey without touchpoints is a schema finding already
            }
            for (Phase phase : Phase.values()) {
                if (!present.contains(phase)) {
                    sink.report(
                            journey.span(),
                            journey,
                            Message.of("phase-gap." + phase.yaml(), journey.id().value()));
                }
            }
        }
    }
}
