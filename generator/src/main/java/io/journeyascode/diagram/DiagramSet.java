package io.journeyascode.diagram;

import java.util.List;
import java.util.Map;

/**
 * Rendered journey diagrams: SVG text by journey id, the engine that rendered them ("dot" or
 * "js"), and one message per diagram that could not be rendered (never a silent hole).
 */
public record DiagramSet(Map<String, String> svgByJourney, String engineUsed, List<String> failures) {

    public DiagramSet {
        svgByJourney = Map.copyOf(svgByJourney);
        failures = List.copyOf(failures);
    }
}
