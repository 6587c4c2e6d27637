package io.journeyascode.site.view;

/** One coverage figure of the overview: its words, the share as text, "3 of 4", and the share 0..100 for the bar. */
public record CoverageFigure(String label, String value, String detail, int share) {}
