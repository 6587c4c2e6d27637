package io.journeyascode.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One journey file (SPEC §3). {@code file} is the path inside the journeys folder with {@code /}
 * separators. When the file has no {@code id}, {@code id} is the file name without extension,
 * located at the start of the file. Findings about the whole journey point at
 * {@link #span()}, its {@code title} key. {@code touchpoints} are all touchpoints in file order,
 * kept once since every rule, diagram and page walks them. {@code waivers} accept findings about
 * the whole journey ({@code phase-gap}, {@code single-channel}, {@code no-peak-moment}, {@code map-too-large}), as a
 * touchpoint's waivers accept findings about it.
 */
public record Journey(
        String file,
        Located<String> id,
        Located<String> title,
        Optional<Located<String>> persona,
        Optional<Located<String>> owner,
        List<Located<String>> targetEmotions,
        Optional<String> summary,
        Optional<String> description,
        List<Stage> stages,
        List<Touchpoint> touchpoints,
        List<Waiver> waivers) {

    public Journey {
        targetEmotions = List.copyOf(targetEmotions);
        stages = List.copyOf(stages);
        waivers = List.copyOf(waivers);
        // Derived from the stages whatever is passed, so the two can never disagree.
        touchpoints = allTouchpoints(stages);
    }

    /** A journey whose {@link #touchpoints()} are its stages' touchpoints in file order. */
    public Journey(
            String file,
            Located<String> id,
            Located<String> title,
            Optional<Located<String>> persona,
            Optional<Located<String>> owner,
            List<Located<String>> targetEmotions,
            Optional<String> summary,
            Optional<String> description,
            List<Stage> stages) {
        this(file, id, title, persona, owner, targetEmotions, summary, description, stages, List.of(), List.of());
    }

    /** A journey without waivers of its own, {@link #touchpoints()} derived from the stages. */
    public Journey(
            String file,
            Located<String> id,
            Located<String> title,
            Optional<Located<String>> persona,
            Optional<Located<String>> owner,
            List<Located<String>> targetEmotions,
            Optional<String> summary,
            Optional<String> description,
            List<Stage> stages,
            List<Touchpoint> touchpoints) {
        this(file, id, title, persona, owner, targetEmotions, summary, description, stages, touchpoints, List.of());
    }

    private static List<Touchpoint> allTouchpoints(List<Stage> stages) {
        List<Touchpoint> all = new ArrayList<>();
        for (Stage stage : stages) {
            all.addAll(stage.touchpoints());
        }
        return List.copyOf(all);
    }

    /** The file's name without folders and extension: the id the journey has when it names none. */
    public String fileStem() {
        return stemOf(file);
    }

    /** A journey file's name without folders and extension ({@code area/shop.yaml} → {@code shop}). */
    public static String stemOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Where findings about the whole journey point: the {@code title} key. */
    public Span span() {
        return title.keySpan();
    }

    /** The owner of a touchpoint: its own, else the journey's. */
    public Optional<Located<String>> ownerOf(Touchpoint touchpoint) {
        return touchpoint.owner().or(this::owner);
    }

    /**
     * The flow successors of a touchpoint as written references: its {@code leads_to}, or
     * when absent the next touchpoint in file order (none for the last). References may name
     * another journey as {@code journey-id/touchpoint-id}.
     */
    public List<String> successors(Touchpoint touchpoint) {
        if (touchpoint.leadsTo().isPresent()) {
            return touchpoint.leadsTo().get().stream().map(Located::value).toList();
        }
        for (int i = 0; i < touchpoints.size() - 1; i++) {
            if (touchpoints.get(i) == touchpoint) {
                return List.of(touchpoints.get(i + 1).id().value());
            }
        }
        return List.of();
    }

    /** The stage that holds a touchpoint. */
    public Optional<Stage> stageOf(Touchpoint touchpoint) {
        return stages.stream()
                .filter(s -> s.touchpoints().stream().anyMatch(t -> t == touchpoint))
                .findFirst();
    }
}
