package io.journeyascode.rules;

import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;

/** A file that breaks the journey file format. The loader reports these findings; documentation only. */
public final class SchemaRule implements Rule {

    @Override
    public String id() {
        return RuleIds.SCHEMA;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A file breaks the journey format: an unknown key, a value of the wrong type, a missing"
                + " required key, a value outside its set, or an id that is not kebab-case.";
    }

    @Override
    public String rationale() {
        return "A misspelt key or value is silently lost: the touchpoint then looks as if nobody had"
                + " thought about its channel, owner or expectations, and the playbook misleads the"
                + " people who design the customer's experience.";
    }

    @Override
    public String fix() {
        return "Write the key or value the message suggests, e.g. `target_emotion: trust` instead of"
                + " `target-emotion: trust`, `critical: true` instead of `critical: yes`, and ids such as"
                + " `id: online-order` (lower case letters, digits and single hyphens).";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        // Reported by the loader while it reads the files.
    }
}
