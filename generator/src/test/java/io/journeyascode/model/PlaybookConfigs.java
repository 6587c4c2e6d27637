package io.journeyascode.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings for tests: the defaults with rule levels of playbook.yaml's {@code rules:}. */
public final class PlaybookConfigs {

    private PlaybookConfigs() {}

    /** The defaults with {@code levels} (rule id to error, warning, info or off) as playbook.yaml writes them. */
    public static PlaybookConfig withLevels(Map<String, String> levels) {
        PlaybookConfig d = PlaybookConfig.defaults();
        Map<String, Located<String>> located = new HashMap<>();
        levels.forEach((rule, level) -> located.put(rule, Located.at(level, Span.ofFile(PlaybookConfig.FILE_NAME))));
        return new PlaybookConfig(
                d.file(),
                d.title(),
                d.locale(),
                d.brandPromise(),
                d.emotions(),
                d.negativeEmotions(),
                d.channels(),
                d.teamsDeclared(),
                d.teams(),
                d.personasDeclared(),
                d.personas(),
                d.measurementMaxAgeDays(),
                located,
                List.of());
    }
}
