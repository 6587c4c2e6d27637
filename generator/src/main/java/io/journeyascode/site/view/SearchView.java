package io.journeyascode.site.view;

/** The search page: the scripts that hold the index and run the search. */
public record SearchView(String indexScriptHref, String indexJsonHref, String scriptHref) {}
