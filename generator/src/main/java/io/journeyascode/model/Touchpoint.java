package io.journeyascode.model;

import java.util.List;
import java.util.Optional;

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

    /** A touchpoint whose every key could be read. */
    public Touchpoint(
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
            List<Waiver> waivers) {
        this(
                id,
                name,
                channel,
                interaction,
                owner,
                critical,
                ownership,
                provider,
                expectations,
                targetEmotion,
                dimensions,
                factors,
                moment,
                metrics,
                leadsTo,
                setsExpectationsFor,
                notes,
                links,
                waivers,
                List.of());
    }

    /** Whether {@code key} was written on the touchpoint but could not be read (see above). */
    public boolean isUnreadable(String key) {
        return unreadableKeys.contains(key);
    }

    public boolean isCritical() {
        return critical.value();
    }

    /** Where findings about the whole touchpoint point: its {@code id} key. */
    public Span span() {
        return id.keySpan();
    }
}
