package io.journeyascode.load;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.RejectedMeasurement;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of the measurements files once the journeys are read: a row's finding names the
 * journey and touchpoint the row names when they exist, as the rules' findings about rows do;
 * and the rows that name a metric but cannot count for it (see {@link PlaybookIndex#rejected}).
 */
final class MeasurementFindings {

    private MeasurementFindings() {}

    /**
     * {@code rowFindings}, each with the journey and touchpoint its row names kept only where they
     * exist, and a finding for each row the index rejected.
     */
    static List<Finding> of(PlaybookIndex index, List<Finding> rowFindings) {
        List<Finding> findings = new ArrayList<>(rowFindings.size());
        for (Finding f : rowFindings) {
            findings.add(existing(f, index));
        }
        for (RejectedMeasurement rejected : index.rejected()) {
            findings.add(new Finding(
                    RuleIds.SCHEMA,
                    Severity.ERROR,
                    rejected.row().at(Measurement.Column.VALUE),
                    Optional.of(rejected.where().journey().id().value()),
                    Optional.of(rejected.where().touchpoint().id().value()),
                    message(rejected)));
        }
        return findings;
    }

    private static String message(RejectedMeasurement rejected) {
        Metric metric = rejected.metric();
        Measurement row = rejected.row();
        if (rejected instanceof RejectedMeasurement.SameDay sameDay) {
            Measurement earlier = sameDay.earlier();
            return metric.label() + " of touchpoint `"
                    + rejected.where().touchpoint().id().value() + "` is "
                    + number(row.value()) + " on " + row.date() + " in this row but " + number(earlier.value())
                    + " in " + earlier.span().file() + ":" + earlier.span().line() + "; a metric has one value a"
                    + " date, so that date counts for nothing until you correct or remove one of the rows";
        }
        MetricType type = metric.type().value();
        return "the value " + number(row.value()) + " is outside the " + type.yaml() + " range " + (long) type.min()
                + ".." + (long) type.max() + " of " + metric.label() + "; check the export";
    }

    /** A number as a person writes it: {@code 85}, not {@code 85.0}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Finding existing(Finding f, PlaybookIndex index) {
        if (f.journey().isEmpty() && f.touchpoint().isEmpty()) {
            return f;
        }
        String journey = f.journey().orElse("");
        if (index.journey(journey).isEmpty()) {
            return f.withPlace(Optional.empty(), Optional.empty());
        }
        Optional<String> touchpoint =
                f.touchpoint().filter(tp -> index.touchpoint(journey, tp).isPresent());
        return touchpoint.equals(f.touchpoint()) ? f : f.withPlace(f.journey(), touchpoint);
    }
}
