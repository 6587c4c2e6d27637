package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.util.List;

/** A journey whose touchpoints all use one channel. */
public final class SingleChannelRule implements Rule {

    @Override
    public String id() {
        return RuleIds.SINGLE_CHANNEL;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "Every touchpoint of a journey uses the same `channel`.";
    }

    @Override
    public String rationale() {
        return "Customers move between channels (an ad, the web shop, an email, a call) and judge the"
                + " whole, not one channel at a time. A journey described in one channel usually misses"
                + " the indirect touchpoints and the hand-overs where experiences break.";
    }

    @Override
    public String fix() {
        return "Add the touchpoints of the other channels the customer meets on the way, e.g. the"
                + " confirmation `channel: email` or the support `channel: phone`; if the journey truly"
                + " lives in one channel, set `single-channel: off` under `rules:` in playbook.yaml.";
    }

    /** A channel of the playbook's other than {@code channel} to write, email when it may. */
    private static Message message(String journey, List<String> channels, String channel) {
        if (channels.contains("email") && !channel.equals("email")) {
            return Message.of("single-channel.email", journey, channel);
        }
        return channels.stream()
                .filter(c -> !c.equals(channel))
                .findFirst()
                .map(c -> Message.of("single-channel", journey, channel, c))
                .orElseGet(() -> Message.of("single-channel.no-other", journey, channel));
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (Journey journey : context.playbook().journeys()) {
            List<Touchpoint> all = journey.touchpoints();
            if (all.isEmpty()) {
                continue;
            }
            String channel = all.get(0).channel().value();
            if (all.stream().allMatch(tp -> tp.channel().value().equals(channel))) {
                sink.report(
                        journey.span(),
                        journey,
                        message(
                                journey.id().value(),
                                context.playbook().config().channels(),
                                channel));
            }
        }
    }
}
