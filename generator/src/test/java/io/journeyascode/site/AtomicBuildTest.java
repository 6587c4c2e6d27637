package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.BuildResult;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site is written whole or not at all, byte-identical whatever the machine's settings. */
class AtomicBuildTest {

    @TempDir
    Path tmp;

    private Path journeys() throws IOException {
        return Files.createDirectories(tmp.resolve("journeys"));
    }

    @Test
    void failureMidBuildLeavesTheOldSiteAsItWasAndNoTemporaryFolder() throws Exception {
        Path out = tmp.resolve("out/site");
        BuildOptions options = Fixture.options(journeys(), out, 2);
        SiteBuilder.build(Fixture.sample("en"), options, s -> {});
        Map<String, byte[]> before = SiteAssertions.snapshot(out);

        AtomicInteger written = new AtomicInteger();
        SiteBuilder.Output failing = (file, content) -> {
            if (written.incrementAndGet() > 10) {
                throw new IOException("disk full (injected)");
            }
            Files.write(file, content);
        };
        assertThatThrownBy(() -> SiteBuilder.build(Fixture.sample("fi"), options, s -> {}, failing))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("disk full (injected)");

        assertThat(SiteAssertions.snapshot(out)).containsExactlyEntriesOf(before);
        // besides the site, only its build cache (SPEC §10), never a temporary folder
        assertThat(siblings(out.getParent())).containsExactly("site", "site.cache");
    }

    @Test
    void failureInARenderLeavesNoTrace() throws Exception {
        Path out = tmp.resolve("fresh");
        SiteBuilder.Output boom = (file, content) -> {
            throw new IllegalStateException("renderer exploded (injected)");
        };
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("en"), Fixture.options(journeys(), out, 4), s -> {}, boom))
                .hasMessageContaining("injected");
        assertThat(out).doesNotExist();
        assertThat(siblings(tmp)).containsExactly("journeys");
    }

    @Test
    void leftoversOfAKilledRunAreRemovedByTheNextRun() throws Exception {
        Path out = tmp.resolve("site");
        Path dead = Files.createDirectories(tmp.resolve(".site.tmp-0123456789ab/journeys"));
        Files.writeString(dead.resolve("half.html"), "<p>half");
        Files.createDirectories(tmp.resolve(".site.old-ba9876543210"));
        SiteBuilder.build(Fixture.sample("en"), Fixture.options(journeys(), out, 1), s -> {});
        assertThat(siblings(tmp)).containsExactly("journeys", "site", "site.cache");
    }

    @Test
    void sameInputGivesTheSameBytesWhateverTimeZoneLocaleOrJobs() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            SiteBuilder.build(Fixture.sample("fi"), Fixture.options(journeys(), a, 1), s -> {});
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            SiteBuilder.build(Fixture.sample("fi"), Fixture.options(journeys(), b, 4), s -> {});
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        Map<String, byte[]> first = SiteAssertions.snapshot(a);
        Map<String, byte[]> second = SiteAssertions.snapshot(b);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        for (String file : first.keySet()) {
            assertThat(new String(second.get(file), java.nio.charset.StandardCharsets.UTF_8))
                    .as(file)
                    .isEqualTo(new String(first.get(file), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void refusesAnOutputInsideEqualToOrAroundTheJourneys() throws Exception {
        Path journeys = journeys();
        for (Path out : new Path[] {journeys, journeys.resolve("site"), journeys.resolve("a/../site"), tmp}) {
            assertThatThrownBy(
                            () -> SiteBuilder.build(Fixture.sample("en"), Fixture.options(journeys, out, 1), s -> {}))
                    .as(out.toString())
                    .isInstanceOf(ToolException.class)
                    .hasMessageContaining("journeys folder");
        }
        Path file = Files.writeString(tmp.resolve("file.txt"), "keep me");
        assertThatThrownBy(() -> SiteBuilder.build(Fixture.sample("en"), Fixture.options(journeys, file, 1), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("existing file");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(siblings(journeys)).isEmpty();
    }

    @Test
    void aBuildThatFailsValidationDoesNotTouchTheOutput() throws Exception {
        Path journeys = journeys();
        Files.writeString(journeys.resolve("broken.yaml"), "title: [unclosed\n");
        Path out = Files.createDirectories(tmp.resolve("site"));
        // an earlier build's site, as a build that finds no cache knows one (else it is refused)
        Files.writeString(out.resolve("index.html"), "old site");
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(Files.createDirectories(out.resolve("reports")).resolve("findings.json"), "{}");
        BuildResult result = JourneyGenerator.build(
                new BuildOptions(
                        journeys,
                        out,
                        Optional.empty(),
                        Optional.empty(),
                        Engine.AUTO,
                        1,
                        Optional.empty(),
                        FailOn.ERROR,
                        Fixture.TODAY,
                        Optional.empty()),
                s -> {});
        assertThat(result.siteWritten()).isFalse();
        assertThat(result.validation().findings()).isNotEmpty();
        assertThat(siblings(out)).containsExactly("assets", "index.html", "reports");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old site");
        assertThat(siblings(tmp)).containsExactly("journeys", "site");
    }

    private static java.util.List<String> siblings(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            // The build lock (.NAME.lock) stays next to the output folder; hardening.HostileFileSystemTest covers it.
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.matches("\\..+\\.lock"))
                    .sorted()
                    .toList();
        }
    }
}
