package io.journeyascode.rules;

import io.journeyascode.load.LoadResult;
import io.journeyascode.model.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs every rule of the catalogue over a loaded playbook, applies waivers and the severity
 * overrides of playbook.yaml, and returns all findings (the loader's too) sorted as SPEC §6.
 */
public final class RuleEngine {

    private RuleEngine() {}

    public static List<Finding> check(LoadResult loaded, LocalDate today) {
        // TODO(rules): placeholder until the rules land.
        return loaded.findings().stream().sorted().toList();
    }
}
