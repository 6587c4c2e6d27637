package io.journeyascode.site.view;

import java.util.List;

/** The findings of one severity, grouped by rule. */
public record SeverityGroup(String severity, String label, int count, List<RuleGroup> rules) {

    public SeverityGroup {
        rules = List.copyOf(rules);
    }
}
