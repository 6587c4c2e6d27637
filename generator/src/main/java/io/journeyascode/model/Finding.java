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
 * A loader's finding about a value it read as something else (`leads_to: [Check Out]` as
 * `check-out`) also holds that as {@code readAs}, so that what follows from the value as read can
 * be said in the same finding without taking its message apart (see {@link ReadAs}).
 * Sorted by file, line, column, rule id (SPEC §6).
 */
public record Finding(
        String rule,
        Severity severity,
        Span span,
        Optional<String> journey,
        Optional<String> touchpoint,
        String message,
        Optional<Message> text,
        Optional<ReadAs> readAs)
        implements Comparable<Finding> {

    /**
     * What a loader's finding says to write instead of the value at fault, when that is the value
     * as the loader read it and went on with: the message is {@code fault}, what is wrong as
     * written, then {@code "; write `value`"} ({@code value} as {@code check-out}, or a whole
     * line as {@code leads_to: [check-out, landing]}). A rule that finds the value as read names
     * nothing can then replace that advice, which would not do either.
     */
    public record ReadAs(String fault, String value) {
        public ReadAs {
            Objects.requireNonNull(fault, "fault");
            Objects.requireNonNull(value, "value");
        }

        /** The finding's message: what is wrong, and to write the value as read. */
        public String message() {
            return fault + "; write `" + value + "`";
        }
    }

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
        Objects.requireNonNull(readAs, "readAs");
        if (readAs.isPresent() && !readAs.get().message().equals(message)) {
            throw new IllegalArgumentException("the message is not the advice to write the value read: " + message);
        }
    }

    /** A finding whose message may be a key of the findings' catalogue too ({@code text}: a rule's). */
    public Finding(
            String rule,
            Severity severity,
            Span span,
            Optional<String> journey,
            Optional<String> touchpoint,
            String message,
            Optional<Message> text) {
        this(rule, severity, span, journey, touchpoint, message, text, Optional.empty());
    }

    /** A finding whose message is English only (the loader's: it quotes the YAML as written). */
    public Finding(
            String rule,
            Severity severity,
            Span span,
            Optional<String> journey,
            Optional<String> touchpoint,
            String message) {
        this(rule, severity, span, journey, touchpoint, message, Optional.empty(), Optional.empty());
    }

    /** A loader's finding that says to write the value as it read it: {@link ReadAs#message()}. */
    public Finding(
            String rule,
            Severity severity,
            Span span,
            Optional<String> journey,
            Optional<String> touchpoint,
            ReadAs readAs) {
        this(rule, severity, span, journey, touchpoint, readAs.message(), Optional.empty(), Optional.of(readAs));
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, span, journey, touchpoint, message, text, readAs);
    }

    /** The same finding about another journey and touchpoint (or none). */
    public Finding withPlace(Optional<String> newJourney, Optional<String> newTouchpoint) {
        return new Finding(rule, severity, span, newJourney, newTouchpoint, message, text, readAs);
    }

    /**
     * The same finding with more said after its message: only for a message that is English alone
     * (the loader's), since a site in another language could not say the addition. Its advice is
     * then no longer the message's last word, so the finding no longer holds what it read.
     */
    public Finding withMessageSuffix(String suffix) {
        if (text.isPresent()) {
            throw new IllegalStateException("a message of the catalogue takes no English suffix: "
                    + text.get().key());
        }
        return new Finding(rule, severity, span, journey, touchpoint, message + suffix, text, Optional.empty());
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
