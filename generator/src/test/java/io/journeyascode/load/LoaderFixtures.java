package io.journeyascode.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small journeys folders and reads them back for the loader tests. */
public final class LoaderFixtures {

    /** The smallest valid journey; tests append or replace lines. */
    public static final String MINIMAL =
            """
            title: Test journey
            stages:
              - id: buy
                phase: during
                touchpoints:
                  - id: pay
                    name: Pay
                    channel: web
            """;

    private LoaderFixtures() {}

    static LoadResult loadJourney(Path dir, String yaml) {
        write(dir.resolve("test.yaml"), yaml);
        return PlaybookLoader.load(dir);
    }

    static LoadResult loadJourney(Path dir, byte[] bytes) {
        write(dir.resolve("test.yaml"), bytes);
        return PlaybookLoader.load(dir);
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Journey onlyJourney(LoadResult result) {
        assertThat(result.playbook().journeys()).hasSize(1);
        return result.playbook().journeys().get(0);
    }

    static Touchpoint onlyTouchpoint(LoadResult result) {
        List<Touchpoint> touchpoints = onlyJourney(result).touchpoints();
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }

    /** "rule line:column message" for compact assertions. */
    static List<String> brief(LoadResult result) {
        return result.findings().stream().map(LoaderFixtures::brief).toList();
    }

    static String brief(Finding f) {
        return f.rule() + " " + f.span().line() + ":" + f.span().column() + " " + f.message();
    }
}
