package io.journeyascode.model;

/**
 * A measurements row that names one metric (SPEC §5) but does not count for it, and why; the
 * loader reports each as a {@code schema} finding at the row.
 */
public sealed interface RejectedMeasurement {

    Measurement row();

    /** The touchpoint the row names, with its journey. */
    TouchpointRef where();

    Metric metric();

    /**
     * The value is outside the range of the metric's type. Only a row that names the metric by
     * its {@code name} gets here: one that writes the type is checked as the file is read.
     */
    record OutOfRange(Measurement row, TouchpointRef where, Metric metric) implements RejectedMeasurement {}

    /**
     * {@code earlier}, a row before this one in file order, gives the metric another value on the
     * same date. A metric has one value a date, so that date counts for nothing: the result must
     * not depend on which file sorts last.
     */
    record SameDay(Measurement row, TouchpointRef where, Metric metric, Measurement earlier)
            implements RejectedMeasurement {}
}
