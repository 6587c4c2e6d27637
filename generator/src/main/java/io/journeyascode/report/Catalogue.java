package io.journeyascode.report;

import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.rules.FindingSink;
import io.journeyascode.rules.Rule;
import io.journeyascode.rules.RuleContext;
import java.util.List;
import java.util.Set;

/** The rules reports describe (SARIF rules, JUnit test cases). */
final class Catalogue {

    private Catalogue() {}

    // TODO(rules): RuleCatalogue.all() once the rules branch is merged.
    private static final Set<String> ERRORS = Set.of(
            RuleIds.YAML_SYNTAX,
            RuleIds.SCHEMA,
            RuleIds.DUPLICATE_ID,
            RuleIds.UNKNOWN_REFERENCE,
            RuleIds.CRITICAL_UNMEASURED,
            RuleIds.WAIVER_EXPIRED);
    private static final Set<String> INFOS =
            Set.of(RuleIds.SINGLE_CHANNEL, RuleIds.NO_PEAK_MOMENT, RuleIds.EMOTION_OFF_TARGET);

    static List<Rule> rules() {
        return RuleIds.ALL.stream().map(Catalogue::placeholder).toList();
    }

    private static Rule placeholder(String id) {
        Severity severity =
                ERRORS.contains(id) ? Severity.ERROR : INFOS.contains(id) ? Severity.INFO : Severity.WARNING;
        return new Rule() {
            public String id() {
                return id;
            }

            public Severity defaultSeverity() {
                return severity;
            }

            public String summary() {
                return "Rule " + id + ".";
            }

            public String rationale() {
                return "See the rule catalogue.";
            }

            public String fix() {
                return "See the rule catalogue.";
            }

            public void check(RuleContext context, FindingSink sink) {}
        };
    }
}
