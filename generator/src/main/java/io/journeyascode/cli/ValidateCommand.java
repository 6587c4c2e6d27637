package io.journeyascode.cli;

import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code journey validate DIR}: checks a journeys folder and reports findings (SPEC §7). */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks the journeys in DIR against the rules and reports the findings.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The journeys folder.")
    Path dir;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FMT",
            description = "Report format(s): text (default), json, sarif, junit, github, checkstyle.")
    List<String> formats = List.of("text");

    @CommandLine.Mixin
    CommonOptions common;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report (one format) to FILE.")
    Path output;

    @Option(
            names = "--report-dir",
            paramLabel = "DIR",
            description = "Write each format to DIR/findings.<ext> (needed for several formats).")
    Path reportDir;

    @Override
    public Integer call() {
        List<ReportFormat> parsed = ReportOutput.parseFormats(spec.commandLine(), formats);
        ReportOutput reports = ReportOutput.of(spec.commandLine(), parsed, output, reportDir);
        reports.checkPlace(dir);
        FailOn failOn = common.failOn(spec.commandLine());
        java.util.Optional<String> sourceUrl = common.sourceUrl(spec.commandLine());
        ValidationResult result = JourneyGenerator.validate(dir, common.today(spec.commandLine()));
        reports.write(result, dir, failOn, sourceUrl);
        if (result.checkedNothing()) {
            // on stderr: the report on stdout stays the report
            spec.commandLine().getErr().println("journey: " + ValidationResult.nothingChecked(dir));
        }
        return failOn.countFailing(result.findings()) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
