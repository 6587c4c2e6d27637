package io.journeyascode.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.load.PlaybookLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookIndexTest {

    @TempDir
    Path dir;

    @Test
    void theRulesAndTheSiteOfOneBuildShareTheIndexOfTheirPlaybookObject() {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(dir, 3);
        Playbook playbook = PlaybookLoader.load(dir).playbook();
        Playbook equalCopy = PlaybookLoader.load(dir).playbook();
        assertThat(equalCopy).isEqualTo(playbook).isNotSameAs(playbook);

        PlaybookIndex index = PlaybookIndex.of(playbook);

        assertThat(PlaybookIndex.of(playbook)).isSameAs(index);
        // Same content, another object: its own index, which looks into that object.
        PlaybookIndex other = PlaybookIndex.of(equalCopy);
        assertThat(other).isNotSameAs(index);
        assertThat(other.playbook()).isSameAs(equalCopy);
        String id = playbook.journeys().get(0).id().value();
        assertThat(other.journey(id)).containsSame(equalCopy.journeys().get(0));
    }
}
