package io.journeyascode.site.view;

import java.util.List;

/**
 * A page of a team: on the first, what the team owns (summary, contact, critical touchpoints,
 * findings) and the first part of its touchpoints by journey; on the others ({@code pager}), the
 * next parts, with {@code summary} saying which page it is and no critical touchpoints or findings.
 * {@code notice} says, on the first page, that the team is not declared in playbook.yaml (an owner
 * written so, often a typo, which its finding tells); empty otherwise. {@code findingsNone} is what
 * the first page says when there are no findings: praise only for a team that owns touchpoints.
 */
public record TeamView(
        String id,
        String name,
        LinkView contact,
        String summary,
        List<JourneyGroup> journeys,
        List<TouchpointRow> critical,
        List<FindingView> findings,
        PagerView pager,
        String criticalMore,
        String notice,
        String findingsNone) {

    public TeamView {
        journeys = List.copyOf(journeys);
        critical = List.copyOf(critical);
        findings = List.copyOf(findings);
    }
}
