package io.journeyascode.api;

import io.journeyascode.model.Severity;

/**
 * Where a front end prints the text-format lines of a run: each finding with its severity (a
 * build tool maps it to its log levels), and the summary line ({@link #summary}).
 */
@FunctionalInterface
public interface FindingLog {

    void log(Severity severity, String line);

    /** The line that counts the findings, or says what became of the site: as info, unless a front end says otherwise. */
    default void summary(String line) {
        log(Severity.INFO, line);
    }
}
