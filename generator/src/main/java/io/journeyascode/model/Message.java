package io.journeyascode.model;

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
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The empty message: a phrase left out (no "did you mean", say). */
    public static Message none() {
        return NONE;
    }

    public boolean isNone() {
        return key.isEmpty();
    }
}
