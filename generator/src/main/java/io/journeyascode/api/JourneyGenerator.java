package io.journeyascode.api;

import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.rules.RuleEngine;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The generator's entry points, used by the command line and the Maven plugin alike: each goal
 * or command maps its parameters and makes one call here.
 */
public final class JourneyGenerator {

    private JourneyGenerator() {}

    /** Loads and checks a journeys folder. */
    public static ValidationResult validate(Path journeysDir, LocalDate today) {
        LoadResult loaded = PlaybookLoader.load(journeysDir);
        return new ValidationResult(loaded.playbook(), RuleEngine.check(loaded, today));
    }

    /**
     * Validates, then writes the site whole or not at all (SPEC §7, §11); {@code log} hears
     * progress lines such as the engine {@code auto} chose.
     *
     * @throws ToolException when the build cannot run (output not writable, no engine…)
     */
    public static BuildResult build(BuildOptions options, java.util.function.Consumer<String> log) {
        throw new UnsupportedOperationException("TODO(site)");
    }
}
