package io.journeyascode.site.view;

import java.util.List;

/**
 * Where a page of a team's or channel's listing stands among its pages: {@code page} of
 * {@code count} (from 1), its {@code label} ("Page 2 of 5"), a link to every page by number (the
 * current one marked) and to the previous and next page (empty {@code href} at either end). Only
 * numbers, never journey titles: a renamed journey changes no other page's pager.
 */
public record PagerView(int page, int count, String label, List<NavLink> pages, LinkView previous, LinkView next) {

    public PagerView {
        pages = List.copyOf(pages);
    }
}
