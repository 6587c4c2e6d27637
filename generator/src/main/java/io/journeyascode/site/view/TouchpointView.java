package io.journeyascode.site.view;

import java.util.List;

/**
 * A touchpoint page. Lists are empty and texts "" when the YAML does not say; {@code notesHtml}
 * is sanitised Markdown; {@code previous}/{@code next} are the neighbours in the journey
 * ({@code href} "" at either end); {@code allClear} is what the page says when it has no findings
 * (and how many its waivers accept).
 */
public record TouchpointView(
        String id,
        String name,
        LinkView journey,
        String stage,
        String phaseLabel,
        List<BadgeView> badges,
        LinkView channel,
        String interaction,
        LinkView owner,
        String ownership,
        String provider,
        String targetEmotion,
        String moment,
        List<String> dimensions,
        List<String> factors,
        List<String> expectations,
        List<LinkView> expectationsSetBy,
        List<LinkView> setsExpectationsFor,
        List<LinkView> leadsTo,
        List<MetricView> metrics,
        List<WaiverView> waivers,
        List<LinkView> links,
        String notesHtml,
        List<FindingView> findings,
        String allClear,
        LinkView previous,
        LinkView next,
        String sourceHref) {

    public TouchpointView {
        badges = List.copyOf(badges);
        dimensions = List.copyOf(dimensions);
        factors = List.copyOf(factors);
        expectations = List.copyOf(expectations);
        expectationsSetBy = List.copyOf(expectationsSetBy);
        setsExpectationsFor = List.copyOf(setsExpectationsFor);
        leadsTo = List.copyOf(leadsTo);
        metrics = List.copyOf(metrics);
        waivers = List.copyOf(waivers);
        links = List.copyOf(links);
        findings = List.copyOf(findings);
    }
}
