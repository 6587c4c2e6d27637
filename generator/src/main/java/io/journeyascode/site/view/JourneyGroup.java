package io.journeyascode.site.view;

import java.util.List;

/** The touchpoints of one journey, on a team page. */
public record JourneyGroup(LinkView journey, List<TouchpointRow> touchpoints) {

    public JourneyGroup {
        touchpoints = List.copyOf(touchpoints);
    }
}
