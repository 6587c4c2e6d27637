package io.journeyascode.diagram;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
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
            Graphviz.useEngine(new GraphvizV8Engine(dir.toString()));
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
        // one engine, one graph at a time: the graphs are independent, batches change nothing
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

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
