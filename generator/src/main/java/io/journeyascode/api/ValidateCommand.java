package io.journeyascode.api;

import io.journeyascode.model.Finding;
import io.journeyascode.report.ReportFormat;
import io.journeyascode.report.ReportOptions;
import io.journeyascode.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code journey validate} as one call for front ends such as the Maven plugin: validates the
 * folder, prints every finding in the text format through a {@link FindingLog}, writes the
 * requested report files, and returns the verdict.
 */
public final class ValidateCommand {

    /**
     * What to validate and how to report it. {@code pathPrefix} is the folder as the user sees it
     * (see {@link OptionValues#pathPrefix}); each of {@code formats} is written to {@code
     * reportDir} as {@code findings.<ext>} (SPEC §7 {@code --report-dir}).
     */
    public record Options(
            Path journeysDir,
            String pathPrefix,
            FailOn failOn,
            List<ReportFormat> formats,
            Path reportDir,
            Optional<String> sourceUrl,
            LocalDate today) {

        public Options {
            Objects.requireNonNull(journeysDir, "journeysDir");
            Objects.requireNonNull(pathPrefix, "pathPrefix");
            Objects.requireNonNull(failOn, "failOn");
            formats = List.copyOf(formats);
            Objects.requireNonNull(reportDir, "reportDir");
            Objects.requireNonNull(sourceUrl, "sourceUrl");
            Objects.requireNonNull(today, "today");
        }

        ReportOptions reportOptions() {
            return new ReportOptions(pathPrefix, failOn, sourceUrl).inRepositoryOf(journeysDir);
        }
    }

    private ValidateCommand() {}

    /**
     * @throws ToolException when the folder cannot be read, the report folder lies among the
     *     journeys (checked before anything is read or written) or a report cannot be written
     */
    public static Outcome run(Options options, FindingLog log) {
        if (!options.formats().isEmpty()) {
            OutputPaths.checkFolder(
                    "the report folder",
                    options.reportDir(),
                    "the journeys folder",
                    options.journeysDir(),
                    "target/journey-reports");
        }
        ValidationResult result = JourneyGenerator.validate(options.journeysDir(), options.today());
        print(result, options.reportOptions(), log);
        writeReports(result, options);
        return new Outcome(result, options.failOn());
    }

    /** Prints each finding as its text-format line at its severity, then the summary at info. */
    public static void print(ValidationResult result, ReportOptions reportOptions, FindingLog log) {
        List<String> lines =
                Reports.render(ReportFormat.TEXT, result, reportOptions).lines().toList();
        List<Finding> findings = result.findings();
        // The text format writes one line a finding, in order, then the summary.
        for (int i = 0; i < findings.size(); i++) {
            log.log(findings.get(i).severity(), lines.get(i));
        }
        log.summary(lines.get(lines.size() - 1));
    }

    private static void writeReports(ValidationResult result, Options options) {
        if (options.formats().isEmpty()) {
            return;
        }
        Path dir = options.reportDir();
        try {
            Files.createDirectories(dir);
            for (ReportFormat format : options.formats()) {
                Reports.writeFile(dir.resolve(format.fileName()), format, result, options.reportOptions());
            }
        } catch (IOException e) {
            throw new ToolException("Cannot write the reports into " + dir + ": " + ToolException.reason(e), e);
        }
    }
}
