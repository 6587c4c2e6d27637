package io.journeyascode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionValuesTest {

    @Test
    void readsFailOnAndEngineWordsWhateverTheirCase() {
        assertThat(OptionValues.failOn("Warning")).isEqualTo(FailOn.WARNING);
        assertThat(OptionValues.failOn(" never ")).isEqualTo(FailOn.NEVER);
        assertThat(OptionValues.engine("JS")).isEqualTo(Engine.JS);
    }

    @Test
    void unknownWordsListTheAcceptedOnes() {
        assertThatThrownBy(() -> OptionValues.failOn("warn"))
                .isInstanceOf(ToolException.class)
                .hasMessage("Unknown failOn level 'warn': write one of error, warning, info, never.");
        assertThatThrownBy(() -> OptionValues.engine("graal"))
                .isInstanceOf(ToolException.class)
                .hasMessage("Unknown engine 'graal': write one of auto, dot, js.");
    }

    @Test
    void formatsSplitCommasSkipBlanksAndKeepEachOnce() {
        assertThat(OptionValues.formats(List.of("json, sarif", "", "json", "JUnit")))
                .containsExactly(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT);
        assertThat(OptionValues.formats(List.of())).isEmpty();
    }

    @Test
    void jobsDefaultToTheNumberOfCores() {
        assertThat(OptionValues.jobs(3)).isEqualTo(3);
        assertThat(OptionValues.jobs(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
        // the command line refuses --jobs -1; the Maven plugin took it for the number of cores
        assertThatThrownBy(() -> OptionValues.jobs(-1))
                .isInstanceOf(ToolException.class)
                .hasMessage("jobs must be 0 (the number of cores) or more, not -1.");
    }

    @Test
    void sourceDateEpochIsReadOnlyWhenSet() {
        assertThat(OptionValues.sourceDateEpoch(Map.of())).isEmpty();
        assertThat(OptionValues.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "1767225600")))
                .isEqualTo(Optional.of(1767225600L));
        // no page can show a day before 1970 or after 9999 as a date
        assertThatThrownBy(() -> OptionValues.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "-99999999999999")))
                .hasMessageContaining("before 1970");
        assertThatThrownBy(() -> OptionValues.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "253402300800")))
                .hasMessageContaining("after the year 9999");
        assertThat(OptionValues.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "0")))
                .contains(0L);
        assertThatThrownBy(() -> OptionValues.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "yesterday")))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH is 'yesterday'");
    }

    @Test
    void pathPrefixIsRelativeInsideTheBaseOrBesideItAndAbsoluteFarAway() {
        Path base = Path.of("/work/repo");
        assertThat(OptionValues.pathPrefix(base, Path.of("/work/repo/journeys")))
                .isEqualTo("journeys");
        assertThat(OptionValues.pathPrefix(base, Path.of("/work/repo"))).isEmpty();
        // a sibling (mvn -Djourney.journeysDirectory=../web/journeys) as the command line shows it
        assertThat(OptionValues.pathPrefix(base, Path.of("/work/web/journeys"))).isEqualTo("../web/journeys");
        assertThat(OptionValues.pathPrefix(base.resolve("module"), Path.of("/work/repo/journeys")))
                .isEqualTo("../journeys");
        // sharing nothing but the root, a path of ../.. would say less than the absolute one
        assertThat(OptionValues.pathPrefix(base, Path.of("/elsewhere/journeys")))
                .isEqualTo("/elsewhere/journeys");
    }

    @Test
    void outcomeSaysHowManyFindingsFailedAtWhichLevel() {
        ValidationResult none = new ValidationResult(
                new io.journeyascode.model.Playbook(
                        io.journeyascode.model.PlaybookConfig.defaults(), List.of(), List.of()),
                List.of());
        assertThat(new Outcome(none, FailOn.ERROR).failed()).isFalse();
    }
}
