package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A touchpoint whose target emotion is not one its journey aims at. */
public final class EmotionOffTargetRule implements Rule {

    @Override
    public String id() {
        return RuleIds.EMOTION_OFF_TARGET;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "A touchpoint's `target_emotion` is not among its journey's `target_emotions`.";
    }

    @Override
    public String rationale() {
        return "The feeling the company wants to evoke should be mirrored in every touchpoint. A"
                + " touchpoint that aims elsewhere may be deliberate, but it pulls the journey away from"
                + " the feeling the customer should take home.";
    }

    @Override
    public String fix() {
        return "Aim the touchpoint at one of the journey's emotions, e.g. `target_emotion: trust`, or add"
                + " its emotion to the journey: `target_emotions: [trust, relief, joy]`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Set<String> vocabulary = new HashSet<>(context.playbook().config().emotions());
        for (Journey journey : context.playbook().journeys()) {
            if (journey.targetEmotions().isEmpty()) {
                continue;
            }
            List<String> targets =
                    journey.targetEmotions().stream().map(Located::value).toList();
            for (Touchpoint tp : journey.touchpoints()) {
                if (tp.targetEmotion().isEmpty()) {
                    continue;
                }
                Located<String> emotion = tp.targetEmotion().get();
                // An emotion outside the vocabulary is an unknown-reference already.
                if (vocabulary.contains(emotion.value()) && !targets.contains(emotion.value())) {
                    sink.report(
                            emotion.span(),
                            journey,
                            tp,
                            Message.of(
                                    "emotion-off-target",
                                    tp.id().value(),
                                    emotion.value(),
                                    journey.id().value(),
                                    Texts.list(targets),
                                    advice(
                                            emotion.value(),
                                            targets,
                                            context.playbook().config())));
                }
            }
        }
    }

    /**
     * Aim at one of the journey's emotions, or add this one to them; never advice that is a finding
     * of its own (a negative emotion among the journey's targets is negative-target-emotion).
     */
    private static Message advice(String emotion, List<String> targets, PlaybookConfig config) {
        Optional<String> target = targets.stream().filter(config::isSuggestible).findFirst();
        boolean add = config.isSuggestible(emotion);
        if (target.isPresent()) {
            return add
                    ? Message.of("emotion-off-target.write-or-add", target.get(), emotion)
                    : Message.of("emotion-off-target.write", target.get());
        }
        return add ? Message.of("emotion-off-target.add", emotion) : Message.of("emotion-off-target.elsewhere");
    }
}
