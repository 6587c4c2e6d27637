package io.journeyascode.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * SPEC §7's JSON format. Keys in the order of the SPEC, absent journey/touchpoint as
 * {@code null}, {@code file} as the displayed path; laid out by {@link PrettyJson}.
 */
final class JsonReport implements Reporter {

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        ObjectNode root = PrettyJson.object();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().id());
            o.put("file", options.displayPath(f.span().file()));
            o.put("line", f.span().line());
            o.put("column", f.span().column());
            o.put("journey", f.journey().orElse(null));
            o.put("touchpoint", f.touchpoint().orElse(null));
            o.put("message", f.message());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        summary.put("journeys", result.playbook().journeys().size());
        summary.put("touchpoints", result.playbook().touchpointCount());
        writePretty(root, out);
    }

    static void writePretty(JsonNode node, Writer out) throws IOException {
        out.write(PrettyJson.write(node));
    }
}
