package io.journeyascode.rules;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for names that resolve to nothing: the closest candidate, when close enough. */
final class Suggestions {

    private Suggestions() {}

    static Optional<String> closest(String word, Collection<String> candidates) {
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

    /** {@code " Did you mean `x`?"}, or nothing when no candidate is close. */
    static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " Did you mean `" + c + "`?").orElse("");
    }

    private static int threshold(String word) {
        if (word.length() <= 3) {
            return 1;
        }
        return word.length() <= 6 ? 2 : 3;
    }
}
