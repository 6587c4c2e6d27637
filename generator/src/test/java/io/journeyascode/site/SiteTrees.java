package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Whole sites compared file by file, for the tests of the build caches. */
public final class SiteTrees {

    private SiteTrees() {}

    /** Asserts that two sites hold the same files with the same bytes. */
    public static void assertSameSite(Path out, Path cold) {
        assertThat(differences(tree(out), tree(cold)))
                .as("files that differ from a build without cache")
                .isEmpty();
    }

    /** Every file of a site with its bytes (as ISO-8859-1 text, so that a failure shows the difference). */
    public static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        walk(root, (rel, file) -> {
            try {
                files.put(rel, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return files;
    }

    /** The paths whose bytes differ or that only one site has; the first difference shown. */
    public static List<String> differences(Map<String, String> a, Map<String, String> b) {
        List<String> diff = new ArrayList<>();
        Set<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        for (String path : paths) {
            String x = a.get(path);
            String y = b.get(path);
            if (x == null || !x.equals(y)) {
                if (diff.isEmpty() && x != null && y != null) {
                    int i = 0;
                    while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
                        i++;
                    }
                    diff.add(path + " first differs at " + i + ": «"
                            + x.substring(Math.max(0, i - 80), Math.min(x.length(), i + 80)) + "» vs «"
                            + y.substring(Math.max(0, i - 80), Math.min(y.length(), i + 80)) + "»");
                } else {
                    diff.add(path + (x == null ? " (only in the second)" : y == null ? " (only in the first)" : ""));
                }
            }
        }
        return diff;
    }

    /** Visits every regular file under {@code root} with its path relative to it ({@code /}-separated). */
    public static void walk(Path root, BiConsumer<String, Path> visit) {
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile)
                    .forEach(f -> visit.accept(root.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
