package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import java.util.List;
import java.util.Optional;

/** A small hand-made validation result for the report tests. */
final class Samples {

    static final String FILE = "online-order.yaml";

    private Samples() {}

    static <T> Located<T> at(T value, int line, int column) {
        Span span = new Span(FILE, line, column);
        return new Located<>(value, span, span);
    }

    static Touchpoint touchpoint(String id, int line, boolean critical) {
        return new Touchpoint(
                at(id, line, 9),
                at(id + " name", line + 1, 15),
                at("web", line + 2, 18),
                Interaction.DIRECT,
                Optional.empty(),
                at(critical, line + 3, 19),
                at(Ownership.OWNED, line + 4, 20),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                java.util.List.of());
    }

    static Journey journey() {
        Stage stage = new Stage(
                at("buy", 5, 9),
                at("Buy", 6, 11),
                at(Phase.DURING, 7, 12),
                List.of(touchpoint("checkout", 12, true), touchpoint("delivery", 20, false)));
        return new Journey(
                FILE,
                at("online-order", 1, 5),
                at("Online order", 2, 8),
                Optional.empty(),
                Optional.of(at("ecommerce", 3, 8)),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                List.of(stage));
    }

    static Finding finding(
            String rule,
            Severity severity,
            String file,
            int line,
            int column,
            String journey,
            String touchpoint,
            String message) {
        return new Finding(
                rule,
                severity,
                new Span(file, line, column),
                Optional.ofNullable(journey),
                Optional.ofNullable(touchpoint),
                message);
    }

    static List<Finding> findings() {
        return List.of(
                finding(
                        "no-peak-moment",
                        Severity.INFO,
                        FILE,
                        2,
                        1,
                        "online-order",
                        null,
                        "No touchpoint of journey 'online-order' is marked as a peak; add `moment: peak` to the moment you want customers to remember."),
                finding(
                        "critical-unmeasured",
                        Severity.ERROR,
                        FILE,
                        12,
                        9,
                        "online-order",
                        "checkout",
                        "Critical touchpoint 'checkout' has no metric; add `metrics: [{type: csat, target: 80}]`."),
                finding(
                        "missing-expectations",
                        Severity.WARNING,
                        FILE,
                        20,
                        9,
                        "online-order",
                        "delivery",
                        "Touchpoint 'delivery' lists no expectations; add `expectations: [\"…\"]`."),
                finding(
                        "schema",
                        Severity.ERROR,
                        "playbook.yaml",
                        3,
                        1,
                        null,
                        null,
                        "Unknown key 'colour' in playbook.yaml; did you mean 'locale'?"));
    }

    static ValidationResult result() {
        return new ValidationResult(new Playbook(PlaybookConfig.defaults(), List.of(journey()), List.of()), findings());
    }
}
