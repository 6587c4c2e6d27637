package io.journeyascode.rules;

import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookIndex;
import java.time.LocalDate;

/** What a rule reads: the playbook, its lookups, and the date "today" is. */
public record RuleContext(Playbook playbook, PlaybookIndex index, LocalDate today) {}
