package io.journeyascode.site;

import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * The rule texts the rules page shows: id, default severity, what it checks, why it matters and
 * how to fix it — the same texts the CLI prints.
 */
public final class RuleDocs {

    /** One rule's documentation. */
    public record Doc(String id, Severity severity, String summary, String rationale, String fix) {}

    private RuleDocs() {}

    // TODO(rules): RuleCatalogue.all() once the rules branch is merged; until then SPEC §6's table.
    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry(RuleIds.YAML_SYNTAX, "The file is not well-formed YAML."),
            Map.entry(
                    RuleIds.SCHEMA,
                    "A key is unknown, a value has the wrong type or lies outside its set, a required key is missing, or an id is not kebab-case."),
            Map.entry(
                    RuleIds.DUPLICATE_ID,
                    "Two journeys, two stages of a journey or two touchpoints of a journey share an id."),
            Map.entry(
                    RuleIds.UNKNOWN_REFERENCE,
                    "leads_to, sets_expectations_for, owner, persona or an emotion names nothing declared."),
            Map.entry(RuleIds.CRITICAL_UNMEASURED, "A critical touchpoint has no metric."),
            Map.entry(RuleIds.WAIVER_EXPIRED, "A waiver's until date is past."),
            Map.entry(RuleIds.CRITICAL_OUTSOURCED, "A critical touchpoint is outsourced or external."),
            Map.entry(RuleIds.MISSING_EXPECTATIONS, "A touchpoint lists no expectations."),
            Map.entry(RuleIds.MISSING_TARGET_EMOTION, "A touchpoint has no target_emotion."),
            Map.entry(RuleIds.NEGATIVE_TARGET_EMOTION, "A target emotion is one of negative_emotions."),
            Map.entry(RuleIds.PHASE_GAP, "A journey has no touchpoint in one of before, during, after."),
            Map.entry(
                    RuleIds.METRIC_BELOW_TARGET,
                    "A metric's actual is worse than its target (for CES lower is better)."),
            Map.entry(
                    RuleIds.STALE_MEASUREMENT,
                    "A measured metric's newest value is older than measurement_max_age_days."),
            Map.entry(RuleIds.UNREACHABLE_TOUCHPOINT, "No flow path leads from the first touchpoint to this one."),
            Map.entry(RuleIds.WAIVER_UNUSED, "A waiver names a rule that would not fire there."),
            Map.entry(RuleIds.SINGLE_CHANNEL, "The whole journey uses one channel."),
            Map.entry(RuleIds.NO_PEAK_MOMENT, "No touchpoint of the journey is marked moment: peak."),
            Map.entry(
                    RuleIds.EMOTION_OFF_TARGET,
                    "A touchpoint's target_emotion is not among its journey's target_emotions."));

    private static final List<String> ERRORS = List.of(
            RuleIds.YAML_SYNTAX,
            RuleIds.SCHEMA,
            RuleIds.DUPLICATE_ID,
            RuleIds.UNKNOWN_REFERENCE,
            RuleIds.CRITICAL_UNMEASURED,
            RuleIds.WAIVER_EXPIRED);
    private static final List<String> INFOS =
            List.of(RuleIds.SINGLE_CHANNEL, RuleIds.NO_PEAK_MOMENT, RuleIds.EMOTION_OFF_TARGET);

    /** Every rule in the order of SPEC §6. */
    public static List<Doc> all() {
        return RuleIds.ALL.stream()
                .map(id -> new Doc(
                        id,
                        ERRORS.contains(id) ? Severity.ERROR : INFOS.contains(id) ? Severity.INFO : Severity.WARNING,
                        SUMMARIES.getOrDefault(id, ""),
                        "",
                        ""))
                .toList();
    }
}
