package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build killed between the two moves of the swap leaves the old site at {@code .NAME.old-…}
 * (in a watch {@code .NAME.spare-…}) and nothing at {@code NAME}: the next build puts it back before anything else, so even a
 * next build that fails leaves the previous site in place.
 */
class InterruptedSwapTest {

    @TempDir
    Path tmp;

    /** A one-off build's swap, and a watch's, which keeps the old site as its spare. */
    @ParameterizedTest
    @ValueSource(strings = {".site.old-0123456789ab", ".site.spare-0123456789ab"})
    void theNextBuildPutsBackASiteLeftAsideByAKilledSwap(String leftAside) throws Exception {
        Path aside = Files.createDirectories(tmp.resolve(leftAside));
        Files.writeString(aside.resolve("index.html"), "previous site");
        Path out = tmp.resolve("site");
        SiteBuilder.Output full = (file, content) -> {
            throw new IOException("disk full (injected)");
        };
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> SiteBuilder.build(
                        Fixture.sample("en"),
                        Fixture.options(Files.createDirectories(tmp.resolve("journeys")), out, 1),
                        log::add,
                        full))
                .hasMessageContaining("disk full");

        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("previous site");
        assertThat(log).anyMatch(line -> line.startsWith("Restoring the previous site from"));
        try (var list = Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".site.lock", "journeys", "site");
        }
    }
}
