package io.journeyascode.site;

import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The static part of the site: {@code assets/**} (copied as they are) and {@code pages/*.md}
 * (rendered), from the built-in {@code site/} folder in the jar, overridden file by file (or
 * added to) by a {@code --site} folder. Paths are {@code /}-separated, sorted.
 */
final class SiteFiles {

    private static final String ANCHOR = "/io/journeyascode/site/messages_en.properties";

    private SiteFiles() {}

    static SortedMap<String, byte[]> load(Optional<Path> userSite) {
        SortedMap<String, byte[]> files = new TreeMap<>(builtIn());
        if (userSite.isPresent()) {
            Path dir = userSite.get();
            requireFolder(dir, "site", "your assets, pages and messages");
            SortedMap<String, byte[]> own = new TreeMap<>();
            try {
                read(dir, own);
            } catch (IOException e) {
                throw new ToolException("Cannot read the site folder " + dir + ": " + ToolException.reason(e) + ".", e);
            }
            own.forEach((path, bytes) -> {
                if (isPage(path)) {
                    Utf8Text.utf8(bytes, dir.resolve(path)); // Markdown is rendered as text: strictly UTF-8
                }
            });
            own.keySet().forEach(path -> replacePage(path, files));
            files.putAll(own);
        }
        return files;
    }

    /** A Markdown file of {@code pages/} itself (not of a folder in it): a page of the site. */
    private static boolean isPage(String path) {
        return path.startsWith("pages/") && path.endsWith(".md") && path.indexOf('/', 6) < 0;
    }

    /**
     * A user's {@code pages/NAME.md} replaces the built-in page in every language: the built-in
     * translations {@code pages/NAME.LANG.md} go, or a Finnish site would still show the built-in
     * {@code NAME.fi.md} (a translation wins over {@code NAME.md}, see SiteBuilder.pageSources).
     * So a site shows the user's {@code NAME.LANG.md}, else the user's {@code NAME.md}, and only
     * then the built-in ones. A user's {@code NAME.LANG.md} replaces the built-in file of its
     * path, as any file does.
     */
    private static void replacePage(String path, SortedMap<String, byte[]> files) {
        if (!isPage(path)) {
            return;
        }
        String name = path.substring(6, path.length() - 3);
        if (name.indexOf('.') >= 0) {
            return;
        }
        String prefix = "pages/" + name + ".";
        files.subMap(prefix, prefix + Character.MAX_VALUE).keySet().removeIf(built -> {
            String language = built.substring(prefix.length());
            return language.length() > 3
                    && language.endsWith(".md")
                    && language.indexOf('.') == language.length() - 3
                    && language.indexOf('/') < 0;
        });
    }

    /**
     * Refuses a {@code --site} or {@code --templates} path that is no folder, saying whether it is
     * missing or a file (a file named where a folder belongs is a slip of its own).
     */
    static void requireFolder(Path dir, String what, String holds) {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir)) {
            throw new ToolException("The " + what + " folder " + dir + " is a file, not a folder; give the folder that"
                    + " holds " + holds + ".");
        }
        throw new ToolException("The " + what + " folder " + dir + " does not exist; give an existing folder.");
    }

    /** The jar's own site files, read once per class loader (they cannot change while it runs). */
    private static SortedMap<String, byte[]> builtIn;

    /** The built-in site files, read on first use (under a lock: the builds of one JVM share them). */
    private static synchronized SortedMap<String, byte[]> builtIn() {
        if (builtIn == null) {
            SortedMap<String, byte[]> files = new TreeMap<>();
            readBuiltIn(files);
            builtIn = java.util.Collections.unmodifiableSortedMap(files);
        }
        return builtIn;
    }

    private static void readBuiltIn(Map<String, byte[]> files) {
        URL anchor = SiteFiles.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new ToolException("The generator jar lacks its site files; rebuild it.");
        }
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                // The jar's entries through a JarFile of this call's own, not the zip file system:
                // that one is global to the JVM, and two builds at once (Maven's -T 2) closed it
                // under each other (ClosedFileSystemException).
                java.net.JarURLConnection connection = (java.net.JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (java.util.jar.JarFile jar = connection.getJarFile()) {
                    for (java.util.jar.JarEntry entry : java.util.Collections.list(jar.entries())) {
                        for (String top : List.of("assets", "pages")) {
                            String prefix = "io/journeyascode/site/" + top + "/";
                            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                                try (java.io.InputStream in = jar.getInputStream(entry)) {
                                    files.put(
                                            top + "/" + entry.getName().substring(prefix.length()), in.readAllBytes());
                                }
                            }
                        }
                    }
                }
            } else {
                read(Path.of(uri).getParent(), files);
            }
        } catch (IOException | URISyntaxException e) {
            throw new ToolException("Cannot read the built-in site files: " + e.getMessage() + ".", e);
        }
    }

    private static void read(Path root, Map<String, byte[]> files) throws IOException {
        for (String top : List.of("assets", "pages")) {
            Path dir = root.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(dir)) {
                found = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .sorted()
                        .toList();
            }
            for (Path file : found) {
                StringBuilder rel = new StringBuilder(top);
                for (Path part : dir.relativize(file)) {
                    rel.append('/').append(part.toString());
                }
                files.put(rel.toString(), Files.readAllBytes(file));
            }
        }
    }
}
