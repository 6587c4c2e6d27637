package io.journeyascode.site.view;

/**
 * One row of a journey map as printed: an {@code <svg viewBox="viewBox" width="width">} showing
 * the part {@code viewBox} of the element {@code href} (an {@code #id} on the page) at the
 * width {@code width}, a share of the paper's ({@code "82.5%"}), the same scale for every row.
 */
public record PrintRowView(String viewBox, String width, String href) {}
