package io.journeyascode.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey diff BASE_DIR HEAD_DIR} or {@code journey diff --base-ref REV DIR}: what a change
 * does to the customer (SPEC §7).
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what a change does to the journeys: touchpoints added, removed and changed,",
            "criticality and ownership changes, findings introduced and resolved, coverage before and after."
        })
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "DIR", description = "BASE_DIR HEAD_DIR, or only DIR with --base-ref.")
    List<Path> dirs;

    @Option(
            names = "--base-ref",
            paramLabel = "REV",
            description = "Read the base from git at REV (e.g. origin/main) instead of a folder.")
    String baseRef;

    @Option(names = "--format", paramLabel = "FMT", description = "markdown (default) or json.")
    String format = "markdown";

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new CommandLine.ParameterException(cmd, "--format must be markdown or json, not `" + format + "`");
        }
        if (baseRef != null && dirs.size() != 1) {
            throw new CommandLine.ParameterException(
                    cmd, "with --base-ref give one folder: journey diff --base-ref REV DIR");
        }
        if (baseRef == null && dirs.size() != 2) {
            throw new CommandLine.ParameterException(
                    cmd, "give two folders (journey diff BASE_DIR HEAD_DIR) or --base-ref REV DIR");
        }
        String text = io.journeyascode.api.DiffCommand.run(new io.journeyascode.api.DiffCommand.Options(
                baseRef == null ? Optional.of(dirs.get(0)) : Optional.empty(),
                Optional.ofNullable(baseRef),
                dirs.get(dirs.size() - 1),
                io.journeyascode.api.DiffCommand.Format.of(format),
                Optional.empty(),
                common.today(cmd)));
        cmd.getOut().print(text);
        cmd.getOut().flush();
        return ExitCode.OK;
    }
}
