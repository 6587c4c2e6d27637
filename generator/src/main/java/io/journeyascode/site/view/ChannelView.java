package io.journeyascode.site.view;

import java.util.List;

/**
 * A page of a channel: on the first, the emotions its touchpoints aim at and the first part of
 * its touchpoints across journeys; on the others ({@code pager}), the next parts, with {@code
 * summary} saying which page it is and no emotions.
 */
public record ChannelView(
        String id,
        String name,
        String summary,
        List<EmotionShare> emotions,
        List<TouchpointRow> touchpoints,
        PagerView pager) {

    public ChannelView {
        emotions = List.copyOf(emotions);
        touchpoints = List.copyOf(touchpoints);
    }
}
