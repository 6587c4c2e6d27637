package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyascode.model.RuleIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliRulesTest {

    @TempDir
    Path tmp;

    @Test
    void listsEveryRuleWithItsDefaultLevelAndWhatItFinds() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(RuleIds.ALL.size());
        assertThat(lines.stream().map(l -> l.split("\\s+", 2)[0])).containsExactlyElementsOf(RuleIds.ALL);
        assertThat(lines)
                .anySatisfy(
                        l -> assertThat(l).startsWith("critical-unmeasured ").contains(" error ", "no metric"))
                .anySatisfy(l -> assertThat(l).startsWith("single-channel ").contains(" info "));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withAFolderTheLevelsAreThoseItsPlaybookSets() throws Exception {
        Files.writeString(
                tmp.resolve("playbook.yaml"), "rules:\n  single-channel: off\n  missing-expectations: error\n");
        CliRun run = CliRun.of("rules", tmp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .anySatisfy(
                        l -> assertThat(l).matches("single-channel +off +.*").endsWith("(info by default)"))
                .anySatisfy(l ->
                        assertThat(l).matches("missing-expectations +error +.*").endsWith("(warning by default)"))
                .anySatisfy(l ->
                        assertThat(l).matches("critical-unmeasured +error +.*").doesNotContain("by default"));

        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("rules", tmp.toString(), "--format", "json").out());
        List<String> offRules = new ArrayList<>();
        json.forEach(rule -> {
            assertThat(rule.get("rationale").asText()).isNotBlank();
            assertThat(rule.get("fix").asText()).isNotBlank();
            if (rule.get("level").asText().equals("off")) {
                offRules.add(rule.get("id").asText() + " " + rule.get("default").asText());
            }
        });
        assertThat(offRules).containsExactly("single-channel info");
    }

    @Test
    void aFolderWithoutPlaybookYamlIsSaidToHaveTheDefaults() {
        CliRun run = CliRun.of("rules", tmp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo("journey: " + tmp + " has no playbook.yaml: the rules have their default levels.\n");
    }

    @Test
    void aMistakeInPlaybookYamlIsSaidOnStderrAndAMissingFolderIsRefused() throws Exception {
        Files.writeString(tmp.resolve("playbook.yaml"), "rules:\n  single-channel: of\n");
        CliRun run = CliRun.of("rules", tmp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith(tmp + "/playbook.yaml:2:19: error:").contains("[schema]");
        // the misspelt level is not taken: the rule keeps its default
        assertThat(run.out().lines()).anySatisfy(l -> assertThat(l).matches("single-channel +info +.*"));

        CliRun missing = CliRun.of("rules", tmp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
        assertThat(CliRun.of("rules", "--format", "xml").exitCode()).isEqualTo(2);
    }
}
