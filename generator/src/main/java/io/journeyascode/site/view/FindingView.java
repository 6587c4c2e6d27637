package io.journeyascode.site.view;

/**
 * One finding as a reader sees it: severity ({@code error|warning|info}) and its word, the rule
 * and its entry on the rules page, the message in the site's language as text and as HTML
 * ({@code messageHtml}: escaped, its code spans in {@code <code>}) (and {@code messageLang},
 * {@code en}, when it is English on a site in another language: the loader's messages are English
 * only), the place ({@code file:line:column}) with a link to the YAML line when {@code
 * --source-url} is given, the page it is about, and {@code owner}, the team that owns that
 * touchpoint or journey (linked to its page; an empty text when none is named), whom to ask.
 */
public record FindingView(
        String severity,
        String severityLabel,
        String rule,
        String ruleHref,
        String message,
        String messageHtml,
        String messageLang,
        String location,
        String sourceHref,
        LinkView page,
        LinkView owner) {}
