package io.journeyascode.rules;

import io.journeyascode.model.Message;
import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for names that resolve to nothing: the closest candidate, when close enough. */
final class Suggestions {

    private Suggestions() {}

    static Optional<String> closest(String word, Collection<String> candidates) {
        Optional<String> stem = stem(word, candidates);
        if (stem.isPresent()) {
            return stem;
        }
        LevenshteinDistance distance = new LevenshteinDistance(threshold(word));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance.apply(word, candidate);
            // Ties go to the alphabetically first candidate so messages are deterministic.
            if (d >= 0 && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean `x`?"} to end a message with, or nothing when no candidate is close. */
    static Message didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> Message.of("did-you-mean", c)).orElse(Message.none());
    }

    /** A candidate the word extends or shortens ({@code calmness} for {@code calm}), the longest first. */
    private static Optional<String> stem(String word, Collection<String> candidates) {
        return io.journeyascode.load.Suggest.stem(word, candidates);
    }

    private static int threshold(String word) {
        if (word.length() <= 4) {
            return 1;
        }
        return word.length() <= 9 ? 2 : 3;
    }
}
