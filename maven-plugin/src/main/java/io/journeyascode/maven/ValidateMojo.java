package io.journeyascode.maven;

import io.journeyascode.api.OptionValues;
import io.journeyascode.api.Outcome;
import io.journeyascode.api.ValidateCommand;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the journeys folder and prints the findings through the Maven log; fails when a
 * finding is at or above {@code failOn}. Runs without a pom too, on {@code ./journeys} or
 * {@code -Djourney.journeysDirectory=…}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public final class ValidateMojo extends AbstractJourneyMojo {

    /** Report formats written to reportDirectory as findings.EXT: text, json, sarif, junit, github, checkstyle. */
    @Parameter(property = "journey.formats")
    List<String> formats = List.of();

    /** Where the report files of {@code formats} are written ({@code basedir}: also without a pom). */
    @Parameter(property = "journey.reportDirectory", defaultValue = "${basedir}/target/journey-reports")
    File reportDirectory;

    @Override
    Outcome run() {
        List<io.journeyascode.report.ReportFormat> reports =
                OptionValues.formats(formats == null ? List.of() : formats);
        Outcome outcome = ValidateCommand.run(
                new ValidateCommand.Options(
                        journeysDir(),
                        pathPrefix(),
                        OptionValues.failOn(failOn),
                        reports,
                        reportDirectory.toPath(),
                        sourceUrl(),
                        today()),
                findingLog());
        markFindingsListed();
        if (!reports.isEmpty()) {
            // where CI picks them up (an upload step, a test report publisher)
            getLog().info("Reports written: "
                    + reports.stream()
                            .map(f -> reportDirectory
                                    .toPath()
                                    .resolve(f.fileName())
                                    .toString())
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (outcome.validation().checkedNothing()) {
            // a green build that checked nothing is most often the wrong folder (or a module's root)
            getLog().warn(io.journeyascode.api.ValidationResult.nothingChecked(journeysDir()));
        }
        return outcome;
    }

    @Override
    String goal() {
        return "journey:validate";
    }
}
