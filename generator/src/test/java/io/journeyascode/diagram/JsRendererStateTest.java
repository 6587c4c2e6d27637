package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.ToolException;
import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.PlaybookIndex;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JavaScript engine draws a graph the same whatever it drew before (SPEC §8, §11): Graphviz
 * compiled to JavaScript keeps its C heap between graphs and its layouts depend on where its
 * allocations land, so {@link JsRenderer} gives every graph the same engine memory.
 */
class JsRendererStateTest {

    @TempDir
    Path dir;

    @Test
    void aGraphDrawnAfterOthersIsTheSameAsDrawnByAnEngineThatDrewNothing() throws Exception {
        JsRenderer renderer = startedOrSkipped();
        CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        corpus.write(dir, 3);
        Map<String, String> dots =
                Diagrams.dot(new PlaybookIndex(PlaybookLoader.load(dir).playbook()));
        String a = dots.get(corpus.journeyId(0));
        String b = dots.get(corpus.journeyId(1));

        // graphviz-java gives each thread a V8 runtime of its own: this one has drawn nothing
        AtomicReference<String> cold = new AtomicReference<>();
        Thread fresh = new Thread(() ->
                cold.set(svgs(renderer.render(List.of(b), 1, (i, svg) -> svg)).get(0)));
        fresh.start();
        fresh.join();

        List<String> warm = svgs(renderer.render(List.of(a, b, b), 1, (i, svg) -> svg));
        assertThat(cold.get()).contains("<svg").contains("cluster_s");
        assertThat(warm.get(1)).as("B drawn after A").isEqualTo(cold.get());
        assertThat(warm.get(2)).as("B drawn after A and B").isEqualTo(cold.get());
    }

    @Test
    void theFontWidthsAreThoseGraphvizJavaMeasures() throws Exception {
        Class<?> measurer = Class.forName("guru.nidi.graphviz.engine.FontMeasurer");
        Method measure = measurer.getDeclaredMethod("measureFont", String.class);
        measure.setAccessible(true);
        // a name that graphviz-java has not measured in this JVM (it measures each name once)
        String name = "Helvetica" + System.nanoTime();
        assertThat(JsRenderer.FontWidths.of(name)).containsExactly((double[]) measure.invoke(null, name));
        assertThat(JsRenderer.FONT).isEqualTo("Helvetica");
    }

    private static JsRenderer startedOrSkipped() {
        try {
            return JsRenderer.start();
        } catch (ToolException e) {
            assumeTrue(false, "the JavaScript Graphviz engine cannot start on this machine: " + e.getMessage());
            throw e;
        }
    }

    private static List<String> svgs(List<GraphRenderer.Rendered> rendered) {
        return rendered.stream()
                .map(r -> r.svg().orElseThrow(() -> new AssertionError(r.error().orElse("no SVG"))))
                .toList();
    }
}
