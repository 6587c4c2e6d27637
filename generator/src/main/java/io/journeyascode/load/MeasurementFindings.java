package io.journeyascode.load;

import io.journeyascode.model.Finding;
import io.journeyascode.model.PlaybookIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings of the measurements files once the journeys are read: a row's finding names the
 * journey and touchpoint the row names when they exist, as the rules' findings about rows do.
 */
final class MeasurementFindings {

    private MeasurementFindings() {}

    /** {@code rowFindings}, each with the journey and touchpoint its row names kept only where they exist. */
    static List<Finding> of(PlaybookIndex index, List<Finding> rowFindings) {
        List<Finding> findings = new ArrayList<>(rowFindings.size());
        for (Finding f : rowFindings) {
            findings.add(existing(f, index));
        }
        return findings;
    }

    private static Finding existing(Finding f, PlaybookIndex index) {
        if (f.journey().isEmpty() && f.touchpoint().isEmpty()) {
            return f;
        }
        String journey = f.journey().orElse("");
        if (index.journey(journey).isEmpty()) {
            return new Finding(f.rule(), f.severity(), f.span(), Optional.empty(), Optional.empty(), f.message());
        }
        Optional<String> touchpoint =
                f.touchpoint().filter(tp -> index.touchpoint(journey, tp).isPresent());
        return touchpoint.equals(f.touchpoint())
                ? f
                : new Finding(f.rule(), f.severity(), f.span(), f.journey(), touchpoint, f.message());
    }
}
