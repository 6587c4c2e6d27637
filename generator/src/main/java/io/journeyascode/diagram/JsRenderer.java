package io.journeyascode.diagram;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.engine.Options;
import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * graphviz-java's V8 engine (Graphviz compiled to JavaScript), so that a machine with only a JDK
 * renders diagrams too. Its native library is unpacked into a private folder under
 * {@code java.io.tmpdir} (not the user's home), and every render gets 256 MiB (without it the
 * engine runs out of memory after about 190 renders). V8 is bound to one thread, so graphs are
 * rendered one after the other whatever {@code jobs} says.
 *
 * <p>Graphviz in JavaScript keeps its C heap from one graph to the next, and its layouts depend on
 * where its allocations land (dot orders clusters by the addresses of their names), so a graph
 * drawn after others came out laid out differently (by a few points, with its clusters in another
 * order) than the same graph drawn first. graphviz-java also hands the engine the widths of a
 * font once per JVM, at the first graph that names it, and a V8 runtime of another thread never
 * gets them. {@link FreshHeapEngine} therefore puts the engine's memory back, before every graph,
 * as it was just after the engine was made and given the widths of the diagrams' font: a graph's
 * SVG depends on its DOT text alone.
 */
final class JsRenderer implements GraphRenderer {

    private static final int TOTAL_MEMORY = 256 * 1024 * 1024;
    private static JsRenderer started;

    private JsRenderer() {}

    /** Starts the engine once per JVM; a ToolException when it cannot run on this machine. */
    static synchronized JsRenderer start() {
        if (started != null) {
            return started;
        }
        Path dir = unpackFolder();
        // graphviz-java narrates its start at INFO; a build log needs only its warnings
        if (System.getProperty("org.slf4j.simpleLogger.log.guru.nidi") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.guru.nidi", "warn");
        }
        refuseLibrariesFromTheWorkingDirectory();
        try {
            privateFolder(dir);
            NativeLibrary.preloadJ2v8(dir);
            Graphviz.useEngine(new FreshHeapEngine(dir.toString()));
            String probe = Graphviz.fromString("digraph \"probe\" { a -> b }")
                    .totalMemory(TOTAL_MEMORY)
                    .render(Format.SVG)
                    .toString();
            if (!probe.contains("<svg")) {
                throw new IllegalStateException("it rendered no SVG");
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new ToolException(
                    "The JavaScript Graphviz engine could not start on this machine (" + oneLine(e)
                            + "); install Graphviz so that dot is on the PATH and use --engine dot.",
                    e);
        }
        started = new JsRenderer();
        return started;
    }

    /**
     * J2V8 loads {@code libj2v8_*.so} from the working directory (and its {@code jni/} folder)
     * before the copy it ships: in a checkout of someone else's pull request that would run their
     * native code. Refuse instead of loading it.
     */
    static void refuseLibrariesFromTheWorkingDirectory() {
        Path cwd = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(cwd, cwd.resolve("jni"))) {
            try (var files = Files.list(candidate)) {
                var planted = files.map(p -> p.getFileName().toString())
                        .filter(name -> name.contains("j2v8"))
                        .sorted()
                        .findFirst();
                if (planted.isPresent()) {
                    throw new ToolException(
                            "The JavaScript Graphviz engine would load " + candidate.resolve(planted.get())
                                    + " from the working directory; remove it, run from another directory, or use --engine dot.");
                }
            } catch (IOException e) {
                // no such folder: nothing can be loaded from it
            }
        }
    }

