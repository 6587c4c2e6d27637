package io.journeyascode.site.view;

import java.util.List;

/**
 * The overview page: the brand promise, one card per journey, the coverage figures of the
 * critical touchpoints (and the outsourced or external critical ones, and those without a
 * metric), how the measured metrics stand against their targets ({@code targets}: one figure, or
 * none when no metric has a target and a value; {@code shortOfTarget}: those short of it, furthest
 * first, at most ten and a line that says how many more), the findings summary ({@code accepted}: how many waivers in force accept one) and
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
        List<CoverageFigure> targets,
        List<LinkView> shortOfTarget,
        FindingCounts findings,
        int accepted,
        String findingsHref,
        List<CountLink> teams,
        List<CountLink> channels,
        List<LinkView> pages) {

    public IndexView {
        journeys = List.copyOf(journeys);
        coverage = List.copyOf(coverage);
        outsourcedCritical = List.copyOf(outsourcedCritical);
        unmeasuredCritical = List.copyOf(unmeasuredCritical);
        targets = List.copyOf(targets);
        shortOfTarget = List.copyOf(shortOfTarget);
        teams = List.copyOf(teams);
        channels = List.copyOf(channels);
        pages = List.copyOf(pages);
    }
}
