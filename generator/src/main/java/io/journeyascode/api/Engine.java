package io.journeyascode.api;

import java.util.Locale;
import java.util.Optional;

/** The Graphviz engine choice of SPEC §7 {@code --engine}. */
public enum Engine {
    AUTO,
    DOT,
    JS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Engine> parse(String text) {
        for (Engine e : values()) {
            if (e.id().equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
