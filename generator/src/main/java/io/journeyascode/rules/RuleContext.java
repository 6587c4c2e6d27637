package io.journeyascode.rules;

import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookIndex;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a rule reads: the playbook, its lookups, the date "today" is, and the journeys whose files
 * could not be read (id, guessed from the file's name → the file), which references may name.
 */
public record RuleContext(Playbook playbook, PlaybookIndex index, LocalDate today, Map<String, String> unreadable) {

    public RuleContext {
        unreadable = Map.copyOf(unreadable);
    }

    public RuleContext(Playbook playbook, PlaybookIndex index, LocalDate today) {
        this(playbook, index, today, Map.of());
    }
}
