package io.journeyascode.diagram;

import java.util.List;
import java.util.Optional;

/** A Graphviz engine: turns DOT texts into SVG texts, each independently of the others. */
interface GraphRenderer {

    /** "dot" or "js", as {@link DiagramSet#engineUsed()} reports it. */
    String id();

    /**
     * Renders every DOT text with up to {@code jobs} parallel workers; {@code finish} post-processes
     * each SVG (on a worker thread). The result has one entry per input, in input order.
     */
    List<Rendered> render(List<String> dots, int jobs, Finisher finish);

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
