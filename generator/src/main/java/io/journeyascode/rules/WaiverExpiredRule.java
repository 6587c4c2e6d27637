package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;

/**
 * A waiver whose {@code until} date is past. The engine never lets a waiver silence this rule:
 * an expired waiver silences nothing.
 */
public final class WaiverExpiredRule implements Rule {

    @Override
    public String id() {
        return RuleIds.WAIVER_EXPIRED;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A waiver's `until` date is past; the waiver silences nothing any more.";
    }

    @Override
    public String rationale() {
        return "A waiver records a conscious decision to accept a weakness in the customer's experience"
                + " for a while. When its date passes, the decision must be made again, not forgotten.";
    }

    @Override
    public String fix() {
        return "Fix what the waiver accepted and remove the waiver, or review the decision and move the"
                + " date forward, e.g. `until: 2027-06-30`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            Message whose = Message.of("whose.journey", journey.id().value());
            for (Waiver waiver : journey.waivers()) {
                if (waiver.until().value().isBefore(context.today())) {
                    sink.report(waiver.rule().keySpan(), journey, expired(waiver, whose));
                }
            }
            for (Touchpoint tp : journey.touchpoints()) {
                for (Waiver waiver : tp.waivers()) {
                    if (waiver.until().value().isBefore(context.today())) {
                        sink.report(
                                waiver.rule().keySpan(),
                                journey,
                                tp,
                                expired(
                                        waiver,
                                        Message.of("whose.touchpoint", tp.id().value())));
                    }
                }
            }
        }
    }

    private static Message expired(Waiver waiver, Message whose) {
        return Message.of(
                "waiver-expired",
                waiver.rule().value(),
                whose,
                Message.date(waiver.until().value()));
    }
}
