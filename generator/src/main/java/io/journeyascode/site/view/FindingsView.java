package io.journeyascode.site.view;

import java.util.List;

/** The findings page: counts, then findings grouped by severity and rule; the report files. */
public record FindingsView(FindingCounts counts, List<SeverityGroup> groups, List<LinkView> reports) {

    public FindingsView {
        groups = List.copyOf(groups);
        reports = List.copyOf(reports);
    }
}
