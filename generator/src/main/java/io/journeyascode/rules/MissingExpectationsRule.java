package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;

/** A touchpoint that does not say what the customer expects there. */
public final class MissingExpectationsRule implements Rule {

    @Override
    public String id() {
        return RuleIds.MISSING_EXPECTATIONS;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A touchpoint lists no `expectations`.";
    }

    @Override
    public String rationale() {
        return "Satisfaction arises when the experience meets the customer's expectations; a touchpoint"
                + " whose expectations are not written down cannot be designed to meet them, nor checked"
                + " against what earlier touchpoints promised.";
    }

    @Override
    public String fix() {
        return "List what the customer expects at the touchpoint, in the customer's words, e.g."
                + " `expectations: [\"The price is the one shown in the ad\"]`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                // Expectations written but unreadable (or misspelt) are their schema finding already;
                // a list of blank items is read, and lists none.
                if (tp.expectations().isEmpty() && !tp.isUnreadable("expectations")) {
                    sink.report(
                            tp.span(),
                            journey,
                            tp,
                            Message.of("missing-expectations", tp.id().value()));
                }
            }
        }
    }
}
