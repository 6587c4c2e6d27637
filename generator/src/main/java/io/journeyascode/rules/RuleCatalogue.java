package io.journeyascode.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** Every rule of SPEC §6, in the order of its table, and their documentation in English and Finnish. */
public final class RuleCatalogue {

    /** A part of a rule's documentation. */
    public enum Part {
        SUMMARY,
        RATIONALE,
        FIX;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<Rule> ALL = List.of(
            new YamlSyntaxRule(),
            new SchemaRule(),
            new DuplicateIdRule(),
            new UnknownReferenceRule(),
            new CriticalUnmeasuredRule(),
            new WaiverExpiredRule(),
            new CriticalOutsourcedRule(),
            new MissingExpectationsRule(),
            new MissingTargetEmotionRule(),
            new NegativeTargetEmotionRule(),
            new PhaseGapRule(),
            new MetricBelowTargetRule(),
            new StaleMeasurementRule(),
            new UnreachableTouchpointRule(),
            new WaiverUnusedRule(),
            new MapTooLargeRule(),
            new SingleChannelRule(),
            new NoPeakMomentRule(),
            new EmotionOffTargetRule());

    private static final Properties FINNISH = load("rules_fi.properties");

    private RuleCatalogue() {}

    /** All rules in SPEC §6's order. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * A documentation text in a language: {@code fi} (or {@code fi-FI}) for Finnish, anything else
     * for English. A
     * Finnish text that is missing falls back to the English one.
     */
    public static String text(Rule rule, String locale, Part part) {
        if (isFinnish(locale)) {
            String finnish = FINNISH.getProperty(rule.id() + "." + part.key());
            if (finnish != null && !finnish.isBlank()) {
                return finnish;
            }
        }
        return switch (part) {
            case SUMMARY -> rule.summary();
            case RATIONALE -> rule.rationale();
            case FIX -> rule.fix();
        };
    }

    static boolean isFinnish(String locale) {
        return locale.equals("fi") || locale.startsWith("fi-") || locale.startsWith("fi_");
    }

    public static RuleDoc doc(Rule rule, String locale) {
        return new RuleDoc(
                rule.id(),
                rule.defaultSeverity(),
                text(rule, locale, Part.SUMMARY),
                text(rule, locale, Part.RATIONALE),
                text(rule, locale, Part.FIX));
    }

    /** The documentation of every rule, in catalogue order. */
    public static List<RuleDoc> docs(String locale) {
        return ALL.stream().map(r -> doc(r, locale)).toList();
    }

    /** Whether the Finnish documentation has this text (for the meta-test). */
    static boolean hasFinnish(Rule rule, Part part) {
        String text = FINNISH.getProperty(rule.id() + "." + part.key());
        return text != null && !text.isBlank();
    }

    static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + RuleCatalogue.class);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
