package io.journeyascode.site.view;

import java.util.List;

/**
 * The overview page: the brand promise, one card per journey, the coverage figures of the
 * critical touchpoints (and the outsourced or external critical ones, and those without a
 * metric), the findings summary and
 * the ways into team, channel and narrative pages.
 */
public record IndexView(
        String title,
        String brandPromise,
        String summary,
        List<JourneyCard> journeys,
        int criticalTouchpoints,
        List<CoverageFigure> coverage,
        List<LinkView> outsourcedCritical,
        List<LinkView> unmeasuredCritical,
        FindingCounts findings,
        String findingsHref,
        List<CountLink> teams,
        List<CountLink> channels,
        List<LinkView> pages) {

    public IndexView {
        journeys = List.copyOf(journeys);
        coverage = List.copyOf(coverage);
        outsourcedCritical = List.copyOf(outsourcedCritical);
        unmeasuredCritical = List.copyOf(unmeasuredCritical);
        teams = List.copyOf(teams);
        channels = List.copyOf(channels);
        pages = List.copyOf(pages);
    }
}
