package io.journeyascode.maven;

import io.journeyascode.api.BuildCommand;
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
        return BuildCommand.run(options(), pathPrefix(), findingLog(), getLog()::info);
    }

    @Override
    String goal() {
        return "journey:build";
    }
}
