package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import java.io.IOException;
import java.io.Writer;

/** One report format: writes every finding of a validation. */
interface Reporter {

    void write(ValidationResult result, ReportOptions options, Writer out) throws IOException;
}
