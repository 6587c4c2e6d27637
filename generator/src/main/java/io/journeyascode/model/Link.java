package io.journeyascode.model;

/** A link from a touchpoint to a dashboard, live page or script (http, https or mailto). */
public record Link(String title, Located<String> url) {}
