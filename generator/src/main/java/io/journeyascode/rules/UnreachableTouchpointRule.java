package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A touchpoint no flow path leads to from the journey's first touchpoint. */
public final class UnreachableTouchpointRule implements Rule {

    @Override
    public String id() {
        return RuleIds.UNREACHABLE_TOUCHPOINT;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "No flow path (`leads_to`, or file order where `leads_to` is absent) leads from the"
                + " journey's first touchpoint to this one.";
    }

    @Override
    public String rationale() {
        return "A journey is a path the customer walks. A touchpoint nobody reaches is either forgotten"
                + " in the flow or no longer part of the journey, and each touchpoint sets the"
                + " expectations for the next: a gap in the flow hides a broken promise.";
    }

    @Override
    public String fix() {
        return "Name the touchpoint in the `leads_to` of the touchpoint before it, e.g."
                + " `leads_to: [payment, support-chat]`, or remove it from the journey.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            check(journey, context.index(), sink);
        }
    }

    private static void check(Journey journey, PlaybookIndex index, FindingSink sink) {
        List<Touchpoint> all = journey.touchpoints();
        if (all.isEmpty()) {
            return;
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.putIfAbsent(all.get(i).id().value(), i);
        }
        String ownPrefix = journey.id().value() + "/";
        boolean[] reached = new boolean[all.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        reached[0] = true;
        queue.add(0);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            Touchpoint tp = all.get(at);
            if (tp.leadsTo().isEmpty()) {
                // By position, not id, so that a duplicated id does not hide the next touchpoint.
                if (at + 1 < all.size() && !reached[at + 1]) {
                    reached[at + 1] = true;
                    queue.add(at + 1);
                }
                continue;
            }
            for (Located<String> ref : tp.leadsTo().get()) {
                if (index.resolve(journey, ref.value()).isEmpty()) {
                    // Where a reference that names nothing (unknown-reference) was meant to lead is
                    // unknown: it may reach any touchpoint, so none is reported as unreachable.
                    return;
                }
                String id = ref.value().startsWith(ownPrefix) ? ref.value().substring(ownPrefix.length()) : ref.value();
                Integer next = position.get(id);
                if (next != null && !reached[next]) {
                    reached[next] = true;
                    queue.add(next);
                }
            }
        }
        String first = all.get(0).id().value();
        for (int i = 1; i < all.size(); i++) {
            // a touchpoint that repeats an earlier one's id cannot be led to by it: duplicate-id says so
            if (!reached[i] && position.get(all.get(i).id().value()) == i) {
                Touchpoint tp = all.get(i);
                sink.report(
                        tp.span(),
                        journey,
                        tp,
                        Message.of("unreachable-touchpoint", first, tp.id().value()));
            }
        }
    }
}
