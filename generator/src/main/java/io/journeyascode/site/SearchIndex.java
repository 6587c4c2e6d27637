package io.journeyascode.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-side search index over journeys, touchpoints, teams and channels: a JSON array of
 * {@code {"title","kind","url","text"}} with site-root-relative URLs, in catalog order. Also as a
 * script that sets {@code window.JOURNEY_SEARCH_INDEX}, because browsers refuse {@code fetch}
 * on {@code file://}.
 */
final class SearchIndex {

    record Entry(String title, String kind, String url, String text) {}

    private SearchIndex() {}

    static List<Entry> entries(Catalog catalog, Messages msg) {
        List<Entry> out = new ArrayList<>();
        for (Journey journey : catalog.journeys) {
            out.add(new Entry(
                    journey.title().value(),
                    msg.get("search.kind.journey"),
                    SitePaths.journey(journey.id().value()),
                    journey.summary().orElse("")));
            for (Touchpoint tp : catalog.touchpoints(journey)) {
                String text = journey.title().value() + " · "
                        + msg.label("channel", tp.channel().value())
                        + tp.targetEmotion()
                                .map(e -> " · " + msg.label("emotion", e.value()))
                                .orElse("")
                        + journey.ownerOf(tp)
                                .map(o -> " · " + catalog.teams.getOrDefault(o.value(), o.value()))
                                .orElse("");
                out.add(new Entry(
                        tp.name().value(),
                        msg.get("search.kind.touchpoint"),
                        SitePaths.touchpoint(journey.id().value(), tp.id().value()),
                        text));
            }
        }
        catalog.teams.forEach((id, name) -> out.add(new Entry(
                name,
                msg.get("search.kind.team"),
                SitePaths.team(id),
                msg.format("search.team.text", catalog.touchpointsByTeam.get(id).size()))));
        catalog.touchpointsByChannel.forEach((id, refs) -> out.add(new Entry(
                msg.label("channel", id),
                msg.get("search.kind.channel"),
                SitePaths.channel(id),
                msg.format(
                        "search.channel.text",
                        refs.size(),
                        refs.stream()
                                .map(r -> r.journey().id().value())
                                .distinct()
                                .count()))));
        return out;
    }

    static String json(List<Entry> entries) {
        StringWriter out = new StringWriter(entries.size() * 120 + 16);
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartArray();
            for (Entry e : entries) {
                json.writeRaw('\n');
                json.writeStartObject();
                json.writeStringField("title", e.title());
                json.writeStringField("kind", e.kind());
                json.writeStringField("url", e.url());
                json.writeStringField("text", e.text());
                json.writeEndObject();
            }
            json.writeRaw('\n');
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static String script(String json) {
        return "window.JOURNEY_SEARCH_INDEX = " + json.strip() + ";\n";
    }
}
