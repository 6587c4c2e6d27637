package io.journeyascode.load;

import io.journeyascode.model.Interaction;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.RuleIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of the journey file (SPEC §3) and of playbook.yaml (SPEC §4), declared once: the
 * loader takes its allowed keys, required keys and value sets from here, and {@link
 * JourneySchema} its JSON Schema.
 */
final class JourneyFormat {

    /** What a key's value is; the loader reads each kind with its own method. */
    enum Kind {
        TEXT("a text"),
        NAME("a text"),
        ID("a kebab-case id such as `online-order`"),
        REFERENCE("a reference written `touchpoint-id` or `journey-id/touchpoint-id`"),
        BOOLEAN("true or false"),
        NUMBER("a number such as `30` or `4.5`"),
        POSITIVE_INTEGER("a whole number above zero such as `90`"),
        DATE("a date written yyyy-mm-dd such as `2027-06-30`"),
        URL("an http, https or mailto address such as `https://example.com/dashboard`"),
        ENUM("one of the listed values"),
        TEXT_LIST("a list of texts"),
        ID_LIST("a list of kebab-case ids such as `[trust, relief]`"),
        REFERENCE_LIST("a list of references such as `[checkout, other-journey/landing]`"),
        ENUM_LIST("a list of the listed values"),
        OBJECT_LIST("a list of mappings"),
        SEVERITY_MAP("a mapping of rule id to error, warning, info or off");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        String expected() {
            return expected;
        }
    }

    /** One key of a mapping. {@code values} is the value set of ENUM and ENUM_LIST keys. */
    record Field(String key, Kind kind, boolean required, List<String> values, String example, String description) {

        Field {
            values = List.copyOf(values);
        }
    }

    /** A kind of mapping (journey, stage, touchpoint…) and its keys in the order of SPEC §3. */
    static final class Shape {
        private final String name;
        private final String description;
        private final List<Field> fields;
        private final Map<String, Field> byKey = new HashMap<>();

        Shape(String name, String description, List<Field> fields) {
            this.name = name;
            this.description = description;
            this.fields = List.copyOf(fields);
            fields.forEach(f -> byKey.put(f.key(), f));
        }

        String name() {
            return name;
        }

        String description() {
            return description;
        }

        List<Field> fields() {
            return fields;
        }

        List<String> keys() {
            return fields.stream().map(Field::key).toList();
        }

        Optional<Field> field(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        boolean hasKey(String key) {
            return byKey.containsKey(key);
        }

        Field get(String key) {
            Field field = byKey.get(key);
            if (field == null) {
                throw new IllegalArgumentException(name + " has no key " + key);
            }
            return field;
        }
    }

    static final List<String> PHASES = yaml(Phase.values(), Phase::yaml);
    static final List<String> INTERACTIONS = yaml(Interaction.values(), Interaction::yaml);
    static final List<String> OWNERSHIPS = yaml(Ownership.values(), Ownership::yaml);
    static final List<String> MOMENTS = yaml(Moment.values(), Moment::yaml);
    static final List<String> METRIC_TYPES = yaml(MetricType.values(), MetricType::yaml);
    static final List<String> DIMENSIONS = List.of("emotional", "cognitive", "social", "sensory");
    static final List<String> FACTORS = List.of("functional", "psychological", "content");
    static final List<String> LOCALES = List.of("en", "fi");
    static final List<String> LEVELS = List.of("error", "warning", "info", "off");
    static final List<String> URL_SCHEMES = List.of("http", "https", "mailto");

    static final Shape WAIVER = new Shape(
            "waiver",
            "An accepted finding: silences one rule on this touchpoint (or journey) until a date.",
            List.of(
                    new Field(
                            "rule",
                            Kind.ENUM,
                            true,
                            RuleIds.ALL,
                            "critical-outsourced",
                            "The id of the rule to silence."),
                    name("reason", true, "Contract with SLA and monthly review", "Why the finding is accepted."),
                    field(
                            "until",
                            Kind.DATE,
                            true,
                            "2027-06-30",
                            "The last day the waiver applies (yyyy-mm-dd); after it the finding is back.")));

