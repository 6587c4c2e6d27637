package io.journeyascode.diagram;

import io.journeyascode.api.Engine;
import io.journeyascode.model.PlaybookIndex;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Journey diagrams (SPEC §8): DOT made from the model, rendered to SVG by an engine. Node links
 * are relative to {@code OUT/journeys/}: {@code JOURNEY-ID/TOUCHPOINT-ID.html}, so they work in
 * {@code journeys/ID.svg} and inlined in {@code journeys/ID.html} alike.
 */
public final class Diagrams {

    private Diagrams() {}

    /** DOT text per journey id, in journey order. */
    public static Map<String, String> dot(PlaybookIndex index) {
        throw new UnsupportedOperationException("TODO(diagram)");
    }

    /**
     * Renders every journey's diagram with {@code engine} using up to {@code jobs} processes;
     * {@code log} hears which engine {@code auto} chose.
     *
     * @throws io.journeyascode.api.ToolException when the chosen engine cannot run at all
     */
    public static DiagramSet render(PlaybookIndex index, Engine engine, int jobs, Consumer<String> log) {
        throw new UnsupportedOperationException("TODO(diagram)");
    }
}
