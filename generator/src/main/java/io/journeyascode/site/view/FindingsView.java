package io.journeyascode.site.view;

import java.util.List;

/**
 * The findings page: counts, then findings grouped by severity and rule; the report files;
 * {@code accepted}, the waivers in force across the playbook (the findings they accept, kept in
 * sight), each with its touchpoint or journey; {@code allClear}, what the page says when there is
 * no finding.
 */
public record FindingsView(
        FindingCounts counts,
        List<SeverityGroup> groups,
        List<LinkView> reports,
        List<WaiverView> accepted,
        String allClear) {

    public FindingsView {
        groups = List.copyOf(groups);
        reports = List.copyOf(reports);
        accepted = List.copyOf(accepted);
    }
}
