package io.journeyascode.site.view;

/** How many findings of each severity, and in all. */
public record FindingCounts(int errors, int warnings, int infos, int total) {

    public static FindingCounts of(int errors, int warnings, int infos) {
        return new FindingCounts(errors, warnings, infos, errors + warnings + infos);
    }
}
