package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Measurement.Column;
import io.journeyascode.model.Message;
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
                checkTeam(
                        journey.owner().get(),
                        Message.of("whose.journey", journey.id().value()),
                        teams,
                        sink,
                        journey);
            }
            if (config.personasDeclared() && journey.persona().isPresent()) {
                Located<String> persona = journey.persona().get();
                if (!personas.contains(persona.value())) {
                    sink.report(
                            persona.span(),
                            journey,
                            Message.of(
                                    "unknown-reference.persona",
                                    persona.value(),
                                    journey.id().value(),
                                    Texts.list(personas),
                                    Suggestions.didYouMean(persona.value(), personas)));
                }
            }
            for (Located<String> emotion : journey.targetEmotions()) {
                if (config.checks("emotions") && !emotions.contains(emotion.value())) {
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
                            row.at(Column.JOURNEY),
                            Message.of("unknown-reference.measurement.unreadable", row.journey(), unreadable));
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
                        unknownTeam(
                                owner.value(),
                                Message.of("whose.touchpoint", tp.id().value()),
                                teams));
            }
        }
        if (tp.targetEmotion().isPresent()
                && context.playbook().config().checks("emotions")
                && !emotions.contains(tp.targetEmotion().get().value())) {
            Located<String> emotion = tp.targetEmotion().get();
            sink.report(emotion.span(), journey, tp, unknownEmotion(emotion.value(), emotions));
        }
    }

    private static void checkTeam(
            Located<String> owner, Message whose, Set<String> teams, FindingSink sink, Journey journey) {
        if (!teams.contains(owner.value())) {
            sink.report(owner.span(), journey, unknownTeam(owner.value(), whose, teams));
        }
    }

    private static Message unknownTeam(String team, Message whose, Set<String> teams) {
        return teams.isEmpty()
                ? Message.of("unknown-reference.team.none", team, whose)
                : Message.of(
                        "unknown-reference.team", team, whose, Texts.list(teams), Suggestions.didYouMean(team, teams));
    }

    private static Message unknownEmotion(String emotion, Set<String> emotions) {
        return emotions.isEmpty()
                ? Message.of("unknown-reference.emotion.none", emotion)
                : Message.of(
                        "unknown-reference.emotion",
                        emotion,
                        Texts.list(emotions),
                        Suggestions.didYouMean(emotion, emotions));
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
        String id = tp.id().value();
        Message message;
        if (slash < 0) {
            message = Message.of(
                    "unknown-reference.flow.touchpoint",
                    key,
                    id,
                    value,
                    journey.id().value(),
                    ownOrElsewhere(context, journey, value));
        } else {
            String journeyId = value.substring(0, slash);
            String touchpointId = value.substring(slash + 1);
            Optional<Journey> target = index.journey(journeyId);
            if (target.isEmpty() && unreadable.containsKey(journeyId)) {
                message =
                        Message.of("unknown-reference.flow.unreadable", key, id, journeyId, unreadable.get(journeyId));
            } else if (target.isEmpty()) {
                message = Message.of(
                        "unknown-reference.flow.journey", key, id, journeyId, journeyIds.didYouMean(journeyId));
            } else {
                message = Message.of(
                        "unknown-reference.flow.other-journey",
                        key,
                        id,
                        value,
                        journeyId,
                        touchpointId,
                        Suggestions.didYouMean(touchpointId, touchpointIds(target.get())));
            }
        }
        sink.report(ref.span(), journey, tp, message);
    }

    private static void checkMeasurement(
            PlaybookIndex index, JourneySuggestions journeyIds, Measurement row, FindingSink sink) {
        Optional<Journey> journey = index.journey(row.journey());
        if (journey.isEmpty()) {
            sink.report(
                    row.at(Column.JOURNEY),
                    Message.of(
                            "unknown-reference.measurement.journey",
                            row.journey(),
                            journeyIds.didYouMean(row.journey())));
            return;
        }
        Optional<TouchpointRef> ref = index.touchpoint(row.journey(), row.touchpoint());
        if (ref.isEmpty()) {
            sink.report(
                    row.at(Column.TOUCHPOINT),
                    journey.get(),
                    Message.of(
                            "unknown-reference.measurement.touchpoint",
                            row.touchpoint(),
                            row.journey(),
                            Suggestions.didYouMean(row.touchpoint(), touchpointIds(journey.get()))));
            return;
        }
        Touchpoint tp = ref.get().touchpoint();
        List<Metric> named = tp.metricsNamed(row.metric());
        if (named.size() == 1) {
            return;
        }
        if (named.size() > 1) {
            sink.report(row.at(Column.METRIC), journey.get(), tp, ambiguous(row, tp, named));
            return;
        }
        List<String> keys = tp.measurementKeys();
        Message message;
        if (tp.metrics().isEmpty()) {
            message = Message.of(
                    "unknown-reference.measurement.metric.no-metrics", row.metric(), row.touchpoint(), row.journey());
        } else if (keys.isEmpty()) {
            message = Message.of(
                    "unknown-reference.measurement.metric.unnamed", row.metric(), row.touchpoint(), row.journey());
        } else {
            message = Message.of(
                    "unknown-reference.measurement.metric",
                    row.metric(),
                    row.touchpoint(),
                    row.journey(),
                    Texts.list(keys),
                    Suggestions.didYouMean(row.metric(), keys));
        }
        sink.report(row.at(Column.METRIC), journey.get(), tp, message);
    }

    /**
     * A row whose metric column names several metrics of the touchpoint (two of a type, or a name
     * that is also a type): what names each alone, or that they need names to be told apart.
     */
    private static Message ambiguous(Measurement row, Touchpoint tp, List<Metric> named) {
        List<String> keys = new ArrayList<>();
        boolean unnamed = false;
        for (Metric metric : named) {
            Optional<String> key = tp.measurementKey(metric);
            key.ifPresent(keys::add);
            unnamed |= key.isEmpty();
        }
        String key = !unnamed
                ? "unknown-reference.measurement.ambiguous"
                : keys.isEmpty()
                        ? "unknown-reference.measurement.ambiguous.unnamed"
                        : "unknown-reference.measurement.ambiguous.some-named";
        return Message.of(
                key, row.metric(), Integer.toString(named.size()), row.touchpoint(), row.journey(), Texts.list(keys));
    }

    /**
     * A touchpoint of the journey itself close to {@code value}, else one of another journey that
     * has exactly this id ({@code leads_to: [reorder]} for {@code grocery-order/reorder}).
     */
    private static Message ownOrElsewhere(RuleContext context, Journey journey, String value) {
        Message own = Suggestions.didYouMean(value, touchpointIds(journey));
        if (!own.isNone()) {
            return own;
        }
        for (Journey other : context.playbook().journeys()) {
            // not a journey of the same id (a duplicate): its touchpoints are not this journey's to name
            if (!other.id().value().equals(journey.id().value())
                    && context.index().touchpoint(other.id().value(), value).isPresent()) {
                return Message.of("did-you-mean", other.id().value() + "/" + value);
            }
        }
        return own;
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
        private final Map<String, Message> answers = new HashMap<>();
        private Set<String> ids;

        JourneySuggestions(PlaybookIndex index) {
            this.index = index;
        }

        Message didYouMean(String word) {
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
