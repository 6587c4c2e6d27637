package io.journeyascode.api;

import java.nio.file.Path;

/**
 * The outcome of {@code journey build}: the validation, and whether the site was written (it is
 * written only when validation passes {@code failOn}).
 */
public record BuildResult(ValidationResult validation, boolean siteWritten, Path outputDir, String engineUsed) {

    /** What became of the site, as the command line says it: {@code Site written to OUT}, or why not. */
    public String siteLine(FailOn failOn) {
        long failing = failOn.countFailing(validation.findings());
        return siteWritten
                ? "Site written to " + outputDir
                : "Site not written: " + failing + (failing == 1 ? " finding" : " findings") + " at or above "
                        + failOn.id() + "; " + outputDir + " was left as it was";
    }
}
