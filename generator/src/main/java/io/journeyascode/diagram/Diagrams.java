package io.journeyascode.diagram;

import io.journeyascode.api.Engine;
import io.journeyascode.api.ToolException;
import io.journeyascode.model.Journey;
import io.journeyascode.model.MapSize;
import io.journeyascode.model.PlaybookIndex;
import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * How many batches the journeys are spread over: a journey's batch depends on its id alone,
     * so a rebuild draws the same batches as a full build. With 1000 journeys a batch holds
     * about 30 graphs (one dot process each); a changed journey redraws its batch.
     */
    static final int BATCHES = 32;

    private Diagrams() {}

    /** The batch of a journey (0 to {@link #BATCHES} - 1): a function of its id alone. */
    static int batchOf(String journeyId) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(journeyId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) (crc.getValue() % BATCHES);
    }

    /**
     * The journeys drawn together with each journey (its batch, itself included, in drawing
     * order): a journey's SVG may depend on the diagrams drawn before it in its batch, so a build
     * cache must key it by all of them. Journeys without a diagram (a repeated id, a journey too
     * large for a map) are absent.
     */
    public static Map<String, List<String>> batchMates(PlaybookIndex index) {
        Map<Integer, List<String>> byBatch = new java.util.TreeMap<>();
        for (Journey journey : drawn(index)) {
            String id = journey.id().value();
            byBatch.computeIfAbsent(batchOf(id), b -> new ArrayList<>()).add(id);
        }
        Map<String, List<String>> mates = new java.util.HashMap<>();
        for (List<String> batch : byBatch.values()) {
            List<String> members = List.copyOf(batch);
            for (String id : members) {
                mates.put(id, members);
            }
        }
        return mates;
    }

    /**
     * The journeys that get a diagram, in drawing order: one of each id, in file order (a duplicated
     * journey id is a finding; the journey it belongs to is the one shown), but for those too large
     * for a map ({@link MapSize}).
     */
    private static List<Journey> drawn(PlaybookIndex index) {
        return index.journeys().stream().filter(j -> MapSize.of(j).drawn()).toList();
    }

    /** What the build says of the journeys among {@code journeyIds} (all when null) too large for a map. */
    private static List<String> tooLarge(PlaybookIndex index, Collection<String> journeyIds) {
        List<String> notes = new ArrayList<>();
        for (Journey journey : index.journeys()) {
            MapSize size = MapSize.of(journey);
            if (!size.drawn()
                    && (journeyIds == null || journeyIds.contains(journey.id().value()))) {
                notes.add(journey.file() + ": journey " + journey.id().value() + " has " + size.touchpoints()
                        + " touchpoints and " + size.arrows() + " arrows written in it; a map shows at most "
                        + MapSize.MAX_TOUCHPOINTS + " touchpoints and " + MapSize.MAX_ARROWS
                        + " arrows, so it gets none (split the journey in two, linked with leads_to).");
            }
        }
        return notes;
    }

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
     * Renders the diagrams of the journeys named in {@code journeyIds} and of the others in their
     * batches (for a rebuild that reuses cached diagrams of unchanged journeys); otherwise as
     * {@link #render(PlaybookIndex, Engine, int, Consumer)}. The SVG of a journey is the same
     * whichever others are asked for.
     */
    public static DiagramSet render(
            PlaybookIndex index, Collection<String> journeyIds, Engine engine, int jobs, Consumer<String> log) {
        return render(index, journeyIds, engine, jobs, log, words(index));
    }

    /**
     * As {@link #render(PlaybookIndex, Collection, Engine, int, Consumer)}, with the diagrams'
     * words given (see {@link DiagramWords#of(String, Map)}): the site's, with its names of
     * channels and emotions.
     */
    public static DiagramSet render(
            PlaybookIndex index,
            Collection<String> journeyIds,
            Engine engine,
            int jobs,
            Consumer<String> log,
            Map<String, String> words) {
        GraphRenderer renderer = renderer(engine, log);
        Set<Integer> wanted = null;
        if (journeyIds != null) {
            wanted = new HashSet<>();
            for (String id : journeyIds) {
                wanted.add(batchOf(id));
            }
        }
        LazyGraphs graphs = new LazyGraphs(index, wanted, words);
        Map<Integer, List<Integer>> byBatch = new java.util.TreeMap<>();
        for (int i = 0; i < graphs.size(); i++) {
            byBatch.computeIfAbsent(graphs.batch(i), b -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> batches = new ArrayList<>(byBatch.values());
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
                renderer.render(dots, batches, jobs, (i, svg) -> SvgPostProcessor.process(svg, graphs.get(i)));
        Map<String, String> svgs = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>(tooLarge(index, journeyIds));
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

    /** The engine ("dot" or "js") that {@code engine} stands for on this machine, without starting it. */
    public static String engineId(Engine engine) {
        return switch (engine) {
            case DOT -> "dot";
            case JS -> "js";
            case AUTO -> NativeDotRenderer.find().isPresent() ? "dot" : "js";
        };
    }

    /**
     * What identifies the renderer {@code engine} stands for, for build caches: the dot program's
     * path, size and modification time (a Graphviz upgrade changes them), or the bundled engine.
     */
    public static String engineIdentity(Engine engine) {
        if (engineId(engine).equals("js")) {
            return "js graphviz-java";
        }
        return NativeDotRenderer.find()
                .map(dot -> {
                    try {
                        Path real = dot.toRealPath();
                        return "dot " + real + " " + Files.size(real) + " "
                                + Files.getLastModifiedTime(real).toMillis();
                    } catch (IOException | RuntimeException e) {
                        return "dot " + dot;
                    }
                })
                .orElse("dot missing");
    }

    private static GraphRenderer renderer(Engine engine, Consumer<String> log) {
        return renderer(engine, NativeDotRenderer.find(), log);
    }

    /** The engine to use, given where dot is (empty: not on the PATH). */
    static GraphRenderer renderer(Engine engine, Optional<Path> dotProgram, Consumer<String> log) {
        switch (engine) {
            case DOT:
                return new NativeDotRenderer(dotProgram.orElseThrow(() -> new ToolException(
                        "Graphviz dot is not on the PATH: install Graphviz, or choose the engine js or auto"
                                + " (--engine js; in Maven, -Djourney.engine=js or <engine>js</engine>).")));
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

    private static List<DotGraph> graphs(PlaybookIndex index, Set<Integer> only) {
        LazyGraphs lazy = new LazyGraphs(index, only, words(index));
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

        /** The journeys of the batches {@code only} (all when null). */
        LazyGraphs(PlaybookIndex index, Set<Integer> only, Map<String, String> words) {
            this.index = index;
            this.words = words;
            Map<Journey, Integer> ordinals = new java.util.IdentityHashMap<>();
            List<Journey> all = index.playbook().journeys();
            for (int i = 0; i < all.size(); i++) {
                ordinals.putIfAbsent(all.get(i), i);
            }
            for (Journey journey : drawn(index)) {
                String id = journey.id().value();
                if (only == null || only.contains(batchOf(id))) {
                    journeys.add(journey);
                    prefixes.add(prefix(id, ordinals.get(journey)));
                }
            }
            made = new AtomicReferenceArray<>(journeys.size());
        }

        int size() {
            return journeys.size();
        }

        int batch(int i) {
            return batchOf(journeys.get(i).id().value());
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
