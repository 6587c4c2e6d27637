package io.journeyascode.maven;

import io.journeyascode.api.Outcome;
import io.journeyascode.api.WatchCommand;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the CX playbook site as {@code journey:build} does, then again whenever a file in the
 * journeys, templates or site folder changes, until Maven is stopped (Ctrl-C): run
 * {@code mvn journey:watch} while editing the journeys and reload the pages in a browser. A build
 * that fails validation leaves the site as it was and the watch goes on; one that cannot run at
 * all the first time ends the goal as {@code journey:build} would.
 */
@Mojo(name = "watch", threadSafe = true)
public final class WatchMojo extends AbstractSiteMojo {

    @Override
    Outcome run() {
        return WatchCommand.run(options(), pathPrefix(), findingLog(), getLog()::info, getLog()::error);
    }

    @Override
    String goal() {
        return "journey:watch";
    }
}
