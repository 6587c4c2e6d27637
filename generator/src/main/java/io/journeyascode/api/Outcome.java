package io.journeyascode.api;

import java.util.Objects;

/**
 * The verdict of a validate or build run: the validation and the {@code failOn} level it was
 * judged by. {@link #failureMessage()} is the one sentence a front end shows when it failed.
 */
public record Outcome(ValidationResult validation, FailOn failOn) {

    public Outcome {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(failOn, "failOn");
    }

    /** How many findings are at or above {@code failOn}. */
    public long failing() {
        return failOn.countFailing(validation.findings());
    }

    public boolean failed() {
        return failing() > 0;
    }

    /** Says how many findings failed the run and at which level, e.g. for a build tool's failure. */
    public String failureMessage() {
        long n = failing();
        return n + (n == 1 ? " finding is" : " findings are") + " at or above the failOn level '" + failOn.id() + "': "
                + howToFix(n);
    }

    /** What to do about {@code n} findings that fail a run: the end of a build tool's failure line. */
    public static String howToFix(long n) {
        return "fix " + (n == 1 ? "it as its message says" : "them as their messages say")
                + " (a deliberate exception: a waiver on the touchpoint or journey, where the rule allows one).";
    }
}
