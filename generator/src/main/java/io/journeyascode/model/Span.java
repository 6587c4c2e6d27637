package io.journeyascode.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: the file's path relative to the journeys folder (with {@code /}
 * separators) and a 1-based line and column. SnakeYAML marks are 0-based; the loader converts
 * them once, here.
 */
public record Span(String file, int line, int column) implements Comparable<Span> {

    private static final Comparator<Span> ORDER =
            Comparator.comparing(Span::file).thenComparingInt(Span::line).thenComparingInt(Span::column);

    public Span {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The start of a file, for findings about the file as a whole. */
    public static Span ofFile(String file) {
        return new Span(file, 1, 1);
    }

    @Override
    public int compareTo(Span other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
