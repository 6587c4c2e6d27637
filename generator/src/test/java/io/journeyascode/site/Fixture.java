package io.journeyascode.site;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Link;
import io.journeyascode.model.Located;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Message;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Persona;
import io.journeyascode.model.Phase;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Team;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import io.journeyascode.rules.FindingMessages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Playbooks built in Java for site tests, independent of the loader. */
final class Fixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** The message of the sample's critical-outsourced finding. */
    static final Message OUTSOURCED = Message.of("critical-outsourced", "delivery", "external");

    private Fixture() {}

    static <T> Located<T> at(T value, String file, int line) {
        return Located.at(value, new Span(file, line, 1));
    }

    /** A touchpoint under construction; every field has a plain default. */
    static final class Tp {
        String file = "x.yaml";
        String id;
        String name;
        String channel = "web";
        Interaction interaction = Interaction.DIRECT;
        String owner;
        boolean critical;
        Ownership ownership = Ownership.OWNED;
        String provider;
        List<String> expectations = new ArrayList<>();
        String targetEmotion;
        List<String> dimensions = new ArrayList<>();
        List<String> factors = new ArrayList<>();
        Moment moment;
        List<Metric> metrics = new ArrayList<>();
        List<String> leadsTo;
        List<String> setsExpectationsFor = new ArrayList<>();
        String notes;
        List<Link> links = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        int line;

        Tp(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Tp with(UnaryOperator<Tp> change) {
            return change.apply(this);
        }

        Touchpoint build(String file, int line) {
            List<Located<String>> l = new ArrayList<>();
            return new Touchpoint(
                    new Located<>(id, new Span(file, line, 9), new Span(file, line, 13)),
                    at(name, file, line + 1),
                    at(channel, file, line + 2),
                    interaction,
                    Optional.ofNullable(owner).map(o -> at(o, file, line + 3)),
                    at(critical, file, line + 4),
                    at(ownership, file, line + 5),
                    Optional.ofNullable(provider).map(p -> at(p, file, line + 6)),
                    expectations.stream().map(e -> at(e, file, line + 7)).toList(),
                    Optional.ofNullable(targetEmotion).map(e -> at(e, file, line + 8)),
                    dimensions.stream().map(e -> at(e, file, line + 9)).toList(),
                    factors.stream().map(e -> at(e, file, line + 9)).toList(),
                    Optional.ofNullable(moment).map(m -> at(m, file, line + 10)),
                    metrics,
                    Optional.ofNullable(leadsTo).map(list -> list.stream()
                            .map(e -> at(e, file, line + 11))
                            .toList()),
                    setsExpectationsFor.stream()
                            .map(e -> at(e, file, line + 12))
                            .toList(),
                    Optional.ofNullable(notes),
                    links,
                    waivers,
                    java.util.List.of());
        }
    }

    static Metric metric(MetricType type, String name, Double target, Double actual) {
        return new Metric(
                at(type, "x.yaml", 1),
                Optional.ofNullable(name).map(n -> at(n, "x.yaml", 1)),
                Optional.ofNullable(target).map(t -> at(t, "x.yaml", 1)),
                Optional.ofNullable(actual).map(a -> at(a, "x.yaml", 1)));
    }

    record StageDef(String id, String name, Phase phase, List<Tp> touchpoints) {}

    static Journey journey(
            String file,
            String id,
            String title,
            String persona,
            String owner,
            List<String> emotions,
            String summary,
            String description,
            List<StageDef> stages) {
        int line = 10;
        List<Stage> built = new ArrayList<>();
        for (StageDef s : stages) {
            List<Touchpoint> tps = new ArrayList<>();
            for (Tp tp : s.touchpoints()) {
                tps.add(tp.build(file, line));
                line += 20;
            }
            built.add(new Stage(at(s.id(), file, line), at(s.name(), file, line), at(s.phase(), file, line), tps));
            line += 2;
        }
        return new Journey(
                file,
                at(id, file, 1),
                new Located<>(title, new Span(file, 2, 1), new Span(file, 2, 8)),
                Optional.ofNullable(persona).map(p -> at(p, file, 3)),
                Optional.ofNullable(owner).map(o -> at(o, file, 4)),
                emotions.stream().map(e -> at(e, file, 5)).toList(),
                Optional.ofNullable(summary),
                Optional.ofNullable(description),
                built);
    }

    static PlaybookConfig config(String locale, String title, String promise) {
        PlaybookConfig d = PlaybookConfig.defaults();
        return new PlaybookConfig(
                "playbook.yaml",
                title,
                locale,
                Optional.ofNullable(promise),
                d.emotions(),
                d.negativeEmotions(),
                d.channels(),
                true,
                List.of(
                        new Team(
                                at("ecommerce", "playbook.yaml", 10),
                                "E-commerce",
                                Optional.of("ecommerce@example.com")),
                        new Team(at("marketing", "playbook.yaml", 13), "Marketing", Optional.empty()),
                        new Team(at("logistics", "playbook.yaml", 15), "Logistics", Optional.empty()),
                        new Team(
                                at("support", "playbook.yaml", 17),
                                "Customer support",
                                Optional.of("https://intra.example.com/support"))),
                true,
                List.of(new Persona(
                        at("busy-parent", "playbook.yaml", 20),
                        "Busy parent",
                        Optional.of("Orders in the evening on a phone. *Values speed* and clear delivery times."))),
                90,
                Map.of(),
                List.of());
    }

    /** A two-journey playbook using every field, with measurements and findings. */
    static ValidationResult sample(String locale) {
        Tp ad = new Tp("social-ad", "Social media ad").with(t -> {
            t.channel = "social";
            t.interaction = Interaction.INDIRECT;
            t.owner = "marketing";
            t.critical = true;
            t.ownership = Ownership.OUTSOURCED;
            t.provider = "Mainostoimisto Oy";
            t.expectations = List.of("The ad's offer is honoured on the web page");
            t.targetEmotion = "anticipation";
            t.dimensions = List.of("emotional", "sensory");
            t.factors = List.of("content");
            t.moment = Moment.PEAK;
            t.metrics = List.of(metric(MetricType.NPS, null, 30.0, 24.0));
            t.leadsTo = List.of("landing");
            t.setsExpectationsFor = List.of("checkout");
            t.notes =
                    "Keep the **offer** identical to the landing page.\n\n| Week | Budget |\n|---|---|\n| 1 | 100 |\n";
            t.links = List.of(new Link("NPS dashboard", at("https://bi.example.com/nps/ad", "online-order.yaml", 30)));
            t.waivers = List.of(new Waiver(
                    at("critical-outsourced", "online-order.yaml", 31),
                    "Contract with SLA and monthly review",
                    at(LocalDate.of(2027, 6, 30), "online-order.yaml", 32)));
            return t;
        });
        Tp landing = new Tp("landing", "Landing page").with(t -> {
            t.expectations = List.of("Prices match the ad");
            t.targetEmotion = "trust";
            return t;
        });
        Tp checkout = new Tp("checkout", "Checkout").with(t -> {
            t.critical = true;
            t.expectations = List.of("No surprise costs", "Delivery date shown before paying");
            t.targetEmotion = "trust";
            t.metrics = List.of(metric(MetricType.CSAT, null, 85.0, null), metric(MetricType.CES, null, 2.0, 2.4));
            return t;
        });
        Tp delivery = new Tp("delivery", "Home delivery").with(t -> {
            t.channel = "partner";
            t.owner = "logistics";
            t.critical = true;
            t.ownership = Ownership.EXTERNAL;
            t.expectations = List.of("Arrives in the promised slot");
            t.targetEmotion = "relief";
            t.moment = Moment.END;
            t.metrics = List.of(metric(MetricType.CUSTOM, "On-time rate", 95.0, null));
            return t;
        });
        Tp invoice = new Tp("invoice", "Invoice email").with(t -> {
            t.channel = "email";
            t.targetEmotion = "calm";
            return t;
        });
        Journey order = journey(
                "online-order.yaml",
                "online-order",
                "Online order and delivery",
                "busy-parent",
                "ecommerce",
                List.of("trust", "relief"),
                "From the first ad to the invoice.",
                "# Why\nThe busiest journey. See the [guide](https://example.com/guide) and <b>bold</b>.",
                List.of(
                        new StageDef("discover", "Discover", Phase.BEFORE, List.of(ad, landing)),
                        new StageDef("buy", "Buy", Phase.DURING, List.of(checkout)),
                        new StageDef("receive", "Receive", Phase.AFTER, List.of(delivery, invoice))));
        Tp call = new Tp("phone-call", "Phone call").with(t -> {
            t.channel = "phone";
            t.critical = true;
            t.expectations = List.of("Answer within two minutes");
            t.targetEmotion = "calm";
            t.metrics = List.of(metric(MetricType.CSAT, null, 80.0, 82.0));
            t.setsExpectationsFor = List.of("online-order/delivery");
            t.moment = Moment.PAIN;
            return t;
        });
        Tp chat = new Tp("chat", "Chat").with(t -> {
            t.channel = "chat";
            t.expectations = List.of("A human when needed");
            t.targetEmotion = "relief";
            t.leadsTo = List.of();
            return t;
        });
        Journey support = journey(
                "support/support-case.yaml",
                "support-case",
                "Support case",
                null,
                "support",
                List.of("calm"),
                null,
                null,
                List.of(new StageDef("contact", "Contact us", Phase.AFTER, List.of(call, chat))));
        List<Measurement> measurements = List.of(
                new Measurement(
                        "online-order",
                        "checkout",
                        "csat",
                        78,
                        LocalDate.of(2026, 8, 1),
                        new Span("measurements/survey.csv", 2, 1)),
                new Measurement(
                        "online-order",
                        "checkout",
                        "csat",
                        81,
                        LocalDate.of(2026, 9, 1),
                        new Span("measurements/survey.csv", 3, 1)),
                new Measurement(
                        "online-order",
                        "checkout",
                        "csat",
                        88.5,
                        LocalDate.of(2026, 10, 1),
                        new Span("measurements/survey.csv", 4, 1)),
                new Measurement(
                        "online-order",
                        "delivery",
                        "On-time rate",
                        91,
                        LocalDate.of(2026, 10, 1),
                        new Span("measurements/survey.csv", 5, 1)),
                new Measurement(
                        "online-order",
                        "delivery",
                        "On-time rate",
                        93,
                        LocalDate.of(2026, 11, 1),
                        new Span("measurements/survey.csv", 6, 1)));
        Playbook playbook = new Playbook(
                config(locale, "Northwind CX playbook", "Easy, reliable, delightful"),
                List.of(order, support),
                measurements);
        List<Finding> findings = List.of(
                new Finding(
                        "metric-below-target",
                        Severity.WARNING,
                        new Span("online-order.yaml", 10, 9),
                        Optional.of("online-order"),
                        Optional.of("social-ad"),
                        "NPS is 24, below its target 30; improve the touchpoint or lower the target."),
                // a rule's finding, which a site in another language says in its words
                new Finding(
                        "critical-outsourced",
                        Severity.WARNING,
                        new Span("online-order.yaml", 70, 9),
                        Optional.of("online-order"),
                        Optional.of("delivery"),
                        FindingMessages.english(OUTSOURCED),
                        Optional.of(OUTSOURCED)),
                new Finding(
                        "phase-gap",
                        Severity.WARNING,
                        new Span("support/support-case.yaml", 2, 1),
                        Optional.of("support-case"),
                        Optional.empty(),
                        "The journey has no touchpoint before the purchase; add a stage with phase: before."),
                new Finding(
                        "no-peak-moment",
                        Severity.INFO,
                        new Span("support/support-case.yaml", 2, 1),
                        Optional.of("support-case"),
                        Optional.empty(),
                        "No touchpoint is marked moment: peak; mark the moment that should delight."),
                new Finding(
                        "stale-measurement",
                        Severity.WARNING,
                        new Span("measurements/survey.csv", 5, 1),
                        Optional.empty(),
                        Optional.empty(),
                        "The newest value is 52 days old; export fresh survey data."));
        return new ValidationResult(playbook, findings.stream().sorted().toList());
    }

    static BuildOptions options(Path journeys, Path out, int jobs) {
        return options(journeys, out, jobs, FailOn.ERROR);
    }

    static BuildOptions options(Path journeys, Path out, int jobs, FailOn failOn) {
        return new BuildOptions(
                journeys,
                out,
                Optional.empty(),
                Optional.empty(),
                Engine.AUTO,
                jobs,
                Optional.of("https://github.com/acme/cx/blob/main/journeys"),
                failOn,
                TODAY,
                Optional.of(1_790_000_000L));
    }
}
