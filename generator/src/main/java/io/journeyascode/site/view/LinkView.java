package io.journeyascode.site.view;

/** A link for people: its text and its address relative to the page ({@code href} is empty when there is nothing to link to). */
public record LinkView(String label, String href) {

    public static LinkView text(String label) {
        return new LinkView(label, "");
    }
}