    /** The unpack folder must be this user's alone: another user could plant a library there. */
    private static void privateFolder(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(
                        dir,
                        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // created meanwhile: checked below
            }
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a plain folder");
        }
        String owner = Files.getOwner(dir).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new IOException(dir + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
        }
    }

    static Path unpackFolder() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "journey-graphviz-" + user.toLowerCase(Locale.ROOT));
    }

    @Override
    public String id() {
        return "js";
    }

    @Override
    public List<Rendered> render(List<String> dots, List<List<Integer>> batches, int jobs, Finisher finish) {
        // one engine, one graph at a time; each graph starts from the same engine memory
        // (FreshHeapEngine), so its SVG depends on its DOT text alone, not on its batch
        List<Rendered> results = new ArrayList<>(dots.size());
        synchronized (JsRenderer.class) {
            for (int i = 0; i < dots.size(); i++) {
                try {
                    String svg = Graphviz.fromString(dots.get(i))
                            .totalMemory(TOTAL_MEMORY)
                            .render(Format.SVG)
                            .toString();
                    results.add(Rendered.ok(finish.finish(i, svg)));
                } catch (RuntimeException e) {
                    results.add(Rendered.failed("the JavaScript Graphviz engine failed: " + oneLine(e)));
                }
            }
        }
        return results;
    }

    /** The font of every diagram's text (JourneyDot, Legend), as graphviz-java names it to the engine. */
    static final String FONT = JourneyDot.FONT.substring(0, JourneyDot.FONT.indexOf(','));

    /**
     * Defines {@code journeyFresh(font, widths)} in the engine's JavaScript: the first time (or
     * when graphviz-java replaced the engine after an error) it makes a new Graphviz module, gives
     * it the font's widths and keeps a copy of its heap up to the break; every other time it
     * copies that heap back and zeroes what later graphs allocated above it (the break only grows:
     * after graphs of up to 1,600 nodes no byte above it was found written). The heap holds all of
     * Graphviz's C state, malloc's included: what is left is the module just made, as a new module
     * for every graph would give (the same SVGs, measured), at the cost of copying a few MiB
     * instead of about 0.3 s and 256 MiB a graph.
     * {@code viz} and {@code totalMemory} are graphviz-java's (render.js).
     */
    private static final String FRESH_HEAP_JS =
            """
            var journeyHeap;
            function journeyFresh(font, widths) {
              if (!journeyHeap || journeyHeap.viz !== viz || viz.totalMemory !== totalMemory) {
                var module;
                viz = new Viz({
                  Module: function () {
                    module = Viz.Module({
                      print: function (e) { log(e); },
                      printErr: function (e) { log(e); },
                      TOTAL_MEMORY: totalMemory
                    });
                    return module;
                  },
                  render: Viz.render
                });
                viz.totalMemory = totalMemory;
                Viz.setFontWidth(module, font, widths);
                var top = module._sbrk(0);
                journeyHeap = {viz: viz, module: module, top: top, heap: module.HEAPU8.slice(0, top)};
              } else {
                var now = journeyHeap.module._sbrk(0);
                journeyHeap.module.HEAPU8.set(journeyHeap.heap, 0);
                if (now > journeyHeap.top) {
                  journeyHeap.module.HEAPU8.fill(0, journeyHeap.top, now);
                }
              }
            }
            """;

    /**
     * graphviz-java's V8 engine, each graph rendered from the same engine memory (see the class
     * comment). graphviz-java's own step that finds font names in the DOT text (anywhere in it,
     * labels too) and hands their widths to the engine once per JVM is left out: the diagrams name
     * one font, whose widths every fresh engine gets.
     */
    static final class FreshHeapEngine extends GraphvizV8Engine {

        private static final String PREFIX = FRESH_HEAP_JS + "totalMemory=" + TOTAL_MEMORY + ";journeyFresh('" + FONT
                + "',[" + FontWidths.JS_ARRAY + "]);render(";

        FreshHeapEngine(String dir) {
            super(dir);
        }

        @Override
        protected String jsVizExec(String src, Options options) {
            return engine().executeJavascript(PREFIX, preprocessCode(src, options), "," + options.toJson(false) + ");");
        }
    }

    /**
     * The widths graphviz-java 0.18.1 measures for a font (its FontMeasurer, which is not public):
     * each character's width in the font over its width in Courier, times Courier's 0.5999 em,
     * measured between two eights so that the glyphs' side bearings cancel out.
     */
    static final class FontWidths {

        private static final java.awt.font.FontRenderContext CONTEXT = new java.awt.image.BufferedImage(
                        1, 1, java.awt.image.BufferedImage.TYPE_3BYTE_BGR)
                .createGraphics()
                .getFontRenderContext();

        static final String JS_ARRAY = java.util.Arrays.stream(of(FONT))
                .mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));

        private FontWidths() {}

        static double[] of(String name) {
            java.awt.Font courier = new java.awt.Font("Courier", java.awt.Font.PLAIN, 10);
            java.awt.Font font = new java.awt.Font(name, java.awt.Font.PLAIN, 10);
            double courierSpace = charWidth(courier, ' ');
            double courierBorder = borderWidth(courier);
            double space = charWidth(font, ' ');
            double border = borderWidth(font);
            double[] widths = new double[256];
            for (int c = 0; c < 256; c++) {
                widths[c] = 0.5999
                        * (c <= ' '
                                ? (space - border) / (courierSpace - courierBorder)
                                : (charWidth(font, (char) c) - border)
                                        / (charWidth(courier, (char) c) - courierBorder));
            }
            return widths;
        }

        private static double charWidth(java.awt.Font font, char c) {
            return font.createGlyphVector(CONTEXT, new char[] {'8', c, '8'})
                    .getVisualBounds()
                    .getWidth();
        }

        private static double borderWidth(java.awt.Font font) {
            return font.createGlyphVector(CONTEXT, new char[] {'8', '8'})
                    .getVisualBounds()
                    .getWidth();
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
