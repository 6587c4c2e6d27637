package io.journeyascode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Hugo twin copies its layouts by name: a layout added to the folder and not to the list breaks it. */
class HugoSiteLayoutsTest {

    @Test
    void everyLayoutOfTheTwinsFolderIsCopied() throws IOException {
        Path layouts = Path.of("src/test/resources/hugo-twin/layouts");
        try (Stream<Path> files = Files.walk(layouts)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(f -> layouts.relativize(f).toString().replace('\\', '/'))
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(HugoSite.LAYOUT_FILES);
        }
    }
}
