package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Two journeys, two stages of a journey, or two touchpoints of a journey with one id. */
public final class DuplicateIdRule implements Rule {

    @Override
    public String id() {
        return RuleIds.DUPLICATE_ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "Two journeys, two stages of one journey, or two touchpoints of one journey share an id.";
    }

    @Override
    public String rationale() {
        return "Ids are how touchpoints refer to each other and how the playbook's pages are named: with"
                + " a duplicate, flows, expectations and measurements attach to the wrong touchpoint and"
                + " one of the two disappears from the site.";
    }

    @Override
    public String fix() {
        return "Give one of the two another id, e.g. `id: checkout-mobile`; a journey without `id:` is"
                + " named after its file, so rename the file or add `id:`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Set<String> ids = new HashSet<>();
        context.playbook().journeys().forEach(j -> ids.add(j.id().value()));
        for (Journey journey : context.playbook().journeys()) {
            // the id belongs to the journey the index gives it to (the one named after it, else the
            // first): a copy of grocery-order.yaml that kept its id is the one told, not the original
            Journey owner = context.index().journey(journey.id().value()).orElse(journey);
            if (owner != journey) {
                reportJourney(journey, owner, ids, sink);
            }
            checkStages(journey, sink);
            checkTouchpoints(journey, sink);
        }
    }

    private static void reportJourney(Journey journey, Journey owner, Set<String> ids, FindingSink sink) {
        String id = journey.id().value();
        boolean defaulted = isDefaulted(journey);
        sink.report(
                journey.id().span(),
                journey,
                Message.of(
                        defaulted ? "duplicate-id.journey.from-file" : "duplicate-id.journey",
                        id,
                        where(owner.id()),
                        freeId(journey, ids)));
    }

    /**
     * The id to suggest for a journey whose id is taken: its file's name when that is a free id
     * (the file was copied and kept the original's id), else the id with the first free number.
     */
    static String freeId(Journey journey, Set<String> ids) {
        String stem = journey.fileStem();
        if (io.journeyascode.load.Ids.isId(stem) && !ids.contains(stem)) {
            return stem;
        }
        String id = journey.id().value();
        int n = 2;
        while (ids.contains(id + "-" + n)) {
            n++;
        }
        return id + "-" + n;
    }

    private static void checkStages(Journey journey, FindingSink sink) {
        Map<String, Stage> stages = new HashMap<>();
        for (Stage stage : journey.stages()) {
            Stage first = stages.putIfAbsent(stage.id().value(), stage);
            if (first != null) {
                sink.report(
                        stage.id().span(),
                        journey,
                        Message.of(
                                "duplicate-id.stage",
                                stage.id().value(),
                                journey.id().value(),
                                where(first.id())));
            }
        }
    }

    private static void checkTouchpoints(Journey journey, FindingSink sink) {
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        for (Touchpoint tp : journey.touchpoints()) {
            Touchpoint first = touchpoints.putIfAbsent(tp.id().value(), tp);
            if (first != null) {
                sink.report(
                        tp.id().span(),
                        journey,
                        tp,
                        Message.of(
                                "duplicate-id.touchpoint",
                                tp.id().value(),
                                journey.id().value(),
                                where(first.id())));
            }
        }
    }

    private static boolean isDefaulted(Journey journey) {
        // An id written in the file can never start at 1:1: the key `id:` comes first.
        return journey.id().span().equals(Span.ofFile(journey.file()));
    }

    private static String where(Located<String> id) {
        return id.span().file() + ":" + id.span().line();
    }
}
