package io.journeyascode.maven;

import io.journeyascode.api.BuildCommand;
import io.journeyascode.api.FindingLog;
import io.journeyascode.api.Outcome;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the journeys and builds the CX playbook site; the site is written whole, and only
 * when no finding is at or above {@code failOn} (the previous site then stays as it was).
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractSiteMojo {

    @Override
    Outcome run() {
        return BuildCommand.run(
                options(), pathPrefix(), findingsListed() ? summaryOnly() : findingLog(), getLog()::info);
    }

    /**
     * After journey:validate listed the findings in this build ({@code mvn package} runs both), the
     * build does not list them again, except those that fail this goal (its failOn may be lower):
     * its summary says where they are.
     */
    private FindingLog summaryOnly() {
        FindingLog all = findingLog();
        io.journeyascode.api.FailOn level = io.journeyascode.api.OptionValues.failOn(failOn);
        return new FindingLog() {
            @Override
            public void log(io.journeyascode.model.Severity severity, String line) {
                if (level.fails(severity)) {
                    all.log(severity, line);
                } else {
                    getLog().debug(line);
                }
            }

            @Override
            public void summary(String line) {
                getLog().info(line + " (listed by journey:validate above)");
            }
        };
    }

    @Override
    String goal() {
        return "journey:build";
    }
}
