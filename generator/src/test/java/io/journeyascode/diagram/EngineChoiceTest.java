package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.Engine;
import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineChoiceTest {

    @Test
    void refusesTheDotEngineWhenDotIsNotOnThePath() {
        assertThatThrownBy(() -> Diagrams.renderer(Engine.DOT, Optional.empty(), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage("Graphviz dot is not on the PATH: install Graphviz, or choose the engine js or auto"
                        + " (--engine js; in Maven, -Djourney.engine=js or <engine>js</engine>).");
    }

    @Test
    void autoSaysThatItChoseDot() {
        List<String> log = new ArrayList<>();
        GraphRenderer renderer = Diagrams.renderer(Engine.AUTO, Optional.of(Path.of("/usr/bin/dot")), log::add);
        assertThat(renderer.id()).isEqualTo("dot");
        assertThat(log).containsExactly("Diagrams: using Graphviz dot (/usr/bin/dot).");
    }

    @Test
    void spreadsJourneysOverBatchesByTheirIdAlone() {
        assertThat(Diagrams.batchOf("online-order")).isEqualTo(Diagrams.batchOf("online-order"));
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            int batch = Diagrams.batchOf("journey-" + i);
            assertThat(batch).isBetween(0, Diagrams.BATCHES - 1);
            used.add(batch);
        }
        assertThat(used).hasSize(Diagrams.BATCHES);
    }

    /**
     * A stand-in for dot 2.43's batch crash: a wrapper that dies when a batch holds the graph
     * marked CRASH, and fails with a message when that graph is alone.
     */
    @Test
    void rerendersACrashedBatchOneByOneAndReportsTheGraphThatStillFails(@TempDir Path dir) throws IOException {
        Optional<Path> dot = NativeDotRenderer.find();
        assumeTrue(dot.isPresent(), "Graphviz dot is not on the PATH: skipping the crash recovery test");
        Path wrapper = dir.resolve("crashing-dot");
        Files.writeString(
                wrapper,
                "#!/bin/sh\n"
                        + "input=$(cat)\n"
                        + "case \"$input\" in *CRASH*) echo 'Segmentation fault (simulated)' >&2; exit 139;; esac\n"
                        + "printf '%s' \"$input\" | exec " + dot.get() + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        List<String> dots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dots.add("digraph \"journey\" { a" + i + (i == 2 ? " [label=\"CRASH\"]" : "") + " }\n");
        }
        List<GraphRenderer.Rendered> results = new NativeDotRenderer(wrapper).render(dots, 2, (i, svg) -> svg);
        assertThat(results).hasSize(5);
        for (int i = 0; i < 5; i++) {
            if (i == 2) {
                assertThat(results.get(i).svg()).isEmpty();
                assertThat(results.get(i).error())
                        .contains("dot exited with status 139 (Segmentation fault (simulated))");
            } else {
                assertThat(results.get(i).svg()).get().asString().contains("<title>a" + i + "</title>");
            }
        }
    }

    @Test
    void stopsADotThatNeverFinishesAndReportsIt(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: skipping the hanging dot test");
        Path wrapper = dir.resolve("hanging-dot");
        Files.writeString(wrapper, "#!/bin/sh\nexec sleep 30\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        List<String> dots = List.of("digraph \"journey\" { a }\n");
        List<GraphRenderer.Rendered> results = new NativeDotRenderer(wrapper, 1, 0).render(dots, 1, (i, svg) -> svg);
        assertThat(results.get(0).error()).contains("dot did not finish within 1 s");
    }
}
