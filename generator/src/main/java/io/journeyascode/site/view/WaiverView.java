package io.journeyascode.site.view;

/** An accepted finding on a touchpoint: the rule, why, until when, and whether that date has passed. */
public record WaiverView(String rule, String ruleHref, String reason, String until, boolean expired) {}
