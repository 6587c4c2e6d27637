package io.journeyascode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Touchpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example playbook of ../journeys stays clean and keeps showing every feature of SPEC §3-§5. */
class ExamplePlaybookTest {

    private static final Path JOURNEYS =
            Path.of("..", "journeys").toAbsolutePath().normalize();

    private static ValidationResult validate(LocalDate today) {
        assumeTrue(
                Files.isRegularFile(JOURNEYS.resolve("playbook.yaml")), "The example playbook ../journeys is missing");
        return JourneyGenerator.validate(JOURNEYS, today);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22", "2027-06-30", "2027-10-31"})
    void hasNoFindingsWhileItsWaiversRun(String today) {
        assertThat(validate(LocalDate.parse(today)).findings()).isEmpty();
    }

    @Test
    void journeysAreOfRealisticSize() {
        List<Journey> journeys =
                validate(LocalDate.parse("2026-11-22")).playbook().journeys();
        assertThat(journeys).hasSizeGreaterThanOrEqualTo(4);
        for (Journey j : journeys) {
            assertThat(j.stages()).as(j.id().value()).hasSizeBetween(4, 6);
            assertThat(j.touchpoints()).as(j.id().value()).hasSizeBetween(8, 20);
        }
    }

    @Test
    void usesEveryKindOfValue() {
        ValidationResult result = validate(LocalDate.parse("2026-11-22"));
        List<Touchpoint> all = result.playbook().journeys().stream()
                .flatMap(j -> j.touchpoints().stream())
                .toList();
        assertThat(all.stream()
                        .flatMap(t -> t.metrics().stream())
                        .map(Metric::type)
                        .map(Located::value)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MetricType.values());
        assertThat(all.stream()
                        .map(Touchpoint::moment)
                        .flatMap(Optional::stream)
                        .map(Located::value))
                .contains(Moment.values());
        assertThat(all.stream().map(t -> t.ownership().value())).contains(Ownership.values());
        assertThat(all.stream().map(Touchpoint::interaction)).contains(Interaction.INDIRECT);
        assertThat(all.stream().flatMap(t -> t.waivers().stream()).map(w -> w.rule()
                        .value()))
                .contains("critical-outsourced", "metric-below-target");
        assertThat(all.stream()
                        .flatMap(t -> java.util.stream.Stream.concat(
                                t.leadsTo().orElse(List.of()).stream(), t.setsExpectationsFor().stream()))
                        .map(Located::value))
                .anyMatch(ref -> ref.contains("/"));
        assertThat(result.playbook().measurements()).hasSizeGreaterThan(100);
        assertThat(result.playbook().config().ruleSeverities()).isNotEmpty();
    }
}
