package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in site files read from the generator's jar, as the Maven plugin and the command line
 * read them, by several builds of one JVM at once (Maven's {@code -T 2}): reading them opens a zip
 * file system that is global to the JVM, and one build closed it under another.
 */
class SiteFilesInAJarTest {

    @TempDir
    Path tmp;

    @Test
    void buildsRunningAtOnceAllReadTheBuiltInFiles() throws Exception {
        Path classes = Path.of("target", "classes");
        Path jar = tmp.resolve("generator.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        int expected;
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, getClass().getClassLoader().getParent())) {
            Class<?> siteFiles = Class.forName("io.journeyascode.site.SiteFiles", true, loader);
            Method load = siteFiles.getDeclaredMethod("load", Optional.class);
            load.setAccessible(true);
            expected = ((Map<?, ?>) load.invoke(null, Optional.empty())).size();
        }
        assertThat(expected).isGreaterThan(2);
        // a class loader per round: each reads the jar afresh, as a new build of a new plugin realm would
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {jar.toUri().toURL()},
                        getClass().getClassLoader().getParent())) {
                    Class<?> siteFiles = Class.forName("io.journeyascode.site.SiteFiles", true, loader);
                    Method load = siteFiles.getDeclaredMethod("load", Optional.class);
                    load.setAccessible(true);
                    List<Future<Integer>> builds = new ArrayList<>();
                    for (int b = 0; b < 8; b++) {
                        Callable<Integer> build = () -> ((Map<?, ?>) load.invoke(null, Optional.empty())).size();
                        builds.add(pool.submit(build));
                    }
                    for (Future<Integer> build : builds) {
                        assertThat(build.get()).isEqualTo(expected);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
