package io.journeyascode.cli;

import io.journeyascode.api.FailOn;
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
 * does to the customer (SPEC §7). Exits 0 unless {@code --fail-on LEVEL} is given and the change
 * introduces a finding at or above it: findings the base had already do not fail a diff, so that
 * a pull request is judged by what it brings in, and the default (never) keeps a CI step that
 * posts the diff as a comment running when the change brings in an error.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Shows what a change does to the journeys: touchpoints added, removed and changed, criticality"
                    + " and ownership changes, findings introduced and resolved, coverage before and after."
        })
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "DIR", description = "BASE_DIR HEAD_DIR, or only DIR with --base-ref.")
    List<Path> dirs;

    @Option(
            names = "--base-ref",
            paramLabel = "REV",
            description =
                    "Read the base from git instead of a folder: DIR where the history of HEAD meets REV (e.g. origin/main), as a pull request's changes are.")
    String baseRef;

    @Option(names = "--format", paramLabel = "FMT", description = "markdown (default) or json.")
    String format = "markdown";

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when the change introduces a finding at or above LEVEL: never (default), error,"
                    + " warning or info.")
    String failOn = "never";

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "Judge waivers and measurement age as of DATE (yyyy-mm-dd; default: today in UTC).")
    String today;

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
        FailOn level = CommonOptions.failOn(cmd, failOn);
        io.journeyascode.api.DiffCommand.Result result =
                io.journeyascode.api.DiffCommand.compare(new io.journeyascode.api.DiffCommand.Options(
                        baseRef == null ? Optional.of(dirs.get(0)) : Optional.empty(),
                        Optional.ofNullable(baseRef),
                        dirs.get(dirs.size() - 1),
                        io.journeyascode.api.DiffCommand.Format.of(format),
                        Optional.empty(),
                        CommonOptions.today(cmd, today)));
        cmd.getOut().print(result.text());
        cmd.getOut().flush();
        // a reviewer's gate: what the change brings in, not what the head already had
        return level.countFailing(result.introduced()) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
