package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Metric;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.TouchpointRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reference that names nothing declared: {@code leads_to} and {@code sets_expectations_for}
 * items, owners (when teams are declared), personas (when personas are declared), emotions, and
 * the journey, touchpoint and metric of a measurements row.
 */
public final class UnknownReferenceRule implements Rule {

    @Override
    public String id() {
        return RuleIds.UNKNOWN_REFERENCE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "A `leads_to` or `sets_expectations_for` item, an `owner`, a `persona`, an emotion or a"
                + " measurements row names a touchpoint, team, persona, emotion, journey or metric that is"
                + " not declared.";
    }

    @Override
    public String rationale() {
        return "Each touchpoint sets expectations for the next and every touchpoint needs an owner team:"
                + " a reference to nothing breaks the flow, leaves a touchpoint without anyone responsible,"
                + " or loses a measurement of how customers feel.";
    }

    @Override
    public String fix() {
        return "Write an id that exists: a touchpoint of the same journey (`leads_to: [checkout]`) or of"
                + " another journey (`leads_to: [online-order/checkout]`), a team or persona declared in"
                + " playbook.yaml, or one of the playbook's `emotions`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        PlaybookConfig config = context.playbook().config();
        Set<String> teams = new LinkedHashSet<>();
        config.teams().forEach(t -> teams.add(t.id().value()));
        Set<String> personas = new LinkedHashSet<>();
        config.personas().forEach(p -> personas.add(p.id().value()));
        Set<String> emotions = new LinkedHashSet<>(config.emotions());
        JourneySuggestions journeyIds = new JourneySuggestions(context.index());
        for (Journey journey : context.playbook().journeys()) {
            if (config.teamsDeclared() && journey.owner().isPresent()) {
                checkTeam(journey.owner().get(), "journey `" + journey.id().value() + "`", teams, sink, journey);
            }
            if (config.personasDeclared() && journey.persona().isPresent()) {
                Located<String> persona = journey.persona().get();
                if (!personas.contains(persona.value())) {
                    sink.report(
                            persona.span(),
                            journey,
                            "persona `" + persona.value() + "` of journey `"
                                    + journey.id().value()
                                    + "` is not declared in playbook.yaml;"
                                    + " write one of " + Texts.list(personas)
                                    + " or declare it under `personas:`"
                                    + Suggestions.didYouMean(persona.value(), personas));
                }
            }
            for (Located<String> emotion : journey.targetEmotions()) {
                if (!emotions.contains(emotion.value())) {
                    sink.report(emotion.span(), journey, unknownEmotion(emotion.value(), emotions));
                }
            }
            for (Touchpoint tp : journey.touchpoints()) {
                checkTouchpoint(context, journeyIds, journey, tp, teams, emotions, sink);
            }
        }
        Set<String> toldOf = new java.util.HashSet<>();
        for (Measurement row : context.playbook().measurements()) {
            String unreadable = context.unreadable().get(row.journey());
            if (unreadable != null && context.index().journey(row.journey()).isEmpty()) {
                // one finding a measurement file, not one a row: the journey's own file is at fault
                if (toldOf.add(row.span().file() + "\u0000" + row.journey())) {
                    sink.report(
                            row.span(),
                            "measurement names journey `" + row.journey() + "`, whose file " + unreadable
                                    + " could not be read (so may later rows of this file); fix that file first");
                }
                continue;
            }
            checkMeasurement(context.index(), journeyIds, row, sink);
        }
    }

