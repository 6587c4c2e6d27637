package io.journeyascode.model;

import java.util.List;

/** A stage of a journey, in customer order. */
public record Stage(Located<String> id, Located<String> name, Located<Phase> phase, List<Touchpoint> touchpoints) {

    public Stage {
        touchpoints = List.copyOf(touchpoints);
    }
}
