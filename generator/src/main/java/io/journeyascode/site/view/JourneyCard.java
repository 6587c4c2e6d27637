package io.journeyascode.site.view;

import java.util.List;

/**
 * A journey on the overview page; {@code criticalMeasuredText} says how many of its critical
 * touchpoints are measured in the site's words ("2 of 3", "2/3"), as the overview's figures do;
 * {@code accepted} how many waivers in force on it accept a finding ({@code acceptedLabel}: "2 accepted").
 */
public record JourneyCard(
        String title,
        String href,
        String summary,
        String persona,
        int stages,
        int touchpoints,
        int critical,
        int criticalMeasured,
        String criticalMeasuredText,
        List<String> targetEmotions,
        FindingCounts findings,
        int accepted,
        String acceptedLabel) {

    public JourneyCard {
        targetEmotions = List.copyOf(targetEmotions);
    }
}
