package io.journeyascode.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A touchpoint (SPEC §3). {@code id}'s key span is where findings about the whole touchpoint
 * point. {@code owner} is the owner written on the touchpoint itself; see
 * {@link Journey#ownerOf(Touchpoint)} for the inherited one. {@code leadsTo} is empty when the
 * file has no {@code leads_to}: the flow then goes to the next touchpoint in file order (see
 * {@link Journey#successors(Touchpoint)}). {@code unreadableKeys} are the keys written on the
 * touchpoint whose value could not be read, or that a misspelt key stands for (each a {@code
 * schema} finding): rules about a missing value leave them to that finding.
 */
public record Touchpoint(
        Located<String> id,
        Located<String> name,
        Located<String> channel,
        Interaction interaction,
        Optional<Located<String>> owner,
        Located<Boolean> critical,
        Located<Ownership> ownership,
        Optional<Located<String>> provider,
        List<Located<String>> expectations,
        Optional<Located<String>> targetEmotion,
        List<Located<String>> dimensions,
        List<Located<String>> factors,
        Optional<Located<Moment>> moment,
        List<Metric> metrics,
        Optional<List<Located<String>>> leadsTo,
        List<Located<String>> setsExpectationsFor,
        Optional<String> notes,
        List<Link> links,
        List<Waiver> waivers,
        List<String> unreadableKeys) {

    public Touchpoint {
        expectations = List.copyOf(expectations);
        dimensions = List.copyOf(dimensions);
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
        leadsTo = leadsTo.map(List::copyOf);
        setsExpectationsFor = List.copyOf(setsExpectationsFor);
        links = List.copyOf(links);
        waivers = List.copyOf(waivers);
        unreadableKeys = List.copyOf(unreadableKeys);
    }

    /** Whether {@code key} was written on the touchpoint but could not be read (see above). */
    public boolean isUnreadable(String key) {
        return unreadableKeys.contains(key);
    }

    public boolean isCritical() {
        return critical.value();
    }

    /**
     * The metrics a measurements row's {@code metric} column names (SPEC §5): those whose
     * {@code name} it is and those of the type it is (a custom metric answers to its name only).
     * One: the row measures it; more: the row is ambiguous and counts for none. A type written
     * in other letters ({@code CSAT}) names the metrics of that type when no metric answers to the
     * column as written (a custom metric may be named {@code CSAT}).
     */
    public List<Metric> metricsNamed(String column) {
        List<Metric> named = new ArrayList<>(1);
        for (Metric metric : metrics) {
            if (metric.answersTo(column)) {
                named.add(metric);
            }
        }
        if (named.isEmpty()) {
            // a type in capitals (`CSAT`), when no metric has that name as written
            for (Metric metric : metrics) {
                if (metric.answersToTypeIgnoringCase(column)) {
                    named.add(metric);
                }
            }
        }
        return named;
    }

    /**
     * What a measurements row writes in its {@code metric} column to name {@code metric} alone:
     * its type while no other metric of the touchpoint answers to it, else its {@code name};
     * empty when neither names it alone (two metrics of a type, one without a name).
     */
    public Optional<String> measurementKey(Metric metric) {
        for (String value : metric.columnValues()) {
            if (metricsNamed(value).size() == 1) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Every {@code metric} column value that names one of this touchpoint's metrics alone, once each, in metric order. */
    public List<String> measurementKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Metric metric : metrics) {
            for (String value : metric.columnValues()) {
                if (metricsNamed(value).size() == 1) {
                    keys.add(value);
                }
            }
        }
        return List.copyOf(keys);
    }

    /** Where findings about the whole touchpoint point: its {@code id} key. */
    public Span span() {
        return id.keySpan();
    }
}
