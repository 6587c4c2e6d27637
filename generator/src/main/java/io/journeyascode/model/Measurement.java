package io.journeyascode.model;

import java.time.LocalDate;

/** One measured value from a measurements CSV row (SPEC §5); span is the row. */
public record Measurement(String journey, String touchpoint, String metric, double value, LocalDate date, Span span) {}
