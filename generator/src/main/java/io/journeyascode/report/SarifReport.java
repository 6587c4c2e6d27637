package io.journeyascode.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.api.Version;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import io.journeyascode.rules.Rule;
import io.journeyascode.rules.RuleCatalogue;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the rule catalogue as the driver's rules, one
 * result a finding. Relative paths are URIs against {@code %SRCROOT%} (the repository root
 * when the journeys folder was given relative to it); absolute ones become {@code file:} URIs,
 * which upload-sarif relativises against its checkout path. The site's copy has paths inside the
 * journeys folder, against the base {@code JOURNEYS} (its {@code --source-url} when given).
 * Fingerprints leave out the line,
 * so a finding keeps its identity when lines move.
 */
final class SarifReport implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "journeyFinding/v1";
    static final String REPOSITORY_BASE = "%SRCROOT%";
    static final String JOURNEYS_BASE = "JOURNEYS";
    static final String INFORMATION_URI = "https://github.com/journey-as-code/journey-as-code";

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        ObjectNode root = PrettyJson.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "journey-as-code");
        driver.put("version", Version.get());
        driver.put("informationUri", INFORMATION_URI);
        Map<String, Integer> ruleIndex = rules(driver.putArray("rules"), result.findings());
        overrides(run, ruleIndex, result);
        run.put("columnKind", "unicodeCodePoints");
        // the site's reports have paths inside the journeys folder, not the repository: a base of
        // their own, located at the source URL when there is one
        String base = options.insideJourneys() ? JOURNEYS_BASE : REPOSITORY_BASE;
        if (base.equals(JOURNEYS_BASE)) {
            ObjectNode journeys = run.putObject("originalUriBaseIds").putObject(JOURNEYS_BASE);
            options.sourceUrl().ifPresent(url -> journeys.put("uri", url.endsWith("/") ? url : url + "/"));
            journeys.putObject("description").put("text", "The journeys folder");
        }
        ArrayNode results = run.putArray("results");
        List<String> keys = FindingKeys.keysWithOccurrence(result.findings());
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            r.put("ruleIndex", ruleIndex.get(f.rule()));
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            artifactLocation(
                    physical.putObject("artifactLocation"),
                    options.repositoryPath(f.span().file()),
                    base);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.span().line());
            region.put("startColumn", f.span().column());
            r.putObject("partialFingerprints").put(FINGERPRINT, FindingKeys.sha256(keys.get(i)));
        }
        JsonReport.writePretty(root, out);
    }

    /** Writes the catalogue's rules (and any rule only the findings name) and returns their indexes. */
    private static Map<String, Integer> rules(ArrayNode array, List<Finding> findings) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>(RuleCatalogue.all());
        for (Rule rule : rules) {
            index.put(rule.id(), index.size());
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.summary());
            node.putObject("fullDescription").put("text", rule.summary() + " " + rule.rationale());
            ObjectNode help = node.putObject("help");
            help.put("text", rule.fix());
            help.put("markdown", "**Why:** " + rule.rationale() + "\n\n**Fix:** " + rule.fix());
            node.put("helpUri", INFORMATION_URI + "#rules");
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        for (Finding f : findings) {
            if (!index.containsKey(f.rule())) {
                index.put(f.rule(), index.size());
                ObjectNode node = array.addObject();
                node.put("id", f.rule());
                node.putObject("shortDescription").put("text", f.rule());
            }
        }
        return index;
    }

    /**
     * The levels playbook.yaml gives rules, as SARIF says a run's configuration differs from the
     * rules' defaults: an invocation's {@code ruleConfigurationOverrides} (a level, or not enabled
     * for {@code off}), so that a viewer does not take a rule's default for what this run used.
     */
    private static void overrides(ObjectNode run, Map<String, Integer> ruleIndex, ValidationResult result) {
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        Map<String, String> levels =
                io.journeyascode.rules.RuleEngine.levels(result.playbook().config());
        if (levels.isEmpty()) {
            return;
        }
        ArrayNode overrides = invocation.putArray("ruleConfigurationOverrides");
        for (Map.Entry<String, Integer> rule : ruleIndex.entrySet()) {
            String level = levels.get(rule.getKey());
            if (level == null) {
                continue;
            }
            ObjectNode override = overrides.addObject();
            ObjectNode descriptor = override.putObject("descriptor");
            descriptor.put("id", rule.getKey());
            descriptor.put("index", rule.getValue());
            ObjectNode configuration = override.putObject("configuration");
            if (level.equals("off")) {
                configuration.put("enabled", false);
            } else {
                configuration.put("level", level(Severity.parse(level).orElseThrow()));
            }
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a URI reference against {@code base}, an absolute one as a file URI. */
    static void artifactLocation(ObjectNode location, String displayPath, String base) {
        String path = displayPath.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        boolean windowsDrive = path.matches("[A-Za-z]:/.*");
        if (path.startsWith("/") || windowsDrive) {
            location.put("uri", encode("file", windowsDrive ? "/" + path : path));
        } else {
            location.put("uri", encode(null, path));
            location.put("uriBaseId", base);
        }
    }

    private static String encode(String scheme, String path) {
        int slash = path.indexOf('/');
        if (scheme == null
                && path.substring(0, slash < 0 ? path.length() : slash).contains(":")) {
            path = "./" + path; // a colon in the first segment would read as a scheme
        }
        try {
            return new URI(scheme, scheme == null ? null : "", path, null, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
