package io.journeyascode.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaybookConfigTest {

    /** Twelve ids: an order that does not depend on the map would come out sorted once in 12! runs. */
    private static final List<String> RULES = List.of(
            "critical-outsourced",
            "critical-unmeasured",
            "emotion-off-target",
            "metric-below-target",
            "missing-expectations",
            "missing-target-emotion",
            "negative-target-emotion",
            "no-peak-moment",
            "phase-gap",
            "single-channel",
            "stale-measurement",
            "unreachable-touchpoint");

    @Test
    void ruleSeveritiesIterateInRuleIdOrderWhateverOrderTheyWereGivenIn() {
        List<String> reversed = new ArrayList<>(RULES);
        Collections.reverse(reversed);
        List<String> shuffled = new ArrayList<>(RULES);
        Collections.shuffle(shuffled, new java.util.Random(7));

        PlaybookConfig fromReversed = config(reversed);
        PlaybookConfig fromShuffled = config(shuffled);

        assertThat(fromReversed.ruleSeverities().keySet()).containsExactlyElementsOf(RULES);
        assertThat(fromShuffled.ruleSeverities().keySet()).containsExactlyElementsOf(RULES);
        // what the build cache's keys are made of
        assertThat(fromShuffled.toString()).isEqualTo(fromReversed.toString());
    }

    private static PlaybookConfig config(List<String> rules) {
        Map<String, Located<String>> levels = new LinkedHashMap<>();
        for (String rule : rules) {
            // the same rule at the same place in both configs: they differ in their order alone
            levels.put(rule, Located.at("warning", new Span(PlaybookConfig.FILE_NAME, RULES.indexOf(rule) + 1, 3)));
        }
        PlaybookConfig defaults = PlaybookConfig.defaults();
        return new PlaybookConfig(
                defaults.file(),
                defaults.title(),
                defaults.locale(),
                defaults.brandPromise(),
                defaults.emotions(),
                defaults.negativeEmotions(),
                defaults.channels(),
                defaults.teamsDeclared(),
                defaults.teams(),
                defaults.personasDeclared(),
                defaults.personas(),
                defaults.measurementMaxAgeDays(),
                levels,
                List.of());
    }
}
