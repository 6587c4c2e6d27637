package io.journeyascode.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the borders of STYLE.md: each library lives in the one package whose job it is, the
 * model depends on nothing of ours, and the generator knows nothing of Maven.
 */
class PackageBordersTest {

    private static final Path SOURCES = Path.of("src/main/java/io/journeyascode");

    @ParameterizedTest(name = "{0} is imported only in {1}")
    @CsvSource({
        "freemarker., site",
        "com.vladsch.flexmark., site",
        "guru.nidi., diagram",
        "picocli., cli",
        "org.eclipse.jgit., diff",
        "org.yaml.snakeyaml., load",
        "org.apache.commons.csv., load",
        "org.apache.maven., NONE",
        "io.journeyascode.cli., cli",
        "io.journeyascode.site., site|api",
    })
    void libraryStaysInItsPackage(String importPrefix, String allowedPackages) throws IOException {
        List<String> allowed = List.of(allowedPackages.split("[|]"));
        for (Path file : filesImporting(importPrefix)) {
            assertThat(SOURCES.relativize(file).getName(0).toString())
                    .as(file + " imports " + importPrefix)
                    .isIn(allowed);
        }
    }

    @ParameterizedTest(name = "model does not import {0}")
    @CsvSource({
        "io.journeyascode.load.",
        "io.journeyascode.rules.",
        "io.journeyascode.report.",
        "io.journeyascode.diagram.",
        "io.journeyascode.site.",
        "io.journeyascode.api.",
    })
    void modelDependsOnNothingOfOurs(String importPrefix) throws IOException {
        assertThat(filesImporting(importPrefix))
                .noneMatch(
                        file -> SOURCES.relativize(file).getName(0).toString().equals("model"));
    }

    private static List<Path> filesImporting(String prefix) throws IOException {
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean imports = Files.readAllLines(file).stream()
                        .anyMatch(line ->
                                line.startsWith("import " + prefix) || line.startsWith("import static " + prefix));
                if (imports) {
                    hits.add(file);
                }
            }
        }
        assertThat(Files.isDirectory(SOURCES))
                .as("run from the generator module")
                .isTrue();
        return hits;
    }
}
