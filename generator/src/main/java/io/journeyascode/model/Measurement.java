package io.journeyascode.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One measured value from a measurements CSV row (SPEC §5); span is the row, and cells where each
 * of its columns starts (in {@link Column} order), for findings about one cell.
 */
public record Measurement(
        String journey, String touchpoint, String metric, double value, LocalDate date, Span span, List<Span> cells) {

    /** The columns of a measurements row, in the order the header names them. */
    public enum Column {
        JOURNEY,
        TOUCHPOINT,
        METRIC,
        VALUE,
        DATE
    }

    public Measurement {
        cells = List.copyOf(cells);
        if (cells.size() != Column.values().length) {
            throw new IllegalArgumentException("a row has " + Column.values().length + " cells: " + cells);
        }
    }

    /** A row whose cells' places are not known (one made in code): each cell is at the row's start. */
    public Measurement(String journey, String touchpoint, String metric, double value, LocalDate date, Span span) {
        this(journey, touchpoint, metric, value, date, span, List.of(span, span, span, span, span));
    }

    /** Where {@code column} of this row starts: the place of a finding about that cell. */
    public Span at(Column column) {
        return cells.get(column.ordinal());
    }
}
