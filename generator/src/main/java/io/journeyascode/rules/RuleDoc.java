package io.journeyascode.rules;

import io.journeyascode.model.Severity;

/** A rule's documentation in one language, for the CLI and the site's rules page. */
public record RuleDoc(String id, Severity defaultSeverity, String summary, String rationale, String fix) {}
