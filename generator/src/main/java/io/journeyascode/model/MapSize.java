package io.journeyascode.model;

import java.util.List;

/**
 * A journey's size as its map counts it: its touchpoints and the arrows written in it ({@code
 * leads_to} and {@code sets_expectations_for} entries). Graphviz's time grows much faster than the
 * graph: 200 touchpoints with 200 arrows draw in about 2 s on two cores, 300 with 300 in 12 s, 500
 * with 500 take more than the minute dot is given, so whether such a map appeared would depend on
 * the machine. A journey past either limit gets no map, on every machine (the same input gives the
 * same site); its page says why and the rule {@code map-too-large} tells its authors.
 */
public record MapSize(int touchpoints, int arrows) {

    /** The most touchpoints a journey map shows. */
    public static final int MAX_TOUCHPOINTS = 200;

    /** The most arrows written in a journey a map shows. */
    public static final int MAX_ARROWS = 200;

    /** The size of {@code journey}'s map. */
    public static MapSize of(Journey journey) {
        int arrows = 0;
        for (Touchpoint touchpoint : journey.touchpoints()) {
            arrows += touchpoint.leadsTo().map(List::size).orElse(0)
                    + touchpoint.setsExpectationsFor().size();
        }
        return new MapSize(journey.touchpoints().size(), arrows);
    }

    /** Whether a map of this size is drawn ({@link #MAX_TOUCHPOINTS}, {@link #MAX_ARROWS}). */
    public boolean drawn() {
        return touchpoints <= MAX_TOUCHPOINTS && arrows <= MAX_ARROWS;
    }
}
