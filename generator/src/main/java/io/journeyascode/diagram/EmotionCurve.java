package io.journeyascode.diagram;

import io.journeyascode.model.Journey;
import io.journeyascode.model.PlaybookIndex;

/** The emotion curve of a journey as an SVG made in Java (not Graphviz). */
public final class EmotionCurve {

    private EmotionCurve() {}

    public static String svg(Journey journey, PlaybookIndex index) {
        throw new UnsupportedOperationException("TODO(diagram)");
    }
}
