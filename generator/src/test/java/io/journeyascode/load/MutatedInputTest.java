package io.journeyascode.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.journeyascode.model.PlaybookConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged copies of a realistic journey (characters deleted, duplicated, swapped for YAML
 * indicators): none may throw or end in the loader's internal-error finding. The seed is fixed
 * so that a failure can be replayed.
 */
class MutatedInputTest {

    private static final String INDICATORS = "-:?,[]{}#&*!|>'\"%@`\t\n ";

    @Test
    void neverThrowsOnDamagedJourneys() {
        Random random = new Random(20261122);
        String original = PlaybookLoaderTest.ONLINE_ORDER;
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 1500; i++) {
                String text = mutate(original, random);
                try {
                    Problems problems = new Problems("online-order.yaml");
                    PlaybookLoader.journeyText(text, "online-order.yaml", PlaybookConfig.defaults(), problems);
                    if (problems.findings().stream().anyMatch(f -> f.message().contains("report this"))) {
                        failures.add(i + ": " + problems.findings());
                    }
                } catch (RuntimeException e) {
                    failures.add(i + ": " + e);
                }
            }
        });

        assertThat(failures).isEmpty();
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && out.length() > 1; e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, INDICATORS.charAt(random.nextInt(INDICATORS.length())));
                case 2 -> out.setCharAt(at, INDICATORS.charAt(random.nextInt(INDICATORS.length())));
                default -> {
                    int end = Math.min(out.length(), at + random.nextInt(40));
                    out.insert(at, out.substring(at, end));
                }
            }
        }
        return out.toString();
    }
}
