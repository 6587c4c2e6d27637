package io.journeyascode.load;

import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Link;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a journey file's nodes (SPEC §3) into a {@link Journey}. A bad value is a finding and
 * gets a neutral fallback (a missing name becomes the id, a bad enum its default), so one
 * mistake neither stops the rest of the file nor cascades into rule findings; only an element
 * without a usable id is dropped.
 */
final class JourneyReader {

    private final String file;
    private final PlaybookConfig config;
    private final Problems problems;
    private final List<Problems.Region> regions = new ArrayList<>();

    /** Examples in messages that the playbook accepts: its first channel and first emotion that is not negative. */
    private final Map<String, String> examples;

    private JourneyReader(String file, PlaybookConfig config, Problems problems) {
        this.file = file;
        this.config = config;
        this.problems = problems;
        Map<String, String> examples = new HashMap<>();
        config.nonNegativeEmotions().stream().findFirst().ifPresent(emotion -> {
            examples.put("target_emotion", emotion);
            examples.put("target_emotions", emotion);
        });
        config.channels().stream().findFirst().ifPresent(channel -> examples.put("channel", channel));
        this.examples = Map.copyOf(examples);
    }

    static Optional<Journey> read(Node root, String file, PlaybookConfig config, Problems problems) {
        return new JourneyReader(file, config, problems).journey(root);
    }

    /** The id a file without {@code id:} gets: its name without extension. */
    static String defaultId(String file) {
        return Journey.stemOf(file);
    }

