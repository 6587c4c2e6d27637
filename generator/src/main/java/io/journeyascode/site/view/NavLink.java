package io.journeyascode.site.view;

/** An entry of the main navigation; {@code current} marks the page being shown. */
public record NavLink(String label, String href, boolean current) {}
