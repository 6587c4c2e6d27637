package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaseTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com");

    @TempDir
    Path repo;

    @Test
    void extractsTheJourneysFolderAsItWasAtARevisionAndDeletesItAfterwards() throws Exception {
        Path journeys = repo.resolve("journeys");
        Path source = Path.of("src/test/resources/diff/touchpoint-removed");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(journeys.resolve("sub"));
            Files.copy(source.resolve("base/online-order.yaml"), journeys.resolve("online-order.yaml"));
            Files.writeString(journeys.resolve("sub/extra.yaml"), "title: x\n");
            Files.writeString(repo.resolve("outside.txt"), "not part of the journeys folder\n");
            Files.createSymbolicLink(journeys.resolve("link.yaml"), Path.of("../outside.txt"));
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("base")
                    .setAuthor(AUTHOR)
                    .setCommitter(AUTHOR)
                    .call();
            Files.copy(
                    source.resolve("head/online-order.yaml"),
                    journeys.resolve("online-order.yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("head")
                    .setAuthor(AUTHOR)
                    .setCommitter(AUTHOR)
                    .call();
        }
        Path extracted;
        try (GitBase base = GitBase.extract(journeys, "HEAD~1")) {
            extracted = base.dir();
            assertThat(extracted.resolve("online-order.yaml"))
                    .hasSameTextualContentAs(source.resolve("base/online-order.yaml"));
            assertThat(extracted.resolve("sub/extra.yaml")).hasContent("title: x");
            assertThat(extracted.resolve("outside.txt")).doesNotExist();
            assertThat(extracted.resolve("link.yaml")).doesNotExist(); // symbolic links are skipped
            LocalDate today = LocalDate.of(2026, 6, 1);
            PlaybookDiff diff = DiffEngine.compare(
                    JourneyGenerator.validate(base.dir(), today), JourneyGenerator.validate(journeys, today));
            assertThat(diff.touchpointsRemoved())
                    .extracting(PlaybookDiff.TouchpointEntry::touchpoint)
                    .containsExactly("delivery");
        }
        assertThat(extracted).doesNotExist();
    }

    @Test
    void givesAnEmptyFolderWhenTheJourneysFolderDidNotExistAtTheRevision() throws Exception {
        Path journeys = repo.resolve("journeys");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("README.md"), "first\n");
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("first")
                    .setAuthor(AUTHOR)
                    .setCommitter(AUTHOR)
                    .call();
        }
        Files.createDirectories(journeys);
        try (GitBase base = GitBase.extract(journeys, "main")) {
            try (var files = Files.list(base.dir())) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void failsInOneSentenceWhenTheRevisionDoesNotResolve() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.writeString(repo.resolve("a.txt"), "a\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a").setAuthor(AUTHOR).setCommitter(AUTHOR).call();
        }
        assertThatThrownBy(() -> GitBase.extract(repo, "origin/nope"))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("The git revision 'origin/nope' does not resolve")
                .hasMessageContaining("git fetch");
        assertThatThrownBy(() -> GitBase.extract(repo, "HEAD~~~^^:bad::"))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("does not resolve");
    }

    @Test
    void failsInOneSentenceOutsideAGitRepository() {
        // java.io.tmpdir may itself sit in a repository on a developer machine: then nothing to check
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                                .findGitDir(repo.toFile())
                                .getGitDir()
                        == null,
                "the temporary folder is inside a git repository");
        assertThatThrownBy(() -> GitBase.extract(repo, "HEAD"))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("is not inside a git repository");
    }
}
