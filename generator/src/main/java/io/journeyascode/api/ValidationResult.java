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

    /**
     * Whether nothing was checked: no journey and no finding, so the folder holds no journey file
     * (a file that cannot be read is a finding). Most often the wrong folder, which front ends say.
     */
    public boolean checkedNothing() {
        return playbook.journeys().isEmpty() && findings.isEmpty();
    }

    /** What a front end says when {@link #checkedNothing()}. */
    public static String nothingChecked(java.nio.file.Path journeysDir) {
        return "No journey files (*.yaml, *.yml) in " + journeysDir + ": nothing was checked.";
    }
}
