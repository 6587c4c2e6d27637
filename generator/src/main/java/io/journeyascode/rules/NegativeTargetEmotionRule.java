package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.util.HashSet;
import java.util.Set;

/** A target emotion that is a negative one: fear, sadness, disgust, anger by default. */
public final class NegativeTargetEmotionRule implements Rule {

    @Override
    public String id() {
        return RuleIds.NEGATIVE_TARGET_EMOTION;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A touchpoint's `target_emotion` or a journey's `target_emotions` names one of the"
                + " playbook's `negative_emotions`.";
    }

    @Override
    public String rationale() {
        return "The feeling a company designs for is the one customers remember and retell. Aiming at"
                + " fear or anger, even by mistake for a known pain point, designs a negative experience"
                + " instead of relieving it.";
    }

    @Override
    public String fix() {
        return "Name the feeling you want instead of the one you fear, e.g. `target_emotion: relief`"
                + " rather than `target_emotion: fear`; mark a known pain point with `moment: pain`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        Set<String> negative = new HashSet<>(context.playbook().config().negativeEmotions());
        if (negative.isEmpty()) {
            return;
        }
        for (Journey journey : context.playbook().journeys()) {
            for (Located<String> emotion : journey.targetEmotions()) {
                if (negative.contains(emotion.value())) {
                    sink.report(
                            emotion.span(),
                            journey,
                            "journey `" + journey.id().value() + "` targets the negative emotion `"
                                    + emotion.value() + "`; name the feeling the journey should evoke"
                                    + " instead, e.g. `target_emotions: [trust, relief]`");
                }
            }
            for (Touchpoint tp : journey.touchpoints()) {
                if (tp.targetEmotion().isPresent()
                        && negative.contains(tp.targetEmotion().get().value())) {
                    sink.report(
                            tp.targetEmotion().get().span(),
                            journey,
                            tp,
                            "touchpoint `" + tp.id().value() + "` targets the negative emotion `"
                                    + tp.targetEmotion().get().value() + "`; write the feeling it"
                                    + " should evoke instead, e.g. `target_emotion: relief`, and mark a"
                                    + " known pain point with `moment: pain`");
                }
            }
        }
    }
}
