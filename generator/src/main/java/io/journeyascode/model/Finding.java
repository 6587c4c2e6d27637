package io.journeyascode.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem in the user's files: which rule, how serious, where (1-based), which journey and
 * touchpoint when it applies, and a message that says what is wrong and what to write instead.
 * Sorted by file, line, column, rule id (SPEC §6).
 */
public record Finding(
        String rule,
        Severity severity,
        Span span,
        Optional<String> journey,
        Optional<String> touchpoint,
        String message)
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
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, span, journey, touchpoint, message);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
