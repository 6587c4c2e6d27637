package io.journeyascode.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for unknown keys and values outside their set. */
public final class Suggest {

    private Suggest() {}

    /**
     * The closest candidate when it is close enough to be a likely typo, else one the input
     * shortens or extends.
     */
    static Optional<String> closest(String input, Collection<String> candidates) {
        return typo(input, candidates).or(() -> stem(input, candidates));
    }

    /** The closest candidate when it is close enough to be a likely typo of the input, else empty. */
    static Optional<String> typo(String input, Collection<String> candidates) {
        String written = normalize(input);
        // A threshold bounds the work: a file full of long unknown keys must stay fast.
        LevenshteinDistance distanceWithin = new LevenshteinDistance(allowed(written.length()));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = normalize(candidate);
            int distance = isSwap(written, other) ? 1 : distanceWithin.apply(written, other);
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= allowed(written.length()) ? Optional.of(best) : Optional.empty();
    }

    /**
     * A candidate the input shortens or extends ({@code warn} for {@code warning}, {@code calmness}
     * for {@code calm}), the longest first, as the rules' suggestions find them: too many letters
     * apart for a typo, but plainly the word meant.
     */
    public static Optional<String> stem(String input, Collection<String> candidates) {
        String written = normalize(input);
        String best = null;
        for (String candidate : candidates) {
            String other = normalize(candidate);
            boolean related = other.length() >= 3
                    && !other.equals(written)
                    && (written.startsWith(other) || other.startsWith(written) && written.length() >= 3);
            if (related && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean `x`?"} or nothing. */
    static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates)
                .map(c -> "; did you mean `" + c + "`?")
                .orElse("");
    }

    /** Two neighbouring letters swapped (`nsp` for `nps`) is one typo, not two. */
    private static boolean isSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    private static int allowed(int length) {
        if (length <= 3) {
            return 1;
        }
        return Math.max(2, length / 3);
    }

    private static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        // Long inputs are never close to a short key; cap the work on pasted paragraphs.
        return lower.length() > 64 ? lower.substring(0, 64) : lower;
    }
}
