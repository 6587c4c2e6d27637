package io.journeyascode.cli;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.BuildResult;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.OptionValues;
import io.journeyascode.api.WatchCommand;
import io.journeyascode.report.ReportFormat;
import io.journeyascode.report.ReportOptions;
import io.journeyascode.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey build DIR --out OUT}: validates, then writes the CX playbook site (SPEC §7, §8). */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Validates the journeys in DIR, then writes the CX playbook site to OUT.",
            "The site is written whole or not at all: a failed build leaves OUT as it was."
        })
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The journeys folder.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "The site folder to write.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates that override the built-in ones.")
    Path templates;

    @Option(names = "--site", paramLabel = "DIR", description = "Assets and Markdown pages (pages/*.md) of the site.")
    Path site;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            description = "Graphviz engine: auto (default: dot when on the PATH, else js), dot or js.")
    String engine = "auto";

    @Option(names = "--jobs", paramLabel = "N", description = "Parallel work (default: the number of cores).")
    Integer jobs;

    @Option(
            names = "--watch",
            description = {
                "After the build, build again whenever a file in DIR, --templates or --site changes, until"
                        + " stopped (Ctrl-C).",
                "Each build is whole or not at all as without it; one that fails leaves the site as it was."
            })
    boolean watch;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (watch) {
            HeapPolicy.roomy();
        } else {
            HeapPolicy.compact();
        }
        CommandLine cmd = spec.commandLine();
        FailOn failOn = common.failOn(cmd);
        BuildOptions options = new BuildOptions(
                dir,
                out,
                Optional.ofNullable(templates),
                Optional.ofNullable(site),
                Engine.parse(engine.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                cmd, "--engine must be auto, dot or js, not `" + engine + "`")),
                jobs(cmd),
                common.sourceUrl(cmd),
                failOn,
                common.today(cmd),
                OptionValues.sourceDateEpoch(System.getenv()));
        PrintWriter err = cmd.getErr();
        Consumer<String> progress = line -> {
            err.println(line);
            err.flush();
        };
        if (watch) {
            return watch(options, progress, cmd);
        }
        BuildResult result = JourneyGenerator.build(options, progress);
        PrintWriter stdout = cmd.getOut();
        stdout.print(Reports.render(
                ReportFormat.TEXT, result.validation(), new ReportOptions(dir.toString(), failOn, Optional.empty())));
        stdout.println(result.siteLine(failOn));
        stdout.flush();
        return result.siteWritten() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** {@code --watch}: builds, then again after each change, until the process is stopped. */
    private int watch(BuildOptions options, Consumer<String> progress, CommandLine cmd) {
        PrintWriter stdout = cmd.getOut();
        PrintWriter err = cmd.getErr();
        WatchCommand.run(
                options,
                dir.toString(),
                (severity, line) -> {
                    stdout.println(line);
                    stdout.flush();
                },
                progress,
                problem -> {
                    err.println("journey: " + problem);
                    err.flush();
                });
        return ExitCode.OK;
    }

    private int jobs(CommandLine cmd) {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(cmd, "--jobs must be 1 or more, not " + jobs);
        }
        return jobs;
    }
}
