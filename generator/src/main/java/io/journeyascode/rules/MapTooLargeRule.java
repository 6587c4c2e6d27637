package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.MapSize;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;

/** A journey too large for a map ({@link MapSize}): the playbook shows it without one. */
public final class MapTooLargeRule implements Rule {

    @Override
    public String id() {
        return RuleIds.MAP_TOO_LARGE;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A journey has more than " + MapSize.MAX_TOUCHPOINTS + " touchpoints, or more than "
                + MapSize.MAX_ARROWS + " arrows written in it (`leads_to` and `sets_expectations_for` entries),"
                + " so the playbook shows no journey map of it.";
    }

    @Override
    public String rationale() {
        return "The map is where staff see a journey at a glance. Graphviz's time grows much faster than"
                + " the graph, so past these limits no map is drawn, on any machine; such a journey is also"
                + " past what a reader can follow on one map.";
    }

    @Override
    public String fix() {
        return "Split the journey in two, each in its own file: the first's last touchpoint `leads_to` the"
                + " second's first (`leads_to: [second-journey/first-touchpoint]`).";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            MapSize size = MapSize.of(journey);
            if (!size.drawn()) {
                sink.report(
                        journey.span(),
                        journey,
                        Message.of(
                                "map-too-large",
                                journey.id().value(),
                                String.valueOf(size.touchpoints()),
                                String.valueOf(size.arrows()),
                                String.valueOf(MapSize.MAX_TOUCHPOINTS),
                                String.valueOf(MapSize.MAX_ARROWS)));
            }
        }
    }
}
