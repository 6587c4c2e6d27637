package io.journeyascode.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.api.Version;
import io.journeyascode.model.Finding;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void validatesAgainstTheOfficialSarifSchema() throws Exception {
        String shared = System.getProperty("shared.dir");
        assumeTrue(shared != null, "system property shared.dir is not set: skipping the SARIF schema check");
        Path schemaFile = Path.of(shared, "sarif-schema-2.1.0.json");
        assumeTrue(Files.isRegularFile(schemaFile), schemaFile + " is absent: skipping the SARIF schema check");
        JsonSchema schema = sarifSchema(schemaFile);
        for (String prefix : List.of("journeys", "./journeys", "/abs/my journeys", "")) {
            Set<ValidationMessage> errors = schema.validate(sarif(Samples.result(), prefix));
            assertThat(errors).as("SARIF for prefix '%s'", prefix).isEmpty();
        }
        assertThat(schema.validate(sitesCopy(Optional.of("https://example.com/r/blob/main/journeys"))))
                .as("the site's copy, with a source URL")
                .isEmpty();
        assertThat(schema.validate(sarif(withLevels(), "journeys")))
                .as("with playbook.yaml's levels")
                .isEmpty();
        // a schema that accepts everything would prove nothing: it must reject a broken log
        JsonNode broken = sarif(Samples.result(), "journeys");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).put("version", "2.0.0");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    /**
     * The shared copy keeps the log's own schema under {@code definitions/Root} with nothing at
     * the top level, which would accept any document: validate against that definition.
     */
    private static JsonSchema sarifSchema(Path file) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode node;
        try (InputStream in = Files.newInputStream(file)) {
            node = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(in);
        }
        if (!node.has("properties") && node.at("/definitions/Root").isObject()) {
            node.put("$ref", "#/definitions/Root");
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
    }

    @Test
    void describesTheToolAndEveryRuleOfTheCatalogue() throws Exception {
        JsonNode driver = sarif(Samples.result(), "journeys").at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("journey-as-code");
        assertThat(driver.get("version").asText()).isEqualTo(Version.get());
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(RuleIds.ALL);
        JsonNode unmeasured = driver.get("rules").get(RuleIds.ALL.indexOf(RuleIds.CRITICAL_UNMEASURED));
        assertThat(unmeasured.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(unmeasured.at("/shortDescription/text").asText()).isNotBlank();
        assertThat(unmeasured.at("/fullDescription/text").asText()).isNotBlank();
        assertThat(unmeasured.at("/help/text").asText()).isNotBlank();
    }

    @Test
    void playbookYamlsLevelsAreTheRunsRuleConfigurationOverrides() throws Exception {
        JsonNode run = sarif(withLevels(), "journeys").at("/runs/0");
        JsonNode overrides = run.at("/invocations/0/ruleConfigurationOverrides");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(overrides).hasSize(2);
        List<String> said = new ArrayList<>();
        overrides.forEach(o -> said.add(o.at("/descriptor/id").asText() + " "
                + o.at("/descriptor/index").asInt() + " " + o.at("/configuration")));
        assertThat(said)
                .containsExactlyInAnyOrder(
                        "single-channel " + RuleIds.ALL.indexOf(RuleIds.SINGLE_CHANNEL) + " {\"enabled\":false}",
                        "missing-expectations " + RuleIds.ALL.indexOf(RuleIds.MISSING_EXPECTATIONS)
                                + " {\"level\":\"error\"}");
        // without levels of its own, the run says only that it ran
        assertThat(sarif(Samples.result(), "journeys")
                        .at("/runs/0/invocations/0")
                        .has("ruleConfigurationOverrides"))
                .isFalse();
    }

    private static ValidationResult withLevels() {
        PlaybookConfig config = io.journeyascode.model.PlaybookConfigs.withLevels(
                java.util.Map.of(RuleIds.SINGLE_CHANNEL, "off", RuleIds.MISSING_EXPECTATIONS, "error"));
        return new ValidationResult(
                new io.journeyascode.model.Playbook(
                        config, Samples.result().playbook().journeys(), List.of()),
                Samples.result().findings());
    }

    @Test
    void resultsCarryRuleLevelMessageAndRelativeLocation() throws Exception {
        JsonNode log = sarif(Samples.result(), "./journeys");
        JsonNode results = log.at("/runs/0/results");
        assertThat(results).hasSize(4);
        JsonNode unmeasured = results.get(1);
        assertThat(unmeasured.get("ruleId").asText()).isEqualTo("critical-unmeasured");
        int index = unmeasured.get("ruleIndex").asInt();
        assertThat(log.at("/runs/0/tool/driver/rules/" + index + "/id").asText())
                .isEqualTo("critical-unmeasured");
        assertThat(unmeasured.get("level").asText()).isEqualTo("error");
        assertThat(results.get(0).get("level").asText()).isEqualTo("note");
        assertThat(results.get(2).get("level").asText()).isEqualTo("warning");
        assertThat(unmeasured.at("/message/text").asText()).startsWith("Critical touchpoint 'checkout'");
        JsonNode location = unmeasured.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("journeys/online-order.yaml");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(9);
    }

    @Test
    void theSitesCopyLocatesPathsInTheJourneysFolderNotTheRepositoryRoot() throws Exception {
        // the site's reports: paths inside the journeys folder
        JsonNode linked = sitesCopy(Optional.of("https://example.com/r/blob/main/journeys"));
        JsonNode location = linked.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(location.get("uri").asText()).isEqualTo("online-order.yaml");
        assertThat(location.get("uriBaseId").asText()).isEqualTo("JOURNEYS");
        assertThat(linked.at("/runs/0/originalUriBaseIds/JOURNEYS/uri").asText())
                .isEqualTo("https://example.com/r/blob/main/journeys/");
        JsonNode unlinked = sitesCopy(Optional.empty());
        assertThat(unlinked.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId")
                        .asText())
                .isEqualTo("JOURNEYS");
        assertThat(unlinked.at("/runs/0/originalUriBaseIds/JOURNEYS").has("uri"))
                .isFalse();
        assertThat(unlinked.at("/runs/0/originalUriBaseIds/JOURNEYS/description/text")
                        .asText())
                .isEqualTo("The journeys folder");
        // the command's own reports: the repository root, and no base of our own, also when the
        // journeys folder is the working folder (no prefix: the Maven plugin in that case)
        for (String prefix : List.of("journeys", "")) {
            JsonNode log = sarif(Samples.result(), prefix);
            assertThat(log.at("/runs/0").has("originalUriBaseIds")).as(prefix).isFalse();
            assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId")
                            .asText())
                    .isEqualTo("%SRCROOT%");
        }
    }

    @Test
    void encodesSpacesAndGivesAbsolutePathsAsFileUris() throws Exception {
        JsonNode relative = sarif(Samples.result(), "my journeys")
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(relative.get("uri").asText()).isEqualTo("my%20journeys/online-order.yaml");
        JsonNode absolute = sarif(Samples.result(), "/abs/journeys")
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(absolute.get("uri").asText()).isEqualTo("file:///abs/journeys/online-order.yaml");
        assertThat(absolute.has("uriBaseId")).isFalse();
    }

    @Test
    void fingerprintIgnoresMovedLinesButTellsFindingsApart() throws Exception {
        Finding before = finding(12, "Touchpoint 'checkout' duplicates the id declared at line 4.", "checkout");
        Finding moved = finding(30, "Touchpoint 'checkout' duplicates the id declared at line 9.", "checkout");
        Finding other = finding(12, "Touchpoint 'delivery' duplicates the id declared at line 4.", "delivery");
        assertThat(fingerprints(List.of(moved))).isEqualTo(fingerprints(List.of(before)));
        assertThat(fingerprints(List.of(other))).isNotEqualTo(fingerprints(List.of(before)));
        List<String> twice = fingerprints(List.of(before, moved));
        assertThat(twice.get(0)).isNotEqualTo(twice.get(1));
        assertThat(twice.get(0)).isEqualTo(fingerprints(List.of(before)).get(0));
    }

    @Test
    void fingerprintOfARulesFindingIgnoresItsFiguresButNotWhatItIsAbout() throws Exception {
        Finding below = belowTarget("CSAT", "83", "88", 30);
        // another day, another export, a new target: still that metric below its target
        Finding moved = belowTarget("CSAT", "82", "90", 31);
        Finding other = belowTarget("NPS", "83", "88", 30);
        assertThat(fingerprints(List.of(moved))).isEqualTo(fingerprints(List.of(below)));
        assertThat(fingerprints(List.of(other))).isNotEqualTo(fingerprints(List.of(below)));

        // a place named in a value moves with the lines: the same duplicate
        io.journeyascode.model.Message usedAt = io.journeyascode.model.Message.of(
                "duplicate-id.touchpoint", "pay", "online-order", Samples.FILE + ":12", "pay-2");
        io.journeyascode.model.Message usedLower = io.journeyascode.model.Message.of(
                "duplicate-id.touchpoint", "pay", "online-order", Samples.FILE + ":14", "pay-2");
        assertThat(fingerprints(List.of(duplicate(usedLower, 20))))
                .isEqualTo(fingerprints(List.of(duplicate(usedAt, 18))));
    }

    private static Finding duplicate(io.journeyascode.model.Message text, int line) {
        return new Finding(
                RuleIds.DUPLICATE_ID,
                Severity.ERROR,
                new Span(Samples.FILE, line, 9),
                Optional.of("online-order"),
                Optional.of("pay"),
                io.journeyascode.rules.FindingMessages.english(text),
                Optional.of(text));
    }

    private static Finding belowTarget(String metric, String actual, String target, int line) {
        io.journeyascode.model.Message text = io.journeyascode.model.Message.of(
                "metric-below-target",
                metric,
                "checkout",
                io.journeyascode.model.Message.number(actual),
                io.journeyascode.model.Message.number(target),
                io.journeyascode.model.Message.figure(actual));
        return new Finding(
                "metric-below-target",
                Severity.WARNING,
                new Span(Samples.FILE, line, 9),
                Optional.of("online-order"),
                Optional.of("checkout"),
                io.journeyascode.rules.FindingMessages.english(text),
                Optional.of(text));
    }

    private static Finding finding(int line, String message, String touchpoint) {
        return new Finding(
                RuleIds.DUPLICATE_ID,
                Severity.ERROR,
                new Span(Samples.FILE, line, 9),
                Optional.of("online-order"),
                Optional.of(touchpoint),
                message);
    }

    private static List<String> fingerprints(List<Finding> findings) throws Exception {
        ValidationResult result = new ValidationResult(Samples.result().playbook(), findings);
        List<String> prints = new ArrayList<>();
        sarif(result, "journeys")
                .at("/runs/0/results")
                .forEach(r -> prints.add(
                        r.at("/partialFingerprints/journeyFinding~1v1").asText()));
        assertThat(prints).allSatisfy(p -> assertThat(p).matches("[0-9a-f]{64}"));
        return prints;
    }

    private static JsonNode sarif(ValidationResult result, String prefix) throws Exception {
        return sarif(result, prefix, Optional.empty());
    }

    private static JsonNode sarif(ValidationResult result, String prefix, Optional<String> sourceUrl) throws Exception {
        return MAPPER.readTree(
                Reports.render(ReportFormat.SARIF, result, new ReportOptions(prefix, FailOn.ERROR, sourceUrl)));
    }

    private static JsonNode sitesCopy(Optional<String> sourceUrl) throws Exception {
        return MAPPER.readTree(
                Reports.render(ReportFormat.SARIF, Samples.result(), ReportOptions.forSite(FailOn.ERROR, sourceUrl)));
    }
}
