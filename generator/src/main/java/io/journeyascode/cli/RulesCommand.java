package io.journeyascode.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyascode.api.FailOn;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.report.PrettyJson;
import io.journeyascode.report.ReportOptions;
import io.journeyascode.report.TextReport;
import io.journeyascode.rules.Rule;
import io.journeyascode.rules.RuleCatalogue;
import io.journeyascode.rules.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey rules [DIR]}: the rule catalogue, as a linter lists its rules: each rule's id, the
 * level it has (with {@code DIR}, as that journeys folder's playbook.yaml sets it) and what it
 * finds; {@code --format json} adds why it matters and how to fix it, for scripts. The same texts
 * as the site's rules page and the SARIF report's rule help.
 */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the rules: id, level and what each finds.",
            "With DIR, the levels are those its playbook.yaml sets (`rules:`)."
        })
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "A journeys folder (optional).")
    Path dir;

    @Option(names = "--format", paramLabel = "FMT", description = "text (default) or json.")
    String format = "text";

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format must be text or json, not `" + format + "`");
        }
        List<Finding> findings = new ArrayList<>();
        PlaybookConfig config = dir == null ? PlaybookConfig.defaults() : PlaybookLoader.config(dir, findings);
        Map<String, String> levels = RuleEngine.levels(config);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ArrayNode rules = PrettyJson.object().arrayNode();
            for (Rule rule : RuleCatalogue.all()) {
                ObjectNode node = rules.addObject();
                node.put("id", rule.id());
                node.put("level", level(rule, levels));
                node.put("default", rule.defaultSeverity().id());
                node.put("summary", rule.summary());
                node.put("rationale", rule.rationale());
                node.put("fix", rule.fix());
            }
            out.print(PrettyJson.write(rules));
        } else {
            int width = RuleCatalogue.all().stream()
                    .mapToInt(r -> r.id().length())
                    .max()
                    .orElse(0);
            for (Rule rule : RuleCatalogue.all()) {
                String level = level(rule, levels);
                String set = level.equals(rule.defaultSeverity().id())
                        ? ""
                        : " (" + rule.defaultSeverity().id() + " by default)";
                out.println(String.format(
                        Locale.ROOT, "%-" + width + "s  %-7s  %s%s", rule.id(), level, rule.summary(), set));
            }
        }
        // what is wrong in playbook.yaml decides nothing here: said on stderr, as validate says it
        PrintWriter err = spec.commandLine().getErr();
        if (dir != null) {
            ReportOptions options = new ReportOptions(dir.toString(), FailOn.NEVER, java.util.Optional.empty());
            for (Finding f : RuleEngine.withLevels(findings, config)) {
                err.println(TextReport.line(f, options));
            }
            if (!java.nio.file.Files.exists(dir.resolve(PlaybookConfig.FILE_NAME))) {
                err.println("journey: " + TextReport.printable(dir.toString()) + " has no " + PlaybookConfig.FILE_NAME
                        + ": the rules have their default levels.");
            }
        }
        return ExitCode.OK;
    }

    private static String level(Rule rule, Map<String, String> levels) {
        return levels.getOrDefault(rule.id(), rule.defaultSeverity().id());
    }
}
