package io.journeyascode.load;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Playbook;
import java.util.List;

/**
 * What the loader read: the playbook as far as it could be read, and the {@code yaml-syntax}
 * and {@code schema} findings (at their default severities) met on the way.
 */
public record LoadResult(Playbook playbook, List<Finding> findings) {

    public LoadResult {
        findings = List.copyOf(findings);
    }
}