    private static void checkTouchpoint(
            RuleContext context,
            JourneySuggestions journeyIds,
            Journey journey,
            Touchpoint tp,
            Set<String> teams,
            Set<String> emotions,
            FindingSink sink) {
        for (Located<String> ref : tp.leadsTo().orElse(List.of())) {
            checkFlow(context, journeyIds, journey, tp, "leads_to", ref, sink);
        }
        for (Located<String> ref : tp.setsExpectationsFor()) {
            checkFlow(context, journeyIds, journey, tp, "sets_expectations_for", ref, sink);
        }
        if (context.playbook().config().teamsDeclared() && tp.owner().isPresent()) {
            Located<String> owner = tp.owner().get();
            if (!teams.contains(owner.value())) {
                sink.report(
                        owner.span(),
                        journey,
                        tp,
                        unknownTeam(owner.value(), "touchpoint `" + tp.id().value() + "`", teams));
            }
        }
        if (tp.targetEmotion().isPresent()
                && !emotions.contains(tp.targetEmotion().get().value())) {
            Located<String> emotion = tp.targetEmotion().get();
            sink.report(emotion.span(), journey, tp, unknownEmotion(emotion.value(), emotions));
        }
    }

    private static void checkTeam(
            Located<String> owner, String whose, Set<String> teams, FindingSink sink, Journey journey) {
        if (!teams.contains(owner.value())) {
            sink.report(owner.span(), journey, unknownTeam(owner.value(), whose, teams));
        }
    }

    private static String unknownTeam(String team, String whose, Set<String> teams) {
        return "owner `" + team + "` of " + whose + " is not a team declared in playbook.yaml; "
                + (teams.isEmpty()
                        ? "declare it under `teams:`"
                        : "write one of " + Texts.list(teams) + " or declare it under `teams:`")
                + Suggestions.didYouMean(team, teams);
    }

    private static String unknownEmotion(String emotion, Set<String> emotions) {
        return "`" + emotion + "` is not one of the playbook's emotions; "
                + (emotions.isEmpty()
                        ? "add it to `emotions:` in playbook.yaml, which lists none"
                        : "write one of " + Texts.list(emotions) + " or add it to `emotions:` in playbook.yaml")
                + Suggestions.didYouMean(emotion, emotions);
    }

    private static void checkFlow(
            RuleContext context,
            JourneySuggestions journeyIds,
            Journey journey,
            Touchpoint tp,
            String key,
            Located<String> ref,
            FindingSink sink) {
        PlaybookIndex index = context.index();
        Map<String, String> unreadable = context.unreadable();
        if (index.resolve(journey, ref.value()).isPresent()) {
            return;
        }
        String value = ref.value();
        int slash = value.indexOf('/');
        String message;
        if (slash < 0) {
            message = "`" + key + "` of touchpoint `" + tp.id().value() + "` names `" + value
                    + "`, which is no touchpoint of journey `" + journey.id().value() + "`;"
                    + " write a touchpoint id of this journey, or `journey-id/touchpoint-id` for another journey"
                    + Suggestions.didYouMean(value, touchpointIds(journey));
        } else {
            String journeyId = value.substring(0, slash);
            String touchpointId = value.substring(slash + 1);
            Optional<Journey> target = index.journey(journeyId);
            if (target.isEmpty() && unreadable.containsKey(journeyId)) {
                message = "`" + key + "` of touchpoint `" + tp.id().value() + "` names journey `" + journeyId
                        + "`, whose file " + unreadable.get(journeyId) + " could not be read; fix that file first";
            } else if (target.isEmpty()) {
                message = "`" + key + "` of touchpoint `" + tp.id().value() + "` names journey `" + journeyId
                        + "`, which does not exist;"
                        + " write `journey-id/touchpoint-id` with an existing journey"
                        + journeyIds.didYouMean(journeyId);
            } else {
                message = "`" + key + "` of touchpoint `" + tp.id().value() + "` names `" + value
                        + "`, but journey `" + journeyId + "` has no touchpoint `" + touchpointId + "`;"
                        + " write `" + journeyId + "/` followed by one of its touchpoint ids"
                        + Suggestions.didYouMean(touchpointId, touchpointIds(target.get()));
            }
        }
        sink.report(ref.span(), journey, tp, message);
    }

