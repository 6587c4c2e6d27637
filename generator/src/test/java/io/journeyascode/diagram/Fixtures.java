package io.journeyascode.diagram;

import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Team;
import io.journeyascode.model.Touchpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for journey models in tests (no YAML needed). */
final class Fixtures {

    static final Span AT = new Span("test.yaml", 1, 1);

    private Fixtures() {}

    static <T> Located<T> at(T value) {
        return Located.at(value, AT);
    }

    static List<Located<String>> located(String... values) {
        return Arrays.stream(values).map(Fixtures::at).toList();
    }

    static JourneyBuilder journey(String id, String title) {
        return new JourneyBuilder(id, title);
    }

    static TouchpointBuilder tp(String id, String name, String channel) {
        return new TouchpointBuilder(id, name, channel);
    }

    static Stage stage(String id, String name, Phase phase, TouchpointBuilder... touchpoints) {
        return new Stage(
                at(id),
                at(name),
                at(phase),
                Arrays.stream(touchpoints).map(TouchpointBuilder::build).toList());
    }

    static Metric metric(MetricType type, Double target, Double actual) {
        return new Metric(
                at(type),
                Optional.empty(),
                Optional.ofNullable(target).map(Fixtures::at),
                Optional.ofNullable(actual).map(Fixtures::at));
    }

    static Metric custom(String name, Double target, Double actual) {
        return new Metric(
                at(MetricType.CUSTOM),
                Optional.of(at(name)),
                Optional.ofNullable(target).map(Fixtures::at),
                Optional.ofNullable(actual).map(Fixtures::at));
    }

    static Measurement measurement(String journey, String touchpoint, String metric, double value, String date) {
        return new Measurement(journey, touchpoint, metric, value, LocalDate.parse(date), new Span("m.csv", 2, 1));
    }

    static PlaybookIndex index(List<Journey> journeys) {
        return index(PlaybookConfig.defaults(), journeys, List.of());
    }

    static PlaybookIndex index(PlaybookConfig config, List<Journey> journeys, List<Measurement> measurements) {
        return new PlaybookIndex(new Playbook(config, journeys, measurements));
    }

    static PlaybookConfig config(String locale, Team... teams) {
        PlaybookConfig d = PlaybookConfig.defaults();
        return new PlaybookConfig(
                d.file(),
                "Test playbook",
                locale,
                Optional.empty(),
                d.emotions(),
                d.negativeEmotions(),
                d.channels(),
                teams.length > 0,
                List.of(teams),
                false,
                List.of(),
                d.measurementMaxAgeDays(),
                Map.of(),
                List.of());
    }

    static Team team(String id, String name) {
        return new Team(at(id), name, Optional.empty());
    }

    static final class JourneyBuilder {
        private final String id;
        private final String title;
        private String owner;
        private final List<Stage> stages = new ArrayList<>();

        JourneyBuilder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        JourneyBuilder owner(String owner) {
            this.owner = owner;
            return this;
        }

        JourneyBuilder stage(String stageId, String name, Phase phase, TouchpointBuilder... touchpoints) {
            stages.add(Fixtures.stage(stageId, name, phase, touchpoints));
            return this;
        }

        Journey build() {
            return new Journey(
                    id + ".yaml",
                    at(id),
                    at(title),
                    Optional.empty(),
                    Optional.ofNullable(owner).map(Fixtures::at),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    stages);
        }
    }

    static final class TouchpointBuilder {
        private final String id;
        private final String name;
        private final String channel;
        private String owner;
        private boolean critical;
        private Ownership ownership = Ownership.OWNED;
        private String provider;
        private List<String> expectations = List.of();
        private String emotion;
        private Moment moment;
        private final List<Metric> metrics = new ArrayList<>();
        private List<String> leadsTo;
        private List<String> setsExpectations = List.of();

        TouchpointBuilder(String id, String name, String channel) {
            this.id = id;
            this.name = name;
            this.channel = channel;
        }

        TouchpointBuilder owner(String value) {
            owner = value;
            return this;
        }

        TouchpointBuilder critical() {
            critical = true;
            return this;
        }

        TouchpointBuilder outsourced(String byProvider) {
            ownership = Ownership.OUTSOURCED;
            provider = byProvider;
            return this;
        }

        TouchpointBuilder external() {
            ownership = Ownership.EXTERNAL;
            return this;
        }

        TouchpointBuilder expects(String... values) {
            expectations = List.of(values);
            return this;
        }

        TouchpointBuilder emotion(String value) {
            emotion = value;
            return this;
        }

        TouchpointBuilder moment(Moment value) {
            moment = value;
            return this;
        }

        TouchpointBuilder metric(Metric value) {
            metrics.add(value);
            return this;
        }

        TouchpointBuilder leadsTo(String... refs) {
            leadsTo = List.of(refs);
            return this;
        }

        TouchpointBuilder setsExpectationsFor(String... refs) {
            setsExpectations = List.of(refs);
            return this;
        }

        Touchpoint build() {
            return new Touchpoint(
                    at(id),
                    at(name),
                    at(channel),
                    Interaction.DIRECT,
                    Optional.ofNullable(owner).map(Fixtures::at),
                    at(critical),
                    at(ownership),
                    Optional.ofNullable(provider).map(Fixtures::at),
                    expectations.stream().map(Fixtures::at).toList(),
                    Optional.ofNullable(emotion).map(Fixtures::at),
                    List.of(),
                    List.of(),
                    Optional.ofNullable(moment).map(Fixtures::at),
                    metrics,
                    Optional.ofNullable(leadsTo)
                            .map(refs -> refs.stream().map(Fixtures::at).toList()),
                    setsExpectations.stream().map(Fixtures::at).toList(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    java.util.List.of());
        }
    }
}
