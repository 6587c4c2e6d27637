package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.ToolException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOutputFolderTest {

    @TempDir
    Path journeys;

    @Test
    void acceptsAnOutputInAFolderTheLoaderSkips() {
        // A Maven module whose YAML lives in the module folder builds into its target/.
        assertThatCode(() -> SiteBuilder.checkOutput(journeys, journeys.resolve("target/playbook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SiteBuilder.checkOutput(journeys, journeys.resolve(".site")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnOutputAmongTheJourneys() {
        assertThatThrownBy(() -> SiteBuilder.checkOutput(journeys, journeys.resolve("site")))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("is inside the journeys folder");
        assertThatThrownBy(() -> SiteBuilder.checkOutput(journeys, journeys)).isInstanceOf(ToolException.class);
    }
}
