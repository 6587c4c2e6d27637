package io.journeyascode.site.view;

import java.util.List;

/** A journey on the overview page. */
public record JourneyCard(
        String title,
        String href,
        String summary,
        String persona,
        int stages,
        int touchpoints,
        int critical,
        int criticalMeasured,
        List<String> targetEmotions,
        FindingCounts findings) {

    public JourneyCard {
        targetEmotions = List.copyOf(targetEmotions);
    }
}
