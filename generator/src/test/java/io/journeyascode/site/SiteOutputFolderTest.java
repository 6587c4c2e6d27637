package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOutputFolderTest {

    @TempDir
    Path journeys;

    @Test
    void acceptsAnOutputInAFolderTheLoaderSkips() {
        // A Maven module whose YAML lives in the module folder builds into its target/.
        assertThatCode(() -> OutputFolder.check(journeys, journeys.resolve("target/playbook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> OutputFolder.check(journeys, journeys.resolve(".site")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnOutputAmongTheJourneys() {
        assertThatThrownBy(() -> OutputFolder.check(journeys, journeys.resolve("site")))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("is inside the journeys folder");
        assertThatThrownBy(() -> OutputFolder.check(journeys, journeys)).isInstanceOf(ToolException.class);
    }

    @Test
    void replacesOnlyAnEmptyFolderOrOneThatHoldsASiteOfAnEarlierBuild(@TempDir Path elsewhere) throws Exception {
        Path out = Files.createDirectories(elsewhere.resolve("out"));
        assertThatCode(() -> OutputFolder.check(Fixture.options(journeys, out, 1)))
                .doesNotThrowAnyException();

        Files.writeString(out.resolve("notes.txt"), "precious");
        assertThatThrownBy(() -> OutputFolder.check(Fixture.options(journeys, out, 1)))
                .isInstanceOf(ToolException.class)
                .hasMessage("The output folder " + out + " is not empty and holds no site of an earlier build, and a"
                        + " build replaces the whole folder; give a new or empty folder, such as target/playbook, or"
                        + " empty this one first.");

        // the manifest an earlier build left beside it (OUT.cache/) says the folder is a site
        Files.writeString(
                Files.createDirectories(elsewhere.resolve("out.cache")).resolve("manifest.tsv"), "");
        assertThatCode(() -> OutputFolder.check(Fixture.options(journeys, out, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void knowsASiteWithoutItsCacheByTheFilesEveryBuildWrites(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("index.html"), "<p>a site</p>");
        Files.createDirectories(out.resolve("assets"));
        assertThat(OutputFolder.holdsASite(out))
                .as("a hand-written site has these too")
                .isFalse();
        Files.writeString(Files.createDirectories(out.resolve("reports")).resolve("findings.json"), "{}");
        assertThat(OutputFolder.holdsASite(out)).isTrue();
    }
}
