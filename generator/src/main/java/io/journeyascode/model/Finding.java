package io.journeyascode.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem in the user's files: which rule, how serious, where (1-based), which journey and
 * touchpoint when it applies, and a message that says what is wrong and what to write instead:
 * in English, as the command line and the reports print it, and for a rule's finding also as
 * {@code text}, the same message as a key of the findings' catalogue, which the site prints in
 * its own language.
 * Sorted by file, line, column, rule id (SPEC §6).
 */
public record Finding(
        String rule,
        Severity severity,
        Span span,
        Optional<String> journey,
        Optional<String> touchpoint,
        String message,
        Optional<Message> text)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER =
            Comparator.comparing(Finding::span).thenComparing(Finding::rule).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(text, "text");
    }

    /** A finding whose message is English only (the loader's: it quotes the YAML as written). */
    public Finding(
            String rule,
            Severity severity,
            Span span,
            Optional<String> journey,
            Optional<String> touchpoint,
            String message) {
        this(rule, severity, span, journey, touchpoint, message, Optional.empty());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, span, journey, touchpoint, message, text);
    }

    /** The same finding about another journey and touchpoint (or none). */
    public Finding withPlace(Optional<String> newJourney, Optional<String> newTouchpoint) {
        return new Finding(rule, severity, span, newJourney, newTouchpoint, message, text);
    }

    /**
     * The same finding with more said after its message: only for a message that is English alone
     * (the loader's), since a site in another language could not say the addition.
     */
    public Finding withMessageSuffix(String suffix) {
        if (text.isPresent()) {
            throw new IllegalStateException("a message of the catalogue takes no English suffix: "
                    + text.get().key());
        }
        return new Finding(rule, severity, span, journey, touchpoint, message + suffix, text);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
