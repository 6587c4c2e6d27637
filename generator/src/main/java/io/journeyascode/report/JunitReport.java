package io.journeyascode.report;

import io.journeyascode.api.FailOn;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.rules.Rule;
import io.journeyascode.rules.RuleCatalogue;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * JUnit XML as CI servers display it: a {@code <testsuite>} a file (name and {@code file} = the
 * file's displayed path), a {@code <testcase>} a rule (name = rule id, classname = the path as
 * Java names a class, {@code journeys.online-order}: Jenkins reads what follows a classname's
 * last dot as the class and the rest as its package, which made every file a class {@code yaml};
 * see {@link #classname}). Only the attributes Jenkins' xUnit plugin accepts
 * (its junit-10.xsd, which it checks a report against before reading it): none on
 * {@code <testsuites>} but its name, time and counts. A journey file's suite has a case for
 * every rule of the catalogue; playbook.yaml and measurements files get a suite only when they
 * have findings, with a case for each rule that found something there. A case fails when one
 * of its findings is at or above {@code failOn} (at error when that is {@code never}); the
 * failure text lists every finding of the case, its message the first failing one's (and how
 * many more fail), and findings below that appear only in the passing case's {@code <system-out>}.
 */
final class JunitReport implements Reporter {

    /**
     * Whether a finding fails its case: at or above {@code failOn}, and at error when that is
     * {@code never}, which is about the exit code (CI recipes pass it to let the job go on to
     * the next step): a test view in which nothing can fail would hide every error.
     */
    static boolean fails(ReportOptions options, Finding f) {
        return (options.failOn() == FailOn.NEVER ? FailOn.ERROR : options.failOn()).fails(f);
    }

    @Override
    public void write(ValidationResult result, ReportOptions options, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = byFile(result);
        Set<String> journeyFiles =
                result.playbook().journeys().stream().map(Journey::file).collect(Collectors.toSet());
        List<String> catalogue = RuleCatalogue.all().stream().map(Rule::id).toList();
        List<Suite> suites = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            Map<String, List<Finding>> byRule = new LinkedHashMap<>();
            if (journeyFiles.contains(file.getKey())) {
                catalogue.forEach(id -> byRule.put(id, new ArrayList<>()));
            }
            for (Finding f : file.getValue()) {
                byRule.computeIfAbsent(f.rule(), id -> new ArrayList<>()).add(f);
            }
            suites.add(new Suite(file.getKey(), byRule));
        }
        int tests = suites.stream().mapToInt(s -> s.byRule().size()).sum();
        long failures = suites.stream().mapToLong(s -> s.failures(options)).sum();
        out.write(Xml.PROLOG);
        out.write("<testsuites name=\"journey-as-code\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" time=\"0\">\n");
        for (Suite suite : suites) {
            writeSuite(suite, options, out);
        }
        out.write("</testsuites>\n");
    }

    private static void writeSuite(Suite suite, ReportOptions options, Writer out) throws IOException {
        String shown = options.displayPath(suite.file());
        String path = Xml.attr(shown);
        String classname = Xml.attr(classname(shown));
        out.write("  <testsuite name=\"" + path + "\" file=\"" + path + "\" tests=\""
                + suite.byRule().size() + "\" failures=\"" + suite.failures(options)
                + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (Map.Entry<String, List<Finding>> rule : suite.byRule().entrySet()) {
            List<Finding> findings = rule.getValue();
            String open =
                    "    <testcase name=\"" + Xml.attr(rule.getKey()) + "\" classname=\"" + classname + "\" time=\"0\"";
            if (findings.isEmpty()) {
                out.write(open + "/>\n");
                continue;
            }
            out.write(open + ">\n");
            String listing = listing(suite.file(), findings, options);
            long failing = findings.stream().filter(f -> fails(options, f)).count();
            if (failing > 0) {
                Finding first = findings.stream()
                        .filter(f -> fails(options, f))
                        .findFirst()
                        .orElseThrow();
                String message = first.span().line() + ":" + first.span().column() + ": " + first.message()
                        + (failing == 1 ? "" : " (and " + (failing - 1) + " more)");
                out.write("      <failure message=\"" + Xml.attr(message) + "\" type=\"" + Xml.attr(rule.getKey())
                        + "\">" + Xml.text(listing) + "</failure>\n");
            } else {
                out.write("      <system-out>" + Xml.text(listing) + "</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    /**
     * A file's path as a class name: its folders as the package, its name without extension as
     * the class ({@code journeys/area/online-order.yaml} → {@code journeys.area.online-order}),
     * {@code .} folders left out and any other dot written {@code _} ({@code ../web} → {@code
     * __.web}), so that no dot but the separators splits it.
     */
    static String classname(String path) {
        String withoutExtension = path.replaceFirst("\\.(ya?ml|csv)$", "");
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : withoutExtension.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part.replace('.', '_'));
            }
        }
        return String.join(".", parts);
    }

    /** One line a finding: {@code line:column: severity: message}, with a link when a source URL is set. */
    private static String listing(String file, List<Finding> findings, ReportOptions options) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f.span().line()).append(':').append(f.span().column()).append(": ");
            sb.append(f.severity().id()).append(": ").append(f.message());
            options.lineUrl(file, f.span().line())
                    .ifPresent(url -> sb.append(" (").append(url).append(')'));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Every journey file and every file with findings, sorted, with its findings in order. */
    static Map<String, List<Finding>> byFile(ValidationResult result) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result.playbook().journeys().forEach(j -> byFile.put(j.file(), new ArrayList<>()));
        for (Finding f : result.findings()) {
            byFile.computeIfAbsent(f.span().file(), k -> new ArrayList<>()).add(f);
        }
        return byFile;
    }

    private record Suite(String file, Map<String, List<Finding>> byRule) {
        long failures(ReportOptions options) {
            return byRule.values().stream()
                    .filter(fs -> fs.stream().anyMatch(f -> fails(options, f)))
                    .count();
        }
    }
}
