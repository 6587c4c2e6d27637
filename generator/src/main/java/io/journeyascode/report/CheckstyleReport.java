package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.api.Version;
import io.journeyascode.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML result format, which many CI tools and review bots read: a {@code <file>}
 * for every journey file and every file with findings (sorted), an {@code <error>} a finding
 * with {@code source="journey.RULE-ID"}.
 */
final class CheckstyleReport implements Reporter {

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = JunitReport.byFile(result);
        out.write(Xml.PROLOG);
        out.write("<checkstyle version=\"" + Xml.attr(Version.get()) + "\">\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            String name = Xml.attr(options.displayPath(file.getKey()));
            if (file.getValue().isEmpty()) {
                out.write("  <file name=\"" + name + "\"/>\n");
                continue;
            }
            out.write("  <file name=\"" + name + "\">\n");
            for (Finding f : file.getValue()) {
                out.write("    <error line=\"" + f.span().line() + "\" column=\""
                        + f.span().column()
                        + "\" severity=\"" + f.severity().id() + "\" message=\"" + Xml.attr(f.message())
                        + "\" source=\"journey." + Xml.attr(f.rule()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }
}
