package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git command that reads what a partial clone lacks is not waited for without end. */
class GitCatFileTest {

    @TempDir
    Path tmp;

    @Test
    void aGitThatStallsIsStoppedAtTheTimeLimit() throws Exception {
        // as a fetch from an unreachable promisor remote would, with no time limit of git's own
        Path stalling = Files.writeString(tmp.resolve("git"), "#!/bin/sh\nexec sleep 60\n");
        assertThat(stalling.toFile().setExecutable(true)).isTrue();
        GitCatFile.Blob blob = new GitCatFile.Blob(
                ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"), "journeys/a.yaml", tmp.resolve("a"));

        assertThatThrownBy(() -> GitCatFile.write(stalling.toString(), tmp.toFile(), List.of(blob), 1))
                .isInstanceOf(GitCatFile.Failed.class)
                .hasMessage("git gave no files within 1 s, and was stopped");
    }
}
