package io.journeyascode.site;

import io.journeyascode.model.TouchpointRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the touchpoint listing of a team's or a channel's page into pages (issue #7): at N = 1000
 * journeys one page would hold thousands of rows, too heavy to open on a phone, and every title
 * change would render it again. A page holds at most {@link #PAGE_ROWS} rows and breaks only
 * between journeys, so that a journey's rows stay together; a journey with more rows than that
 * gets a page of its own.
 */
final class Paging {

    /** The most touchpoint rows on one page of a team or channel (unless one journey has more). */
    static final int PAGE_ROWS = 300;

    private Paging() {}

    /**
     * The pages of a listing, each a list of rows: the rows grouped by journey in the order the
     * journeys first appear, the groups laid on pages greedily in that order. Always at least one
     * page (empty for an empty listing).
     */
    static List<List<TouchpointRef>> pages(List<TouchpointRef> rows, int pageRows) {
        if (pageRows < 1) {
            throw new IllegalArgumentException("A page holds at least one row, not " + pageRows);
        }
        // Keyed by journey id: a record's hash code walks the whole journey.
        Map<String, List<TouchpointRef>> byJourney = new LinkedHashMap<>();
        for (TouchpointRef ref : rows) {
            byJourney
                    .computeIfAbsent(ref.journey().id().value(), k -> new ArrayList<>())
                    .add(ref);
        }
        List<List<TouchpointRef>> pages = new ArrayList<>();
        List<TouchpointRef> page = new ArrayList<>();
        for (List<TouchpointRef> journey : byJourney.values()) {
            if (!page.isEmpty() && page.size() + journey.size() > pageRows) {
                pages.add(List.copyOf(page));
                page = new ArrayList<>();
            }
            page.addAll(journey);
        }
        pages.add(List.copyOf(page));
        return List.copyOf(pages);
    }
}
