package io.journeyascode.site.view;

import java.util.List;

/** A team page: what the team owns across journeys, its critical touchpoints and its findings. */
public record TeamView(
        String id,
        String name,
        LinkView contact,
        String summary,
        List<JourneyGroup> journeys,
        List<TouchpointRow> critical,
        List<FindingView> findings) {

    public TeamView {
        journeys = List.copyOf(journeys);
        critical = List.copyOf(critical);
        findings = List.copyOf(findings);
    }
}
