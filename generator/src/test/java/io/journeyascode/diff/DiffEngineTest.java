package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiffEngineTest {

    @Test
    void matchesFindingsByRuleJourneyTouchpointAndMessageNotByLineOrFile() {
        ValidationResult base = result(
                finding("a.yaml", 10, "checkout", "duplicate id `x`, first declared at a.yaml:4"),
                finding("a.yaml", 20, "payment", "no metric"));
        ValidationResult head = result(
                finding("renamed.yaml", 14, "checkout", "duplicate id `x`, first declared at a.yaml:8"),
                finding("renamed.yaml", 30, "payment", "no metric"));
        PlaybookDiff diff = DiffEngine.compare(base, head);
        assertThat(diff.findingsIntroduced()).isEmpty();
        assertThat(diff.findingsResolved()).isEmpty();
        assertThat(DiffMarkdown.verdict(diff)).isEqualTo("No change for customers");
    }

    @Test
    void countsRepeatedFindingsOneByOne() {
        ValidationResult base = result(finding("a.yaml", 10, "t", "same"));
        ValidationResult head = result(finding("a.yaml", 10, "t", "same"), finding("a.yaml", 12, "t", "same"));
        PlaybookDiff diff = DiffEngine.compare(base, head);
        assertThat(diff.findingsIntroduced()).extracting(f -> f.span().line()).containsExactly(12);
        assertThat(diff.findingsResolved()).isEmpty();
        assertThat(DiffMarkdown.verdict(diff)).isEqualTo("**1 finding introduced, 0 resolved**");
    }

    @Test
    void tellsFindingsOutsideJourneysApartByFile() {
        Finding playbook = new Finding(
                "schema",
                Severity.ERROR,
                new Span("playbook.yaml", 3, 1),
                Optional.empty(),
                Optional.empty(),
                "unknown key `colour`");
        Finding csv = new Finding(
                "schema",
                Severity.ERROR,
                new Span("measurements/a.csv", 3, 1),
                Optional.empty(),
                Optional.empty(),
                "unknown key `colour`");
        PlaybookDiff diff = DiffEngine.compare(result(playbook), result(csv));
        assertThat(diff.findingsIntroduced()).containsExactly(csv);
        assertThat(diff.findingsResolved()).containsExactly(playbook);
    }

    private static Finding finding(String file, int line, String touchpoint, String message) {
        return new Finding(
                "duplicate-id",
                Severity.ERROR,
                new Span(file, line, 9),
                Optional.of("online-order"),
                Optional.of(touchpoint),
                message);
    }

    private static ValidationResult result(Finding... findings) {
        return new ValidationResult(new Playbook(PlaybookConfig.defaults(), List.of(), List.of()), List.of(findings));
    }
}
