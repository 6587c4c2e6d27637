package io.journeyascode.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import io.journeyascode.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The loader and the rules on arbitrary bytes, written as a journey file, as playbook.yaml and as
 * a measurements file at once: only located findings come out, never an exception, never the
 * loader's internal-error finding, never a hang. Regression mode (plain {@code mvn test}) runs
 * the seeds in {@code src/test/resources/io/journeyascode/hardening/LoaderFuzzTestInputs/};
 * see the README's security section for fuzzing longer.
 */
class LoaderFuzzTest {

    /** A guard against hangs only, far above the milliseconds a file takes; not a benchmark. */
    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final Set<String> FILES = Set.of("fuzz.yaml", "playbook.yaml", "measurements/fuzz.csv");

    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("loader-fuzz");
        Files.createDirectories(dir.resolve("measurements"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Corpus.delete(dir);
    }

    @FuzzTest(maxDuration = "3m")
    void turnsAnyBytesIntoLocatedFindings(byte[] input) throws IOException {
        for (String name : FILES) {
            Files.write(dir.resolve(name), input);
        }
        List<Finding> findings = assertTimeoutPreemptively(HANG_GUARD, () -> {
            LoadResult loaded = PlaybookLoader.load(dir);
            return RuleEngine.check(loaded, TODAY);
        });
        for (Finding f : findings) {
            assertThat(FILES).as(f.toString()).contains(f.span().file());
            assertThat(f.span().line()).as(f.toString()).isPositive();
            assertThat(f.span().column()).as(f.toString()).isPositive();
            assertThat(f.message()).as(f.toString()).isNotBlank().doesNotContain("report this");
        }
    }
}
