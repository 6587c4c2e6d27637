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
        PlaybookConfig config = context.playbook().config();
        Set<String> negative = new HashSet<>(config.negativeEmotions());
        if (negative.isEmpty() || !config.checks("negative_emotions")) {
            return; // a list playbook.yaml writes but that could not be read is its finding
        }
        List<String> others = config.nonNegativeEmotions();
        for (Journey journey : context.playbook().journeys()) {
            List<String> aims = journey.targetEmotions().stream()
                    .map(Located::value)
                    .filter(config::isSuggestible)
                    .distinct()
                    .toList();
            for (Located<String> emotion : journey.targetEmotions()) {
                if (negative.contains(emotion.value())) {
                    sink.report(
                            emotion.span(),
                            journey,
                            instead(
                                    "negative-target-emotion.journey",
                                    journey.id().value(),
                                    emotion.value(),
                                    aims.isEmpty() ? others.stream().limit(2).toList() : aims));
                }
            }
            for (Touchpoint tp : journey.touchpoints()) {
                if (tp.targetEmotion().isPresent()
                        && negative.contains(tp.targetEmotion().get().value())) {
                    sink.report(
                            tp.targetEmotion().get().span(),
                            journey,
                            tp,
                            instead(
                                    "negative-target-emotion.touchpoint",
                                    tp.id().value(),
                                    tp.targetEmotion().get().value(),
                                    (aims.isEmpty() ? others : aims)
                                            .stream().limit(1).toList()));
                }
            }
        }
    }

    /**
     * What to write instead, from the journey's or the playbook's own feelings that are not negative
     * (a suggestion outside them would be a finding of its own).
     */
    private static Message instead(String key, String id, String emotion, List<String> emotions) {
        return emotions.isEmpty()
                ? Message.of(key + ".no-other", id, emotion)
                : Message.of(key, id, emotion, String.join(", ", emotions));
    }
}
