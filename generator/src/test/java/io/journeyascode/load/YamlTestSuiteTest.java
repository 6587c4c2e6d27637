package io.journeyascode.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The YAML conformance cases (shared/yaml-test-suite): every file is read without an exception
 * or a hang and yields a finding (none is a journey); every invalid case is a {@code yaml-syntax}
 * finding except the checked-in deviations, where SnakeYAML (a YAML 1.1 parser) accepts it.
 */
class YamlTestSuiteTest {

    private static final String DEVIATIONS = "/yaml-test-suite-deviations.txt";

    @Test
    void readsEveryCaseAndRejectsTheInvalidOnes() throws IOException {
        Path suite = suiteFolder();
        List<Path> cases;
        try (Stream<Path> files = Files.list(suite)) {
            cases = files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(cases).hasSizeGreaterThan(400);
        Map<String, String> deviations = deviations();
        List<String> silent = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> staleDeviations = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Path file : cases) {
                String name = file.getFileName().toString();
                PlaybookLoader.FileResult result = PlaybookLoader.journeyFile(file, name, PlaybookConfig.defaults());
                if (result.findings().isEmpty()) {
                    silent.add(name);
                }
                if (name.endsWith(".error.yaml")) {
                    String id = name.substring(0, name.length() - ".error.yaml".length());
                    boolean syntax =
                            result.findings().stream().anyMatch(f -> f.rule().equals(RuleIds.YAML_SYNTAX));
                    if (!syntax && !deviations.containsKey(id)) {
                        accepted.add(id + " " + result.findings());
                    }
                    if (syntax && deviations.containsKey(id)) {
                        staleDeviations.add(id);
                    }
                }
            }
        });

        assertThat(silent).as("cases without any finding").isEmpty();
        assertThat(accepted)
                .as("invalid cases without a yaml-syntax finding, not in " + DEVIATIONS)
                .isEmpty();
        assertThat(staleDeviations)
                .as("deviations that SnakeYAML now rejects: remove them")
                .isEmpty();
    }

    private static Path suiteFolder() {
        String shared = System.getProperty("shared.dir");
        assumeTrue(shared != null, "shared.dir is not set; skipping the YAML test suite");
        Path suite = Path.of(shared, "yaml-test-suite");
        assumeTrue(Files.isDirectory(suite), "no YAML test suite at " + suite + "; skipping");
        return suite;
    }

    /** Case id → reason, from the checked-in list (one case a line, {@code ID reason}). */
    private static Map<String, String> deviations() throws IOException {
        Map<String, String> deviations = new TreeMap<>();
        try (InputStream in = YamlTestSuiteTest.class.getResourceAsStream(DEVIATIONS)) {
            assertThat(in).as(DEVIATIONS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                assertThat(parts).as("a deviation needs a reason: " + line).hasSize(2);
                deviations.put(parts[0], parts[1]);
            }
        }
        return deviations;
    }
}