    static final Shape LINK = new Shape(
            "link",
            "A link to a dashboard, live page or script.",
            List.of(
                    name("title", true, "NPS dashboard", "What the link shows."),
                    field(
                            "url",
                            Kind.URL,
                            true,
                            "https://bi.example.com/nps",
                            "The address: http, https or mailto only.")));

    static final Shape METRIC = new Shape(
            "metric",
            "How the experience at the touchpoint is measured.",
            List.of(
                    enumField(
                            "type",
                            true,
                            METRIC_TYPES,
                            "nps",
                            "nps (-100..100), csat (0..100), ces (1..7, lower is better), emotion (0..100) or custom."),
                    name("name", false, "Ad recall NPS", "A name for people; required for custom metrics."),
                    field("target", Kind.NUMBER, false, "30", "The value aimed at."),
                    field(
                            "actual",
                            Kind.NUMBER,
                            false,
                            "24",
                            "The latest measured value; measurements files override it."),
                    enumField(
                            "better",
                            false,
                            List.of(Metric.HIGHER, Metric.LOWER),
                            "lower",
                            "For a custom metric, whether a higher value (the default) or a lower one is better,"
                                    + " e.g. lower for a waiting time. The other types have their own: lower for"
                                    + " ces, higher for the rest.")));

    static final Shape TOUCHPOINT = new Shape(
            "touchpoint",
            "A point where the customer meets the company, directly or indirectly.",
            List.of(
                    id("id", true, "social-ad", "The touchpoint's id, unique in the journey (kebab-case)."),
                    name("name", true, "Social media ad", "The touchpoint's name."),
                    id("channel", true, "social", "A channel id from playbook.yaml's channels."),
                    enumField(
                            "interaction",
                            false,
                            INTERACTIONS,
                            "direct",
                            "direct (default) or indirect (word of mouth, reviews)."),
                    id("owner", false, "marketing", "The owner team's id; defaults to the journey's owner."),
                    field(
                            "critical",
                            Kind.BOOLEAN,
                            false,
                            "true",
                            "Whether the touchpoint is critical to the experience (default false)."),
                    enumField(
                            "ownership",
                            false,
                            OWNERSHIPS,
                            "owned",
                            "owned (default), outsourced, or external (not controlled by the company)."),
                    text("provider", false, "Mainostoimisto Oy", "Who runs the touchpoint when outsourced."),
                    field(
                            "expectations",
                            Kind.TEXT_LIST,
                            false,
                            "The ad's offer is honoured on the web page",
                            "What the customer expects here."),
                    id("target_emotion", false, "joy", "The emotion the touchpoint should evoke."),
                    enumField(
                            "dimensions",
                            Kind.ENUM_LIST,
                            DIMENSIONS,
                            "emotional",
                            "The dimensions of experience the touchpoint works on."),
                    enumField(
                            "factors",
                            Kind.ENUM_LIST,
                            FACTORS,
                            "content",
                            "The experience factors (Constantinides 2004) of the touchpoint."),
                    enumField("moment", false, MOMENTS, "peak", "A designed moment: peak, pain or end."),
                    objects("metrics", false, "How the experience here is measured."),
                    field(
                            "leads_to",
                            Kind.REFERENCE_LIST,
                            false,
                            "landing",
                            "The next touchpoints; default: the next touchpoint in the file."),
                    field(
                            "sets_expectations_for",
                            Kind.REFERENCE_LIST,
                            false,
                            "checkout",
                            "Touchpoints whose expectations this one sets."),
                    text("notes", false, "Guidance for staff", "Markdown guidance for staff."),
                    objects("links", false, "Dashboards, live pages and scripts."),
                    objects("waivers", false, "Accepted findings, each with a reason and an end date.")));

    static final Shape STAGE = new Shape(
            "stage",
            "A stage of the journey, in customer order.",
            List.of(
                    id("id", true, "discover", "The stage's id, unique in the journey (kebab-case)."),
                    name("name", false, "Discover", "The stage's name; defaults to its id."),
                    enumField(
                            "phase",
                            true,
                            PHASES,
                            "before",
                            "When the stage happens: before, during or after the purchase."),
                    objects("touchpoints", true, "The stage's touchpoints, at least one.")));

