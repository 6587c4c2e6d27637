package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Message;
import io.journeyascode.model.Metric;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** A measured metric whose newest measurement is too old, or a measurement dated after today. */
public final class StaleMeasurementRule implements Rule {

    @Override
    public String id() {
        return RuleIds.STALE_MEASUREMENT;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A metric's newest measurement is older than `measurement_max_age_days` (90 by default), or a"
                + " measurement is dated after today.";
    }

    @Override
    public String rationale() {
        return "Feelings should be measured close to the moment and kept measuring: an old value"
                + " describes an experience that may no longer exist, and decisions made on it miss what"
                + " customers feel today.";
    }

    @Override
    public String fix() {
        return "Add a recent row to the measurements CSV (`journey,touchpoint,metric,value,date`), or"
                + " raise `measurement_max_age_days: 180` in playbook.yaml if the metric is measured less"
                + " often on purpose.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        int maxAge = context.playbook().config().measurementMaxAgeDays();
        LocalDate today = context.today();
        // a row dated after today would count as the newest, actual value: a typo in the export
        for (Measurement row : context.playbook().measurements()) {
            if (row.date().isAfter(today)) {
                Message message = Message.of("stale-measurement.future", Message.date(row.date()), Message.date(today));
                // on the page of the touchpoint the row names, when there is one
                context.index()
                        .touchpoint(row.journey(), row.touchpoint())
                        .ifPresentOrElse(
                                where -> sink.report(
                                        row.at(Measurement.Column.DATE), where.journey(), where.touchpoint(), message),
                                () -> sink.report(row.at(Measurement.Column.DATE), message));
            }
        }
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                for (Metric metric : tp.metrics()) {
                    Optional<LocalDate> newest = context.index().lastMeasured(journey, tp, metric);
                    if (newest.isEmpty()) {
                        continue;
                    }
                    long age = ChronoUnit.DAYS.between(newest.get(), today);
                    if (age > maxAge) {
                        sink.report(
                                metric.type().keySpan(),
                                journey,
                                tp,
                                Message.of(
                                        "stale-measurement",
                                        Texts.label(metric),
                                        tp.id().value(),
                                        Message.date(newest.get()),
                                        Message.number(Long.toString(age)),
                                        Message.number(Integer.toString(maxAge)),
                                        journey.id().value() + "," + tp.id().value() + ","
                                                + tp.measurementKey(metric).orElse(metric.label()),
                                        Message.figure(today.toString())));
                    }
                }
            }
        }
    }
}
