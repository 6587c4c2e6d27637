package io.journeyascode.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A rule's message as a key of the findings' message catalogue ({@code findings.properties}, in
 * English and Finnish) and the values that go into it, so that a site in another language can say
 * it in its own words. A value is a text that needs no translation (an id, a number, YAML as
 * written) or a message of its own (a phrase that does); {@link #none()} says nothing.
 */
public record Message(String key, List<Object> args) {

    private static final Message NONE = new Message("", List.of());

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String) && !(arg instanceof Message)) {
                throw new IllegalArgumentException("a message value is a text or a message, not " + arg.getClass());
            }
        }
        if (key.isEmpty() && !args.isEmpty()) {
            throw new IllegalArgumentException("the empty message has no values");
        }
        if (key.startsWith("=")) {
            if (args.size() != 1 || !(args.get(0) instanceof String text)) {
                throw new IllegalArgumentException(key + " holds one text, not " + args);
            }
            switch (key) {
                case NUMBER -> {
                    double value = Double.parseDouble(text); // NumberFormatException for a non-number
                    if (!Double.isFinite(value)) {
                        throw new IllegalArgumentException("not a finite number: " + text);
                    }
                }
                case DATE -> LocalDate.parse(text); // DateTimeParseException for a non-date
                case FIGURE -> {
                    // any text
                }
                default -> throw new IllegalArgumentException("no value kind " + key);
            }
        }
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /**
     * A number in running text, as YAML writes it ({@code 4.5}): said in the language's format
     * ({@code 4,5} in Finnish). A number inside a YAML or CSV snippet is a text.
     */
    public static Message number(String yaml) {
        return new Message(NUMBER, List.of(yaml));
    }

    /** A date in running text: said in the language's format ({@code 1.2.2026} in Finnish). */
    public static Message date(LocalDate date) {
        return new Message(DATE, List.of(date.toString()));
    }

    /** The key of {@link #number}: no key of the catalogue starts with {@code =}. */
    public static final String NUMBER = "=number";

    /** The key of {@link #date}. */
    public static final String DATE = "=date";

    /** The key of {@link #figure}. */
    public static final String FIGURE = "=figure";

    /**
     * A text of the moment written as it is, such as the measured value or today's date inside a
     * YAML or CSV snippet: like a number or date, it is left out of what identifies the finding
     * from one run to the next ({@code FindingKeys}), since it changes while the finding stays.
     */
    public static Message figure(String text) {
        return new Message(FIGURE, List.of(text));
    }

    /**
     * Whether this is a number, date or figure ({@link #number}, {@link #date}, {@link #figure})
     * rather than words of the catalogue.
     */
    public boolean isValue() {
        return key.startsWith("=");
    }

    /** The empty message: a phrase left out (no "did you mean", say). */
    public static Message none() {
        return NONE;
    }

    public boolean isNone() {
        return key.isEmpty();
    }
}
