package io.journeyascode.site.view;

import java.util.List;

/** A channel page: every touchpoint of the channel across journeys and the emotions they aim at. */
public record ChannelView(
        String id, String name, String summary, List<EmotionShare> emotions, List<TouchpointRow> touchpoints) {

    public ChannelView {
        emotions = List.copyOf(emotions);
        touchpoints = List.copyOf(touchpoints);
    }
}
