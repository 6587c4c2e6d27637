package io.journeyascode.rules;

import io.journeyascode.model.Severity;

/**
 * A rule of SPEC §6: one final class each, listed in {@link RuleCatalogue}. The documentation
 * texts are shown by the CLI and on the site's rules page.
 */
public interface Rule {

    /** The rule id, kebab-case, as in SPEC §6. */
    String id();

    Severity defaultSeverity();

    /** One sentence: when the rule fires. */
    String summary();

    /** Why it matters for the customer experience. */
    String rationale();

    /** How to fix it, quoting what to write. */
    String fix();

    /**
     * Reports the rule's findings (at the default severity; the engine applies waivers and
     * severity overrides). Rules whose findings come from the loader ({@code yaml-syntax},
     * {@code schema}) report nothing here.
     */
    void check(RuleContext context, FindingSink sink);
}