    private static void checkMeasurement(
            PlaybookIndex index, JourneySuggestions journeyIds, Measurement row, FindingSink sink) {
        Optional<Journey> journey = index.journey(row.journey());
        if (journey.isEmpty()) {
            sink.report(
                    row.span(),
                    "measurement names journey `" + row.journey() + "`, which does not exist;"
                            + " write the id of an existing journey in the `journey` column"
                            + journeyIds.didYouMean(row.journey()));
            return;
        }
        Optional<TouchpointRef> ref = index.touchpoint(row.journey(), row.touchpoint());
        if (ref.isEmpty()) {
            sink.report(
                    row.span(),
                    journey.get(),
                    "measurement names touchpoint `" + row.touchpoint() + "`, which journey `" + row.journey()
                            + "` does not have;"
                            + " write one of its touchpoint ids in the `touchpoint` column"
                            + Suggestions.didYouMean(row.touchpoint(), touchpointIds(journey.get())));
            return;
        }
        Touchpoint tp = ref.get().touchpoint();
        List<Metric> named = tp.metricsNamed(row.metric());
        if (named.size() == 1) {
            return;
        }
        if (named.size() > 1) {
            sink.report(row.span(), journey.get(), tp, ambiguous(row, tp, named));
            return;
        }
        String which = "measurement names metric `" + row.metric() + "`, which touchpoint `" + row.touchpoint()
                + "` of journey `" + row.journey() + "`";
        List<String> keys = tp.measurementKeys();
        if (tp.metrics().isEmpty()) {
            sink.report(
                    row.span(),
                    journey.get(),
                    tp,
                    which + " does not have; add a metric to the touchpoint, `metrics: [{type: " + row.metric()
                            + "}]` (or `{type:" + " custom, name: " + row.metric() + "}`)");
        } else {
            sink.report(
                    row.span(),
                    journey.get(),
                    tp,
                    which + " does not have;"
                            + (keys.isEmpty()
                                    ? " give its metrics names of their own (`name: …`) and write one of them"
                                            + " in the `metric` column, or add the metric to the touchpoint"
                                    : " write one of " + Texts.list(keys) + " in the `metric` column,"
                                            + " or add the metric to the touchpoint")
                            + Suggestions.didYouMean(row.metric(), keys));
        }
    }

    /**
     * A row whose metric column names several metrics of the touchpoint (two of a type, or a name
     * that is also a type): what names each alone, or that they need names to be told apart.
     */
    private static String ambiguous(Measurement row, Touchpoint tp, List<Metric> named) {
        List<String> keys = new ArrayList<>();
        boolean unnamed = false;
        for (Metric metric : named) {
            Optional<String> key = tp.measurementKey(metric);
            key.ifPresent(keys::add);
            unnamed |= key.isEmpty();
        }
        return "measurement names metric `" + row.metric() + "`, which fits " + named.size()
                + " metrics of touchpoint `"
                + row.touchpoint() + "` of journey `" + row.journey() + "`, so the row counts for none of them; "
                + (unnamed
                        ? "give each of them a name of its own (`name: …`) and write the name of the one"
                                + " it measures in the `metric` column"
                                + (keys.isEmpty() ? "" : " (already named: " + Texts.list(keys) + ")")
                        : "write the name of the one it measures in the `metric` column: one of " + Texts.list(keys));
    }

    private static List<String> touchpointIds(Journey journey) {
        return journey.touchpoints().stream().map(t -> t.id().value()).toList();
    }

    /**
     * "Did you mean" over all journey ids, computed once per word: a thousand journeys with the
     * same wrong reference must not cost a thousand scans of a thousand ids.
     */
    private static final class JourneySuggestions {
        private final PlaybookIndex index;
        private final Map<String, String> answers = new HashMap<>();
        private Set<String> ids;

        JourneySuggestions(PlaybookIndex index) {
            this.index = index;
        }

        String didYouMean(String word) {
            return answers.computeIfAbsent(word, w -> Suggestions.didYouMean(w, ids()));
        }

        private Set<String> ids() {
            if (ids == null) {
                ids = new LinkedHashSet<>();
                index.playbook().journeys().forEach(j -> ids.add(j.id().value()));
            }
            return ids;
        }
    }
}
