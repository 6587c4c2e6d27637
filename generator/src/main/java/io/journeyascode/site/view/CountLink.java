package io.journeyascode.site.view;

/** A link with a count beside it (a team and how many touchpoints it owns). */
public record CountLink(String label, String href, int count) {}
