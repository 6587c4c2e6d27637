package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes findings in the formats of SPEC §7. Every format is deterministic: the same result and
 * options give the same text, with {@code \n} line ends on every platform.
 */
public final class Reports {

    private Reports() {}

    public static void write(ReportFormat format, ValidationResult result, ReportOptions options, Writer out)
            throws IOException {
        reporter(format).write(result, options, out);
        out.flush();
    }

    public static String render(ReportFormat format, ValidationResult result, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            write(format, result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static Reporter reporter(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport();
            case JUNIT -> new JunitReport();
            case GITHUB -> new GithubReport();
            case CHECKSTYLE -> new CheckstyleReport();
        };
    }
}
