package io.journeyascode.site.view;

import java.util.List;

/** The rules page. */
public record RulesView(List<RuleView> rules) {

    public RulesView {
        rules = List.copyOf(rules);
    }
}
