package io.journeyascode.model;

import java.util.Objects;

/**
 * A value read from a file with the position of its key and of the value itself. For list
 * items, the key position is the item's own position.
 */
public record Located<T>(T value, Span keySpan, Span span) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(keySpan, "keySpan");
        Objects.requireNonNull(span, "span");
    }

    /** A list item or a value without a key of its own. */
    public static <T> Located<T> at(T value, Span span) {
        return new Located<>(value, span, span);
    }
}