    private Optional<Journey> journey(Node root) {
        Optional<Mapping> opened = Mapping.of(root, JourneyFormat.JOURNEY, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = opened.get().examples(examples);
        Located<String> id = m.id("id").orElseGet(this::fileId);
        problems.journey(id.value());
        Located<String> title = m.require("title")
                ? m.text("title").orElse(new Located<>(id.value(), m.keySpan("title"), m.keySpan("title")))
                : Located.at(id.value(), m.start());
        Optional<Located<String>> persona = m.id("persona");
        Optional<Located<String>> owner = m.id("owner");
        List<Located<String>> emotions = m.idList("target_emotions").orElse(List.of());
        Optional<String> summary = m.text("summary").map(Located::value);
        Optional<String> description = m.markdown("description").map(Located::value);
        List<Stage> stages = new ArrayList<>();
        if (m.require("stages")) {
            List<Node> items = m.items("stages").orElse(List.of());
            if (items.isEmpty()
                    && m.node("stages").filter(n -> n instanceof SequenceNode).isPresent()) {
                problems.schema(m.keySpan("stages"), "`stages` is empty; write at least one stage");
            }
            for (Node item : items) {
                stage(item, stages).ifPresent(stages::add);
            }
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Node item : m.items("waivers").orElse(List.of())) {
            waiver(item).ifPresent(waivers::add);
        }
        problems.attribute(id.value(), regions);
        return Optional.of(new Journey(
                file, id, title, persona, owner, emotions, summary, description, stages, List.of(), waivers));
    }

    private Located<String> fileId() {
        String name = defaultId(file);
        Span start = Span.ofFile(file);
        if (Ids.isId(name) && name.length() > Ids.MAX_LENGTH) {
            problems.schema(
                    start,
                    "the file name `" + Mapping.shortText(name) + "` is " + name.length()
                            + " characters long, more than an id may be (" + Ids.MAX_LENGTH
                            + ": it becomes a file name of the site) and the file has no `id:`; rename the file or add"
                            + " a shorter `id:`");
            return Located.at(Ids.shortened(name), start);
        }
        if (Ids.isId(name)) {
            return Located.at(name, start);
        }
        String fixed = Ids.normalize(name);
        String id = fixed.isEmpty() ? "journey" : fixed;
        problems.schema(
                start,
                "the file name `" + Mapping.shortText(name) + "` is not a kebab-case id and the file has no `id:`;"
                        + " rename the file or add `id: " + id + "`");
        return Located.at(id, start);
    }

    private Optional<Stage> stage(Node node, List<Stage> before) {
        Optional<Mapping> opened = Mapping.of(node, JourneyFormat.STAGE, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = opened.get();
        Located<String> id = m.require("id")
                ? m.id("id").orElse(Located.at("stage-" + (before.size() + 1), m.keySpan("id")))
                : Located.at("stage-" + (before.size() + 1), m.start());
        Located<String> name = m.text("name").orElse(Located.at(id.value(), id.keySpan()));
        // A stage without a usable phase takes its predecessor's: no phase gap appears or vanishes by it.
        Phase fallback = before.isEmpty()
                ? Phase.BEFORE
                : before.get(before.size() - 1).phase().value();
        Located<Phase> phase = (m.require("phase") ? m.oneOfMeant("phase") : Optional.<Located<String>>empty())
                .map(p -> new Located<>(Phase.valueOf(upper(p.value())), p.keySpan(), p.span()))
                .orElse(Located.at(fallback, m.keySpan("phase")));
        List<Touchpoint> touchpoints = new ArrayList<>();
        if (m.require("touchpoints")) {
            List<Node> items = m.items("touchpoints").orElse(List.of());
            if (items.isEmpty()
                    && m.node("touchpoints")
                            .filter(n -> n instanceof SequenceNode)
                            .isPresent()) {
                problems.schema(m.keySpan("touchpoints"), "`touchpoints` is empty; write at least one touchpoint");
            }
            for (Node item : items) {
                touchpoint(item).ifPresent(touchpoints::add);
            }
        }
        return Optional.of(new Stage(id, name, phase, touchpoints));
    }

    private Optional<Touchpoint> touchpoint(Node node) {
        problems.touchpoint(Mapping.peek(node, "id").filter(Ids::isId));
        try {
            Optional<Mapping> opened = Mapping.of(node, JourneyFormat.TOUCHPOINT, problems);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            Mapping m = opened.get().examples(examples);
            Optional<Located<String>> id = m.require("id") ? m.id("id") : Optional.empty();
            problems.touchpoint(id.map(Located::value));
            id.ifPresent(i -> regions.add(new Problems.Region(
                    i.value(), problems.span(node.getStartMark()), problems.span(node.getEndMark()))));
            // Read every key even without an id, so that all of the touchpoint's mistakes are reported.
            Touchpoint touchpoint = touchpoint(m, id.orElse(Located.at("touchpoint", m.start())));
            return id.map(i -> touchpoint);
        } finally {
            problems.touchpoint(Optional.empty());
        }
    }

    private Touchpoint touchpoint(Mapping m, Located<String> id) {
        Located<String> name = m.require("name")
                ? m.text("name").orElse(new Located<>(id.value(), m.keySpan("name"), m.keySpan("name")))
                : Located.at(id.value(), m.start());
        Located<String> channel = channel(m);
        Interaction interaction = m.oneOfMeant("interaction")
                .map(v -> Interaction.valueOf(upper(v.value())))
                .orElse(Interaction.DIRECT);
        Located<Boolean> critical = m.bool("critical").orElse(Located.at(false, m.start()));
        Located<Ownership> ownership = m.oneOfMeant("ownership")
                .map(v -> new Located<>(Ownership.valueOf(upper(v.value())), v.keySpan(), v.span()))
                .orElse(Located.at(Ownership.OWNED, m.start()));
        Optional<Located<Moment>> moment =
                m.oneOfMeant("moment").map(v -> new Located<>(Moment.valueOf(upper(v.value())), v.keySpan(), v.span()));
        List<Metric> metrics = new ArrayList<>();
        for (Node item : m.items("metrics").orElse(List.of())) {
            metric(item).ifPresent(metrics::add);
        }
        List<Link> links = new ArrayList<>();
        for (Node item : m.items("links").orElse(List.of())) {
            link(item).ifPresent(links::add);
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Node item : m.items("waivers").orElse(List.of())) {
            waiver(item).ifPresent(waivers::add);
        }
        // leads_to whose every item was unusable falls back to the file order instead of leading nowhere.
        Optional<List<Located<String>>> leadsTo = m.referenceList("leads_to")
                .filter(list -> !list.isEmpty()
                        || m.node("leads_to").filter(JourneyReader::isEmptyList).isPresent());
        return new Touchpoint(
                id,
                name,
                channel,
                interaction,
                m.id("owner"),
                critical,
                ownership,
                m.text("provider"),
                m.textList("expectations").orElse(List.of()),
                m.id("target_emotion", config.checks("emotions") ? config.emotions() : List.of()),
                m.oneOfList("dimensions").orElse(List.of()),
                m.oneOfList("factors").orElse(List.of()),
                moment,
                metrics,
                leadsTo,
                m.referenceList("sets_expectations_for").orElse(List.of()),
                m.markdown("notes").map(Located::value),
                links,
                waivers,
                m.unreadable());
    }

    private Located<String> channel(Mapping m) {
        String fallback =
                config.channels().isEmpty() ? "web" : config.channels().get(0);
        if (!m.require("channel")) {
            return Located.at(fallback, m.start());
        }
        Optional<Located<String>> id = m.id("channel", config.checks("channels") ? config.channels() : List.of());
        if (id.isPresent()
                && config.checks("channels")
                && !config.channels().contains(id.get().value())) {
            problems.schema(
                    id.get().span(),
                    "unknown channel `" + id.get().value() + "`; "
                            + (config.channels().isEmpty()
                                    ? "declare it in playbook.yaml's `channels`, which lists none"
                                    : "write one of " + String.join(", ", config.channels())
                                            + " (or declare it in playbook.yaml's `channels`)")
                            + Suggest.didYouMean(id.get().value(), config.channels()));
        }
        return id.orElse(new Located<>(fallback, m.keySpan("channel"), m.keySpan("channel")));
    }

    private Optional<Metric> metric(Node node) {
        Optional<Mapping> opened = Mapping.of(node, JourneyFormat.METRIC, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = opened.get();
        Optional<Located<String>> typeText = m.require("type") ? m.oneOfMeant("type") : Optional.empty();
        Optional<Located<String>> name = m.text("name");
        Optional<Located<Double>> target = m.number("target");
        Optional<Located<Double>> actual = m.number("actual");
        Optional<Located<String>> better = m.oneOfMeant("better");
        if (typeText.isEmpty()) {
            // Unknown kind: keep the metric (the touchpoint is still measured) but compare nothing.
            Located<MetricType> custom = Located.at(MetricType.CUSTOM, m.has("type") ? m.keySpan("type") : m.start());
            return Optional.of(new Metric(custom, name, Optional.empty(), Optional.empty()));
        }
        MetricType type = MetricType.valueOf(upper(typeText.get().value()));
        if (type == MetricType.CUSTOM && name.isEmpty() && !m.has("name")) {
            problems.schema(m.keySpan("type"), "a custom metric needs a `name`; add e.g. `name: Ad recall`");
        }
        if (type != MetricType.CUSTOM && better.isPresent()) {
            String own = type.higherIsBetter() ? Metric.HIGHER : Metric.LOWER;
            if (!better.get().value().equals(own)) {
                problems.schema(
                        better.get().span(),
                        "`better` of a metric of type `" + type.yaml() + "` can only be `" + own + "`; remove it, or"
                                + " make it a custom metric (`type: custom` with a `name`) to count the other way");
            }
            better = Optional.empty();
        }
        return Optional.of(new Metric(
                new Located<>(type, typeText.get().keySpan(), typeText.get().span()),
                name,
                inRange(m, type, "target", target),
                inRange(m, type, "actual", actual),
                better));
    }

    /** The value of {@code key} when it lies in the type's range, checked as written (see {@link MetricType#inRange(String, double)}). */
    private Optional<Located<Double>> inRange(Mapping m, MetricType type, String key, Optional<Located<Double>> value) {
        if (value.isEmpty()) {
            return value;
        }
        double number = value.get().value();
        java.util.function.Supplier<String> written = () -> m.node(key)
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue().strip())
                .orElse(number(number));
        if (type.inRange(written, number)) {
            return value;
        }
        problems.schema(
                value.get().span(),
                "`" + key + "` of a metric of type `" + type.yaml() + "` must be between " + number(type.min())
                        + " and " + number(type.max()) + ", not "
                        // as written where its double would hide why (7.0000000000000001 is 7 as a double)
                        + (type.inRange(number) ? Mapping.shortText(written.get()) : number(number)));
        return Optional.empty();
    }

    private Optional<Link> link(Node node) {
        Optional<Mapping> opened = Mapping.of(node, JourneyFormat.LINK, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = opened.get();
        Optional<Located<String>> title = m.require("title") ? m.text("title") : Optional.empty();
        Optional<Located<String>> url = m.require("url") ? m.url("url") : Optional.empty();
        return url.map(u -> new Link(title.map(Located::value).orElse(u.value()), u));
    }

    /**
     * A waiver with its rule, a reason and an end date; one that lacks a usable reason or end date
     * is dropped, so that it silences nothing (SPEC §6), and its findings say so.
     */
    private Optional<Waiver> waiver(Node node) {
        Optional<Mapping> opened = Mapping.of(node, JourneyFormat.WAIVER, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = opened.get();
        Optional<Located<String>> rule = m.require("rule") ? m.oneOf("rule") : Optional.empty();
        int before = problems.size();
        Optional<String> reason = m.require("reason") ? m.text("reason").map(Located::value) : Optional.empty();
        Optional<Located<LocalDate>> until = m.require("until") ? m.date("until") : Optional.empty();
        List<String> lacks = new ArrayList<>();
        if (reason.isEmpty()) {
            lacks.add("a `reason`");
        }
        if (until.isEmpty()) {
            lacks.add("a valid `until` date");
        }
        if (!lacks.isEmpty()) {
            problems.amendSince(before, "; this waiver silences nothing until it has " + String.join(" and ", lacks));
            return Optional.empty();
        }
        String why = reason.get();
        return rule.map(r -> new Waiver(r, why, until.get()));
    }

    private static boolean isEmptyList(Node node) {
        return node instanceof SequenceNode s && s.getValue().isEmpty();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
