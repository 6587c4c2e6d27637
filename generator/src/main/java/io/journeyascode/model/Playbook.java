package io.journeyascode.model;

import java.util.List;

/**
 * Everything read from a journeys folder: the settings, the journeys that could be read (sorted
 * by file), and the measurements (sorted by file and line).
 */
public record Playbook(PlaybookConfig config, List<Journey> journeys, List<Measurement> measurements) {

    public Playbook {
        journeys = List.copyOf(journeys);
        measurements = List.copyOf(measurements);
    }

    public int touchpointCount() {
        return journeys.stream().mapToInt(j -> j.touchpoints().size()).sum();
    }
}
