package io.journeyascode.diagram;

import java.util.List;
import java.util.Optional;

/**
 * A Graphviz engine: turns DOT texts into SVG texts. The graphs of one batch may be drawn by
 * one process, in batch order; an engine's output for a graph may depend on the graphs before it
 * in its batch (dot 2.43 orders clusters by where their names lie in memory), never on anything
 * else, so the same batches give the same SVGs whatever the number of jobs. (The js engine's
 * output depends on the graph alone: {@link JsRenderer} resets the engine before every graph.)
 */
interface GraphRenderer {

    /** "dot" or "js", as {@link DiagramSet#engineUsed()} reports it. */
    String id();

    /**
     * Renders every DOT text with up to {@code jobs} parallel workers; {@code finish} post-processes
     * each SVG (on a worker thread). The result has one entry per input, in input order.
     */
    default List<Rendered> render(List<String> dots, int jobs, Finisher finish) {
        List<List<Integer>> alone = new java.util.ArrayList<>(dots.size());
        for (int i = 0; i < dots.size(); i++) {
            alone.add(List.of(i));
        }
        return render(dots, alone, jobs, finish);
    }

    /**
     * Renders every DOT text, the graphs of each of {@code batches} (indices into {@code dots},
     * together covering each index once) together and in that order, with up to {@code jobs}
     * parallel workers; {@code finish} post-processes each SVG (on a worker thread). The result
     * has one entry per input, in input order.
     */
    List<Rendered> render(List<String> dots, List<List<Integer>> batches, int jobs, Finisher finish);

    /** Post-processing of the SVG of input {@code index}. */
    @FunctionalInterface
    interface Finisher {
        String finish(int index, String svg);
    }

    /** The SVG of one graph, or why it could not be rendered. */
    record Rendered(Optional<String> svg, Optional<String> error) {

        static Rendered ok(String svg) {
            return new Rendered(Optional.of(svg), Optional.empty());
        }

        static Rendered failed(String error) {
            return new Rendered(Optional.empty(), Optional.of(error));
        }
    }
}
