package io.journeyascode.site.view;

import java.util.List;

/** A stage of a journey with its touchpoints in customer order. */
public record StageView(String name, String phase, String phaseLabel, List<TouchpointRow> touchpoints) {

    public StageView {
        touchpoints = List.copyOf(touchpoints);
    }
}
