package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> EMOTIONS = List.of("joy", "trust", "sadness", "calm", "relief");

    @Test
    void suggestsTheClosestId() {
        assertThat(Suggestions.closest("chekout", List.of("checkout", "payment")))
                .contains("checkout");
        assertThat(Suggestions.closest("joyy", EMOTIONS)).contains("joy");
    }

    @Test
    void prefersTheWordAStemOfWhichIsACandidate() {
        assertThat(Suggestions.closest("calmness", EMOTIONS)).contains("calm");
        assertThat(Suggestions.closest("trusted", EMOTIONS)).contains("trust");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.closest("delivery", List.of("checkout", "payment")))
                .isEmpty();
        assertThat(Suggestions.didYouMean("xyz", EMOTIONS).isNone()).isTrue();
    }

    @Test
    void endsAMessageWithTheQuestion() {
        assertThat(FindingMessages.english(Suggestions.didYouMean("trsut", EMOTIONS)))
                .isEqualTo("; did you mean `trust`?");
        assertThat(FindingMessages.format(
                        Suggestions.didYouMean("trsut", EMOTIONS), "fi", FindingMessages.Values.AS_WRITTEN))
                .isEqualTo("; tarkoititko `trust`?");
    }
}