    static final Shape JOURNEY = new Shape(
            "journey",
            "A customer journey: one journey a file.",
            List.of(
                    id("id", false, "online-order", "The journey's id; defaults to the file name without extension."),
                    name("title", true, "Online order and delivery", "The journey's title."),
                    id("persona", false, "busy-parent", "A persona id from playbook.yaml."),
                    id("owner", false, "ecommerce", "The owner team's id; touchpoints inherit it."),
                    field(
                            "target_emotions",
                            Kind.ID_LIST,
                            false,
                            "trust",
                            "What the whole journey should make the customer feel."),
                    text("summary", false, "One line for lists.", "One line for lists."),
                    text("description", false, "Why this journey matters", "Markdown: why this journey matters."),
                    objects("stages", true, "The stages, at least one, in customer order."),
                    objects(
                            "waivers",
                            false,
                            "Accepted findings about the whole journey (phase-gap, single-channel, no-peak-moment, map-too-large),"
                                    + " each with a reason and an end date.")));

    static final Shape TEAM = new Shape(
            "team",
            "A team that owns touchpoints.",
            List.of(
                    id("id", true, "marketing", "The team's id."),
                    name("name", false, "Marketing", "The team's name; defaults to its id."),
                    text("contact", false, "marketing@example.com", "How to reach the team.")));

    static final Shape PERSONA = new Shape(
            "persona",
            "A persona journeys are written for.",
            List.of(
                    id("id", true, "busy-parent", "The persona's id."),
                    name("name", false, "Busy parent", "The persona's name; defaults to its id."),
                    text("description", false, "Markdown", "Markdown description.")));

    static final Shape PLAYBOOK = new Shape(
            "playbook.yaml",
            "The playbook's settings.",
            List.of(
                    name("title", false, "Acme CX playbook", "The playbook's title."),
                    enumField("locale", false, LOCALES, "en", "The language of the site's own words."),
                    text("brand_promise", false, "Easy, reliable, delightful", "The target image."),
                    field("emotions", Kind.ID_LIST, false, "joy", "The emotion vocabulary."),
                    field("negative_emotions", Kind.ID_LIST, false, "fear", "The negative emotions."),
                    field("channels", Kind.ID_LIST, false, "web", "The channel vocabulary."),
                    objects("teams", false, "The teams that own touchpoints."),
                    objects("personas", false, "The personas journeys are written for."),
                    field(
                            "measurement_max_age_days",
                            Kind.POSITIVE_INTEGER,
                            false,
                            "90",
                            "How old the newest measurement may be."),
                    field(
                            "rules",
                            Kind.SEVERITY_MAP,
                            false,
                            "single-channel: off",
                            "Severity per rule: error, warning, info or off.")));

    private JourneyFormat() {}

    /** The shape of the items of an OBJECT_LIST key, by key name. */
    static Shape itemsOf(String key) {
        return switch (key) {
            case "metrics" -> METRIC;
            case "links" -> LINK;
            case "waivers" -> WAIVER;
            case "touchpoints" -> TOUCHPOINT;
            case "stages" -> STAGE;
            case "teams" -> TEAM;
            case "personas" -> PERSONA;
            default -> throw new IllegalArgumentException("no item shape for " + key);
        };
    }

    private static Field text(String key, boolean required, String example, String description) {
        return field(key, Kind.TEXT, required, example, description);
    }

    /** A text that names or explains something, so a blank one is a mistake. */
    private static Field name(String key, boolean required, String example, String description) {
        return field(key, Kind.NAME, required, example, description);
    }

    private static Field id(String key, boolean required, String example, String description) {
        return field(key, Kind.ID, required, example, description);
    }

    private static Field field(String key, Kind kind, boolean required, String example, String description) {
        return new Field(key, kind, required, List.of(), example, description);
    }

    private static Field enumField(
            String key, boolean required, List<String> values, String example, String description) {
        return new Field(key, Kind.ENUM, required, values, example, description);
    }

    private static Field enumField(String key, Kind kind, List<String> values, String example, String description) {
        return new Field(key, kind, false, values, example, description);
    }

    /** The items' shape is looked up by key ({@link #itemsOf}). */
    private static Field objects(String key, boolean required, String description) {
        return new Field(key, Kind.OBJECT_LIST, required, List.of(), "", description);
    }

    private static <E> List<String> yaml(E[] values, Function<E, String> word) {
        return Arrays.stream(values).map(word).toList();
    }
}
