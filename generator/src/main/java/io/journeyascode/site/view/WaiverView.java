package io.journeyascode.site.view;

/**
 * An accepted finding on a touchpoint or journey: the rule, why, until when (the date, and
 * {@code validUntil} the words around it in the site's language: "until 2027-12-31", "voimassa
 * 31.12.2027 asti"), whether that date has passed, and {@code place}, the touchpoint or journey it
 * is on (linked; an empty text on that touchpoint's or journey's own page).
 */
public record WaiverView(
        String rule,
        String ruleHref,
        String reason,
        String until,
        String validUntil,
        boolean expired,
        LinkView place) {}
