package io.journeyascode.api;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.Severity;
import java.util.List;

/** A validated playbook: the model as far as it could be read and every finding, sorted. */
public record ValidationResult(Playbook playbook, List<Finding> findings) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
