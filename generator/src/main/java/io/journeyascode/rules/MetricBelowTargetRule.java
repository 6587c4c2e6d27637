package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.Metric;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;

/**
 * A metric whose actual value is worse than its target (for CES, and for a custom metric with
 * {@code better: lower}, a lower value is better).
 */
public final class MetricBelowTargetRule implements Rule {

    @Override
    public String id() {
        return RuleIds.METRIC_BELOW_TARGET;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A metric's actual value (the newest measurement, else `actual`) is worse than its"
                + " `target`; for CES, and a custom metric with `better: lower`, a lower value is better.";
    }

    @Override
    public String rationale() {
        return "A target says what experience the company promised itself to deliver. A measured value"
                + " below it means customers are getting less than designed at this touchpoint, and the"
                + " gap is where improvement pays off first.";
    }

    @Override
    public String fix() {
        return "Improve the touchpoint until the measurements reach the target, or, when the target was"
                + " unrealistic, change it deliberately in review, e.g. `target: 80`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            for (Touchpoint tp : journey.touchpoints()) {
                for (Metric metric : tp.metrics()) {
                    // the same test as the map's red frame and the pages' badge
                    if (context.index().shortOfTarget(journey, tp, metric)) {
                        double actual =
                                context.index().actual(journey, tp, metric).orElseThrow();
                        double target = metric.target().orElseThrow().value();
                        boolean higherIsBetter = metric.higherIsBetter();
                        sink.report(
                                metric.type().keySpan(),
                                journey,
                                tp,
                                Message.of(
                                        higherIsBetter ? "metric-below-target" : "metric-below-target.lower",
                                        Texts.label(metric),
                                        tp.id().value(),
                                        Message.number(Texts.number(actual)),
                                        Message.number(Texts.number(target)),
                                        Message.figure(Texts.number(actual))));
                    }
                }
            }
        }
    }
}
