package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.Moment;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.util.List;

/** A journey without a designed positive peak. */
public final class NoPeakMomentRule implements Rule {

    @Override
    public String id() {
        return RuleIds.NO_PEAK_MOMENT;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "No touchpoint of a journey is marked `moment: peak`.";
    }

    @Override
    public String rationale() {
        return "Customers remember an experience by its peaks and its end. A journey without a designed"
                + " positive peak may work, but leaves nothing to remember and retell.";
    }

    @Override
    public String fix() {
        return "Choose the touchpoint where the customer should feel best and mark it `moment: peak`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            List<Touchpoint> all = journey.touchpoints();
            if (all.isEmpty()) {
                continue;
            }
            boolean peak = all.stream()
                    .anyMatch(tp -> tp.moment().isPresent() && tp.moment().get().value() == Moment.PEAK);
            // a `moment` written but unreadable (`moment: summit`) is its schema finding already
            boolean unreadable = all.stream().anyMatch(tp -> tp.isUnreadable("moment"));
            if (!peak && !unreadable) {
                sink.report(
                        journey.span(),
                        journey,
                        Message.of("no-peak-moment", journey.id().value()));
            }
        }
    }
}
