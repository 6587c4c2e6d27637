package io.journeyascode.site.view;

/**
 * A small label: {@code kind} is one of critical, at-risk, outsourced, external, indirect, peak,
 * pain, end, error, warning, info, ok, phase (used as a CSS class {@code badge-KIND}).
 */
public record BadgeView(String label, String kind) {}
