package io.journeyascode.api;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that fails a run (SPEC §7 {@code --fail-on}); NEVER fails nothing. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public boolean fails(Finding finding) {
        return fails(finding.severity());
    }

    /** Whether a finding of {@code severity} fails the run. */
    public boolean fails(io.journeyascode.model.Severity severity) {
        return threshold != null && severity.isAtLeast(threshold);
    }

    public long countFailing(Collection<Finding> findings) {
        return findings.stream().filter(this::fails).count();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailOn> parse(String text) {
        for (FailOn f : values()) {
            if (f.id().equals(text)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
