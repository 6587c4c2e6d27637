package io.journeyascode.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the journeys folder (placeholder until the plugin issue). */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public final class ValidateMojo extends AbstractMojo {

    @Override
    public void execute() {
        getLog().info("journey:validate is not implemented yet");
    }
}
