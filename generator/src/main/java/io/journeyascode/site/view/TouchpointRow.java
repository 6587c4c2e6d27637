package io.journeyascode.site.view;

import java.util.List;

/**
 * A touchpoint in a table of the journey, team and channel pages; {@code expectations} are what
 * the customer expects there (the journey page shows them, so that its tables and printout say it).
 */
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
        List<MetricView> metrics,
        List<String> expectations) {

    public TouchpointRow {
        badges = List.copyOf(badges);
        expectations = List.copyOf(expectations);
        metrics = List.copyOf(metrics);
    }
}
