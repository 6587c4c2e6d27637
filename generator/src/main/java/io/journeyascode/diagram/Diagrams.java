package io.journeyascode.diagram;

import io.journeyascode.api.Engine;
import io.journeyascode.api.ToolException;
import io.journeyascode.model.Journey;
import io.journeyascode.model.PlaybookIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
        Map<String, String> dots = new LinkedHashMap<>();
        for (DotGraph graph : graphs(index, null)) {
            dots.put(graph.journeyId(), graph.dot());
        }
        return Collections.unmodifiableMap(dots);
    }

    /** The DOT text of one journey (the same text {@link #dot(PlaybookIndex)} gives for it). */
    public static String dot(Journey journey, PlaybookIndex index) {
        return JourneyDot.of(journey, index, words(index), prefix(journey.id().value(), 0))
                .dot();
    }

    /**
     * Renders every journey's diagram with {@code engine} using up to {@code jobs} processes;
     * {@code log} hears which engine {@code auto} chose.
     *
     * @throws io.journeyascode.api.ToolException when the chosen engine cannot run at all
     */
    public static DiagramSet render(PlaybookIndex index, Engine engine, int jobs, Consumer<String> log) {
        return render(index, null, engine, jobs, log);
    }

    /**
     * Renders the diagrams of the journeys named in {@code journeyIds} only (for a rebuild that
     * reuses cached diagrams of unchanged journeys); otherwise as {@link #render(PlaybookIndex,
     * Engine, int, Consumer)}. The SVG of a journey does not depend on which others are rendered.
     */
    public static DiagramSet render(
            PlaybookIndex index, Collection<String> journeyIds, Engine engine, int jobs, Consumer<String> log) {
        GraphRenderer renderer = renderer(engine, log);
        LazyGraphs graphs = new LazyGraphs(index, journeyIds == null ? null : new HashSet<>(journeyIds));
        // DOT texts are made on the renderer's workers as they are written, overlapping with dot
        List<String> dots = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return graphs.get(i).dot();
            }

            @Override
            public int size() {
                return graphs.size();
            }
        };
        List<GraphRenderer.Rendered> results =
                renderer.render(dots, jobs, (i, svg) -> SvgPostProcessor.process(svg, graphs.get(i)));
        Map<String, String> svgs = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            GraphRenderer.Rendered result = results.get(i);
            DotGraph graph = graphs.get(i);
            if (result.svg().isPresent()) {
                svgs.put(graph.journeyId(), result.svg().get());
            } else {
                Journey journey = index.journey(graph.journeyId()).orElseThrow();
                failures.add(journey.file() + ": the diagram of journey " + graph.journeyId()
                        + " could not be rendered: " + result.error().orElse("no output") + ".");
            }
        }
        return new DiagramSet(svgs, renderer.id(), failures);
    }

    private static GraphRenderer renderer(Engine engine, Consumer<String> log) {
        return renderer(engine, NativeDotRenderer.find(), log);
    }

    /** The engine to use, given where dot is (empty: not on the PATH). */
    static GraphRenderer renderer(Engine engine, Optional<Path> dotProgram, Consumer<String> log) {
        switch (engine) {
            case DOT:
                return new NativeDotRenderer(dotProgram.orElseThrow(() -> new ToolException(
                        "Graphviz dot is not on the PATH: install Graphviz, or use --engine js or auto.")));
            case JS:
                return JsRenderer.start();
            case AUTO:
            default:
                var dot = dotProgram;
                if (dot.isPresent()) {
                    log.accept("Diagrams: using Graphviz dot (" + dot.get() + ").");
                    return new NativeDotRenderer(dot.get());
                }
                log.accept("Diagrams: dot is not on the PATH; using the bundled JavaScript engine (slower).");
                return JsRenderer.start();
        }
    }

    private static List<DotGraph> graphs(PlaybookIndex index, Set<String> only) {
        LazyGraphs lazy = new LazyGraphs(index, only);
        List<DotGraph> graphs = new ArrayList<>(lazy.size());
        for (int i = 0; i < lazy.size(); i++) {
            graphs.add(lazy.get(i));
        }
        return graphs;
    }

    /** The journeys to draw, each one's DOT made once, on first use, by whichever thread asks. */
    private static final class LazyGraphs {
        private final PlaybookIndex index;
        private final Map<String, String> words;
        private final List<Journey> journeys = new ArrayList<>();
        private final List<String> prefixes = new ArrayList<>();
        private final AtomicReferenceArray<DotGraph> made;

        LazyGraphs(PlaybookIndex index, Set<String> only) {
            this.index = index;
            this.words = words(index);
            Set<String> seen = new HashSet<>();
            int ordinal = 0;
            for (Journey journey : index.playbook().journeys()) {
                String id = journey.id().value();
                // a duplicated journey id is a finding; its first journey is the one shown
                if (seen.add(id) && (only == null || only.contains(id))) {
                    journeys.add(journey);
                    prefixes.add(prefix(id, ordinal));
                }
                ordinal++;
            }
            made = new AtomicReferenceArray<>(journeys.size());
        }

        int size() {
            return journeys.size();
        }

        DotGraph get(int i) {
            DotGraph graph = made.get(i);
            if (graph == null) {
                graph = JourneyDot.of(journeys.get(i), index, words, prefixes.get(i));
                if (!made.compareAndSet(i, null, graph)) {
                    graph = made.get(i);
                }
            }
            return graph;
        }
    }

    private static Map<String, String> words(PlaybookIndex index) {
        return DiagramWords.of(index.playbook().config().locale());
    }

    /** A prefix for the SVG's element ids, unique per journey in a page. */
    private static String prefix(String journeyId, int ordinal) {
        return DotText.isSafeId(journeyId) ? "jd-" + journeyId + "-" : "jd" + ordinal + "-";
    }
}
