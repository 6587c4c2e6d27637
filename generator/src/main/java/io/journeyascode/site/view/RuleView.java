package io.journeyascode.site.view;

/**
 * A rule on the rules page: what it checks, why it matters, how to fix it, how often it fired here;
 * the three texts also as HTML, their {@code `keys`} as code.
 */
public record RuleView(
        String id,
        String severity,
        String severityLabel,
        String summary,
        String rationale,
        String fix,
        int findings,
        String findingsHref,
        String summaryHtml,
        String rationaleHtml,
        String fixHtml) {}
