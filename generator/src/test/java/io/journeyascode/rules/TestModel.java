package io.journeyascode.rules;

import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds model objects for engine tests without the loader. Every value sits on its own line of
 * {@link #FILE}, so findings can be told apart by line.
 */
final class TestModel {

    static final String FILE = "test.yaml";
    private int line = 1;

    Span next() {
        return new Span(FILE, ++line, 3);
    }

    <T> Located<T> located(T value) {
        Span key = next();
        return new Located<>(value, key, new Span(FILE, key.line(), key.column() + 4));
    }

    /** A touchpoint that breaks no rule by itself. */
    final class TouchpointBuilder {
        final Located<String> id;
        boolean critical;
        Ownership ownership = Ownership.OWNED;
        List<Metric> metrics = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        String channel = "web";
        Optional<Moment> moment = Optional.empty();

        TouchpointBuilder(String id) {
            this.id = located(id);
        }

        TouchpointBuilder critical() {
            critical = true;
            return this;
        }

        TouchpointBuilder outsourced() {
            ownership = Ownership.OUTSOURCED;
            return this;
        }

        TouchpointBuilder channel(String value) {
            channel = value;
            return this;
        }

        TouchpointBuilder peak() {
            moment = Optional.of(Moment.PEAK);
            return this;
        }

        TouchpointBuilder metric(MetricType type, double target, double actual) {
            metrics.add(new Metric(
                    located(type), Optional.empty(), Optional.of(located(target)), Optional.of(located(actual))));
            return this;
        }

        TouchpointBuilder customMetric(String name, double target, double actual, Optional<String> better) {
            metrics.add(new Metric(
                    located(MetricType.CUSTOM),
                    Optional.of(located(name)),
                    Optional.of(located(target)),
                    Optional.of(located(actual)),
                    better.map(TestModel.this::located)));
            return this;
        }

        TouchpointBuilder waiver(String rule, LocalDate until) {
            waivers.add(new Waiver(located(rule), "accepted", located(until)));
            return this;
        }

        Touchpoint build() {
            return new Touchpoint(
                    id,
                    located("Name"),
                    located(channel),
                    Interaction.DIRECT,
                    Optional.empty(),
                    located(critical),
                    located(ownership),
                    Optional.empty(),
                    List.of(located("An expectation")),
                    Optional.of(located("trust")),
                    List.of(),
                    List.of(),
                    moment.map(this::locatedMoment),
                    metrics,
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    waivers,
                    java.util.List.of());
        }

        private Located<Moment> locatedMoment(Moment m) {
            return located(m);
        }
    }

    TouchpointBuilder touchpoint(String id) {
        return new TouchpointBuilder(id);
    }

    /** A journey with one stage per phase; the touchpoints go into the `during` stage. */
    Journey journey(String id, Touchpoint... touchpoints) {
        Located<String> title = located("Title");
        List<Stage> stages = List.of(
                stage(
                        "before",
                        Phase.BEFORE,
                        List.of(touchpoint("ad").channel("social").build())),
                stage("buy", Phase.DURING, List.of(touchpoints)),
                stage(
                        "after",
                        Phase.AFTER,
                        List.of(touchpoint("invoice").channel("email").peak().build())));
        return new Journey(
                FILE,
                located(id),
                title,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                stages);
    }

    private Stage stage(String id, Phase phase, List<Touchpoint> touchpoints) {
        return new Stage(located(id), located(id), located(phase), touchpoints);
    }
}
