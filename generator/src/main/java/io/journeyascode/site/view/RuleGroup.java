package io.journeyascode.site.view;

import java.util.List;

/**
 * The findings of one rule within a severity, on the findings page; {@code anchor} is the
 * element id the rules page links to ({@code rule-ID} for the rule's first group).
 */
public record RuleGroup(
        String rule, String anchor, String ruleHref, String summary, List<FindingView> findings, String summaryHtml) {

    public RuleGroup {
        findings = List.copyOf(findings);
    }
}
