package io.journeyascode.model;

import java.time.LocalDate;

/**
 * An accepted finding: silences {@code rule} on its touchpoint until {@code until} (inclusive).
 * {@code rule}'s key span is the waiver's {@code rule} key.
 */
public record Waiver(Located<String> rule, String reason, Located<LocalDate> until) {}
