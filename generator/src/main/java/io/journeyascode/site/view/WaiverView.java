package io.journeyascode.site.view;

/**
 * An accepted finding on a touchpoint: the rule, why, until when (the date, and {@code validUntil}
 * the words around it in the site's language: "until 2027-12-31", "voimassa 31.12.2027 asti"),
 * and whether that date has passed.
 */
public record WaiverView(
        String rule, String ruleHref, String reason, String until, String validUntil, boolean expired) {}
