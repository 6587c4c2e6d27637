package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Touchpoint;

/** A touchpoint that does not say which feeling it should evoke. */
public final class MissingTargetEmotionRule implements Rule {

    @Override
    public String id() {
        return RuleIds.MISSING_TARGET_EMOTION;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A touchpoint has no `target_emotion`.";
    }

    @Override
    public String rationale() {
        return "About two thirds of the customer experience is emotion. A company decides which feeling"
                + " it wants to evoke and mirrors it in every touchpoint; a touchpoint without a target"
                + " emotion is left to chance.";
    }

    @Override
    public String fix() {
        return "Name the feeling the touchpoint should evoke, one of the playbook's `emotions`, e.g."
                + " `target_emotion: trust`.";
    }

    @Override
    public void check(RuleContext context, FindingSink sink) {
        PlaybookConfig config = context.playbook().config();
        String example = config.nonNegativeEmotions().stream().findFirst().orElse("trust");
        for (Journey journey : context.playbook().journeys()) {
            String suggested = journey.targetEmotions().stream()
                    .map(Located::value)
                    .filter(config::isSuggestible)
                    .findFirst()
                    .orElse(example);
            for (Touchpoint tp : journey.touchpoints()) {
                // A target_emotion written but unreadable (or misspelt) is its schema finding already.
                if (tp.targetEmotion().isEmpty() && !tp.isUnreadable("target_emotion")) {
                    sink.report(
                            tp.span(),
                            journey,
                            tp,
                            Message.of("missing-target-emotion", tp.id().value(), suggested));
                }
            }
        }
    }
}
