package io.journeyascode.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private Graphviz plugin folder with only the plugins that {@code dot -Tsvg} needs: the core
 * renderers and the dot layout. Without the pango/cairo plugin, a dot process starts about three
 * times faster (about 6 ms instead of 20) and measures
 * text with Graphviz's built-in font metrics instead of the fonts installed on the machine, so
 * the SVG is the same on every machine. {@code GVBINDIR} points dot at the folder; when anything
 * about it does not work, dot runs with its own plugins.
 */
final class DotPlugins implements AutoCloseable {

    private static final Pattern LIBDIR = Pattern.compile("libdir = \"([^\"]+)\"");

    private final Path folder;

    private DotPlugins(Path folder) {
        this.folder = folder;
    }

    /** The plugin folder for {@code dot}, or empty when it cannot be made here. */
    static Optional<DotPlugins> create(Path dot) {
        Path folder = null;
        try {
            Optional<Path> libdir = libdir(dot);
            if (libdir.isEmpty()) {
                return Optional.empty();
            }
            folder = Files.createTempDirectory(PREFIX);
            sweep(folder.getParent(), Files.getOwner(folder), java.time.Instant.now());
            int linked = 0;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(libdir.get())) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if ((name.contains("gvplugin_core") || name.contains("gvplugin_dot_layout"))
                            && !name.endsWith(".la")) {
                        Files.createSymbolicLink(folder.resolve(name), file);
                        linked++;
                    }
                }
            }
            DotPlugins plugins = new DotPlugins(folder);
            if (linked < 2 || run(dot, plugins.environment(), "-c", "").exitCode() != 0) {
                plugins.close();
                return Optional.empty();
            }
            Result probe = run(dot, plugins.environment(), "-Tsvg", "digraph g { a -> b; }");
            if (probe.exitCode() != 0 || !probe.output().contains("</svg>")) {
                plugins.close();
                return Optional.empty();
            }
            return Optional.of(plugins);
        } catch (IOException | RuntimeException e) {
            if (folder != null) {
                new DotPlugins(folder).close();
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static final String PREFIX = "journey-graphviz-";
    private static final Pattern STALE_NAME = Pattern.compile(Pattern.quote(PREFIX) + "[0-9]+");
    /** A folder lives while one render runs (seconds); one this old was left by a killed process. */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    /**
     * Deletes the plugin folders that processes killed while rendering left in {@code tmp} (a
     * SIGKILL runs no {@link #close}): those of {@code owner}, named as this class names them, not
     * changed for {@link #STALE}. Their links are deleted, never followed. Nothing else is touched,
     * and what cannot be deleted stays.
     */
    static void sweep(Path tmp, java.nio.file.attribute.UserPrincipal owner, java.time.Instant now) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path entry : entries) {
                if (!STALE_NAME.matcher(entry.getFileName().toString()).matches()) {
                    continue;
                }
                java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(
                        entry,
                        java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()
                        && attributes.lastModifiedTime().toInstant().isBefore(now.minus(STALE))
                        && owner.equals(Files.getOwner(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
                    new DotPlugins(entry).close();
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying up after others: never a reason for this build to fail
        }
    }

    /** The environment that makes dot use this folder. */
    Map<String, String> environment() {
        return Map.of("GVBINDIR", folder.toString());
    }

    @Override
    public void close() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder of a few links; the system cleans it
        }
    }

    /** Where dot loads its plugins from, as {@code dot -v} says. */
    private static Optional<Path> libdir(Path dot) throws IOException, InterruptedException {
        Result result = run(dot, Map.of(), "-v", "digraph g { }");
        Matcher m = LIBDIR.matcher(result.output());
        if (!m.find()) {
            return Optional.empty();
        }
        Path dir = Path.of(m.group(1));
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path dot, Map<String, String> env, String option, String input)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(dot.toString(), option).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, output);
        }
        return new Result(process.exitValue(), output);
    }
}
