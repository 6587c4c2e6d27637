package io.journeyascode.diff;

import io.journeyascode.api.FailOn;
import io.journeyascode.report.ReportOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * How a diff shows the files of each side: as {@code validate}'s text report shows them
 * ({@link ReportOptions#displayPath}), the journeys folder as the user sees it joined with the
 * file inside it ({@code journeys/loan-application.yaml}). The head's files (introduced findings,
 * added journeys) take {@code headPrefix}; the base's (resolved findings, removed journeys) take
 * {@code basePrefix}, which is the head's when the base is the same folder at a git revision.
 */
public record DiffPaths(String basePrefix, String headPrefix) {

    /** Paths inside the journeys folder, as they were before paths had a prefix. */
    public static final DiffPaths INSIDE = new DiffPaths("", "");

    public DiffPaths {
        Objects.requireNonNull(basePrefix, "basePrefix");
        Objects.requireNonNull(headPrefix, "headPrefix");
    }

    /** The path to show for a file of the base. */
    public String base(String file) {
        return options(basePrefix).displayPath(file);
    }

    /** The path to show for a file of the head. */
    public String head(String file) {
        return options(headPrefix).displayPath(file);
    }

    private static ReportOptions options(String prefix) {
        return new ReportOptions(prefix, FailOn.NEVER, Optional.empty());
    }
}
