package io.journeyascode.rules;

import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;

/** A file that is not well-formed YAML. The loader reports these findings; documentation only. */
public final class YamlSyntaxRule implements Rule {

    @Override
    public String id() {
        return RuleIds.YAML_SYNTAX;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A journey file, playbook.yaml or a measurements file cannot be read: it is not well-formed"
                + " YAML or CSV, not UTF-8, too large (over 1 MiB), too deep or full of aliases.";
    }

    @Override
    public String rationale() {
        return "Nothing in a file that cannot be read reaches the playbook: its touchpoints, expectations"
                + " and metrics silently disappear from the picture of the customer's journey.";
    }

    @Override
    public String fix() {
        return "Go to the line and column given and correct the YAML there: indent nested keys by two"
                + " spaces, write lists as `- item` or `[a, b]`, and quote values that contain `: ` or"
                + " start with a special character, e.g. `name: \"Pay: card or invoice\"`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        // Reported by the loader while it parses.
    }
}
