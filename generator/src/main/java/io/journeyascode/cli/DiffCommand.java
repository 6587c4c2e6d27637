package io.journeyascode.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code journey diff}: placeholder until the diff lands. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Shows what a change does to the journeys.")
final class DiffCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new io.journeyascode.api.ToolException("journey diff is not available yet");
    }
}
