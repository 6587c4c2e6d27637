package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
                            "touchpoint `" + tp.id().value() + "` aims at `" + emotion.value() + "`, which is not"
                                    + " among journey `" + journey.id().value() + "`'s target emotions "
                                    + Texts.list(targets) + "; "
                                    + advice(
                                            emotion.value(),
                                            targets,
                                            context.playbook().config()));
                }
            }
        }
    }

    /**
     * Aim at one of the journey's emotions, or add this one to them; never advice that is a finding
     * of its own (a negative emotion among the journey's targets is negative-target-emotion).
     */
    private static String advice(String emotion, List<String> targets, PlaybookConfig config) {
        List<String> ways = new ArrayList<>();
        targets.stream()
                .filter(config::isSuggestible)
                .findFirst()
                .ifPresent(t -> ways.add("write `target_emotion: " + t + "`"));
        if (config.isSuggestible(emotion)) {
            ways.add("add `" + emotion + "` to the journey's `target_emotions`");
        }
        return ways.isEmpty()
                ? "aim the journey and the touchpoint at a feeling to evoke that is not negative"
                : String.join(" or ", ways);
    }
}
