package io.journeyascode.site.view;

import java.util.List;

/** A touchpoint in a table of the journey, team and channel pages. */
public record TouchpointRow(
        String name,
        String href,
        LinkView journey,
        String stage,
        String phase,
        LinkView channel,
        LinkView owner,
        String targetEmotion,
        List<BadgeView> badges,
        List<MetricView> metrics) {

    public TouchpointRow {
        badges = List.copyOf(badges);
        metrics = List.copyOf(metrics);
    }
}
