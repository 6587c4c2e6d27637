package io.journeyascode.site.view;

/** A playbook page from {@code site/pages/NAME.md}: its title (its first heading) and sanitised HTML. */
public record MarkdownPageView(String name, String title, String html) {}
