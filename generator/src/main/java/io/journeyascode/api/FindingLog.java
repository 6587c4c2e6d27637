package io.journeyascode.api;

import io.journeyascode.model.Severity;

/**
 * Where a front end prints the text-format lines of a run: each finding with its severity (a
 * build tool maps it to its log levels), and the summary line as {@link Severity#INFO}.
 */
@FunctionalInterface
public interface FindingLog {

    void log(Severity severity, String line);
}
