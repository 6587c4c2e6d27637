package io.journeyascode.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats of SPEC §7 {@code --format}, with the file each gets in {@code --report-dir}. */
public enum ReportFormat {
    TEXT("findings.txt"),
    JSON("findings.json"),
    SARIF("findings.sarif"),
    JUNIT("findings.junit.xml"),
    GITHUB("findings.github.txt"),
    CHECKSTYLE("findings.checkstyle.xml");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The word used on the command line: {@code text}, {@code json}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name of this format in a report folder. */
    public String fileName() {
        return fileName;
    }

    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat f : values()) {
            if (f.id().equals(text)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
