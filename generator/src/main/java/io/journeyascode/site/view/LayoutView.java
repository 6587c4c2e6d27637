package io.journeyascode.site.view;

import java.util.List;

/**
 * What the shared layout of every page needs: the {@code lang} attribute, titles, the way up to
 * the site root ({@code root}: "", "../" or "../../") for assets, the navigation, and the build
 * date (empty unless SOURCE_DATE_EPOCH is set; in the locale's format and as ISO for {@code datetime}).
 */
public record LayoutView(
        String lang,
        String siteTitle,
        String pageTitle,
        String kind,
        String root,
        List<NavLink> nav,
        String indexHref,
        String searchHref,
        String stylesheetHref,
        String buildDate,
        String buildDateIso,
        String version) {

    public LayoutView {
        nav = List.copyOf(nav);
    }
}
