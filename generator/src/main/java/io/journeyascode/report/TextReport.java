package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * SPEC §7's text format: {@code path:line:column: severity: message [rule-id]} a finding, then
 * {@code N errors, N warnings, N infos in N journeys} (always these words: CI scripts grep them).
 * Line breaks inside a message become spaces so that each finding stays on one line.
 */
final class TextReport implements Reporter {

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        for (Finding f : result.findings()) {
            out.write(options.displayPath(f.span().file()) + ":" + f.span().line() + ":"
                    + f.span().column() + ": " + f.severity().id() + ": " + oneLine(f.message()) + " [" + f.rule()
                    + "]\n");
        }
        out.write(summary(result) + "\n");
    }

    static String summary(ValidationResult result) {
        return result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING) + " warnings, "
                + result.count(Severity.INFO) + " infos in "
                + result.playbook().journeys().size() + " journeys";
    }

    static String oneLine(String message) {
        return message.replaceAll("\\R", " ");
    }
}
