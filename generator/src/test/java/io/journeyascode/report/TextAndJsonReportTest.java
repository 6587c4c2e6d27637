package io.journeyascode.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.FailOn;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextAndJsonReportTest {

    private static final ReportOptions JOURNEYS = new ReportOptions("journeys", FailOn.ERROR, Optional.empty());

    @Test
    void textPrintsOneCompilerStyleLinePerFindingAndTheSummary() {
        assertThat(Reports.render(ReportFormat.TEXT, Samples.result(), JOURNEYS))
                .isEqualTo(
                        """
                        journeys/online-order.yaml:2:1: info: No touchpoint of journey 'online-order' is marked as a peak; add `moment: peak` to the moment you want customers to remember. [no-peak-moment]
                        journeys/online-order.yaml:12:9: error: Critical touchpoint 'checkout' has no metric; add `metrics: [{type: csat, target: 80}]`. [critical-unmeasured]
                        journeys/online-order.yaml:20:9: warning: Touchpoint 'delivery' lists no expectations; add `expectations: ["…"]`. [missing-expectations]
                        journeys/playbook.yaml:3:1: error: Unknown key 'colour' in playbook.yaml; did you mean 'locale'? [schema]
                        2 errors, 1 warnings, 1 infos in 1 journeys
                        """);
    }

    @Test
    void textJoinsThePrefixAsTheUserWroteIt() {
        String dotSlash = Reports.render(ReportFormat.TEXT, Samples.result(), options("./journeys/"));
        String absolute = Reports.render(ReportFormat.TEXT, Samples.result(), options("/abs/journeys"));
        String none = Reports.render(ReportFormat.TEXT, Samples.result(), options(""));
        assertThat(dotSlash).startsWith("./journeys/online-order.yaml:2:1: info: ");
        assertThat(absolute).startsWith("/abs/journeys/online-order.yaml:2:1: info: ");
        assertThat(none).startsWith("online-order.yaml:2:1: info: ");
    }

    @Test
    void textOfACleanPlaybookIsOnlyTheSummary() {
        ValidationResult clean = new ValidationResult(
                new Playbook(PlaybookConfig.defaults(), List.of(Samples.journey()), List.of()), List.of());
        assertThat(Reports.render(ReportFormat.TEXT, clean, JOURNEYS))
                .isEqualTo("0 errors, 0 warnings, 0 infos in 1 journeys\n");
    }

    @Test
    void textKeepsAMessageWithLineBreaksOnOneLine() {
        ValidationResult result = new ValidationResult(
                Samples.result().playbook(),
                List.of(Samples.finding(
                        "schema",
                        io.journeyascode.model.Severity.ERROR,
                        "a.yaml",
                        1,
                        1,
                        null,
                        null,
                        "bad\nvalue\r\nhere")));
        assertThat(Reports.render(ReportFormat.TEXT, result, JOURNEYS))
                .startsWith("journeys/a.yaml:1:1: error: bad value here [schema]\n");
    }

    @Test
    void jsonListsFindingsInSpecKeyOrderWithNullsAndTheSummary() {
        assertThat(Reports.render(ReportFormat.JSON, Samples.result(), JOURNEYS))
                .isEqualTo(
                        """
                        {
                          "findings": [
                            {
                              "rule": "no-peak-moment",
                              "severity": "info",
                              "file": "journeys/online-order.yaml",
                              "line": 2,
                              "column": 1,
                              "journey": "online-order",
                              "touchpoint": null,
                              "message": "No touchpoint of journey 'online-order' is marked as a peak; add `moment: peak` to the moment you want customers to remember."
                            },
                            {
                              "rule": "critical-unmeasured",
                              "severity": "error",
                              "file": "journeys/online-order.yaml",
                              "line": 12,
                              "column": 9,
                              "journey": "online-order",
                              "touchpoint": "checkout",
                              "message": "Critical touchpoint 'checkout' has no metric; add `metrics: [{type: csat, target: 80}]`."
                            },
                            {
                              "rule": "missing-expectations",
                              "severity": "warning",
                              "file": "journeys/online-order.yaml",
                              "line": 20,
                              "column": 9,
                              "journey": "online-order",
                              "touchpoint": "delivery",
                              "message": "Touchpoint 'delivery' lists no expectations; add `expectations: [\\"…\\"]`."
                            },
                            {
                              "rule": "schema",
                              "severity": "error",
                              "file": "journeys/playbook.yaml",
                              "line": 3,
                              "column": 1,
                              "journey": null,
                              "touchpoint": null,
                              "message": "Unknown key 'colour' in playbook.yaml; did you mean 'locale'?"
                            }
                          ],
                          "summary": {
                            "errors": 2,
                            "warnings": 1,
                            "infos": 1,
                            "journeys": 1,
                            "touchpoints": 2
                          }
                        }
                        """);
    }

    @Test
    void jsonOfACleanPlaybookHasAnEmptyFindingsArray() {
        ValidationResult clean =
                new ValidationResult(new Playbook(PlaybookConfig.defaults(), List.of(), List.of()), List.of());
        assertThat(Reports.render(ReportFormat.JSON, clean, JOURNEYS))
                .isEqualTo(
                        """
                        {
                          "findings": [],
                          "summary": {
                            "errors": 0,
                            "warnings": 0,
                            "infos": 0,
                            "journeys": 0,
                            "touchpoints": 0
                          }
                        }
                        """);
    }

    @Test
    void formatsParseTheirIdsAndNameTheirReportFiles() {
        assertThat(ReportFormat.parse("sarif")).contains(ReportFormat.SARIF);
        assertThat(ReportFormat.parse("SARIF")).isEmpty();
        assertThat(ReportFormat.JUNIT.fileName()).isEqualTo("findings.junit.xml");
        assertThat(List.of(ReportFormat.values()).stream()
                        .map(ReportFormat::fileName)
                        .distinct())
                .hasSize(ReportFormat.values().length);
    }

    private static ReportOptions options(String prefix) {
        return new ReportOptions(prefix, FailOn.ERROR, Optional.empty());
    }
}
