package io.journeyascode.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.JourneyGenerator;
import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaseTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com");
    private static final Path TOUCHPOINT_REMOVED = Path.of("src/test/resources/diff/touchpoint-removed");

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
    void comparesWithWhereTheBranchSplitOffNotWithWhatTheBaseBranchGainedSince() throws Exception {
        Path journeys = repo.resolve("journeys");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(journeys);
            Files.writeString(journeys.resolve("a.yaml"), "title: split\n");
            commit(git, "split point");
            git.branchCreate().setName("feature").call();
            // main goes on: a journey added there is no removal of the feature branch
            Files.writeString(journeys.resolve("a.yaml"), "title: main later\n");
            Files.writeString(journeys.resolve("b.yaml"), "title: only on main\n");
            commit(git, "main later");
            git.checkout().setName("feature").call();
            Files.writeString(journeys.resolve("c.yaml"), "title: the feature\n");
            commit(git, "feature");
        }
        try (GitBase base = GitBase.extract(journeys, "main")) {
            assertThat(base.dir().resolve("a.yaml")).hasContent("title: split");
            assertThat(base.dir().resolve("b.yaml")).doesNotExist();
            assertThat(base.dir().resolve("c.yaml")).doesNotExist();
        }
        // a revision on the branch itself is its own base
        try (GitBase base = GitBase.extract(journeys, "HEAD")) {
            assertThat(base.dir().resolve("c.yaml")).hasContent("title: the feature");
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
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
    void readsTheFilesABlobLessPartialCloneLacksThroughTheGitCommand() throws Exception {
        Path journeys = partialClone();
        try (Repository clone = new FileRepositoryBuilder()
                .findGitDir(journeys.toFile())
                .setMustExist(true)
                .build()) {
            ObjectId blob = clone.resolve("origin/main:journeys/online-order.yaml");
            assertThat(clone.getObjectDatabase().has(blob))
                    .as("the clone lacks the base's blob, as actions/checkout with filter: blob:none leaves it")
                    .isFalse();
        }
        try (GitBase base = GitBase.extract(journeys, "origin/main")) {
            assertThat(base.dir().resolve("online-order.yaml"))
                    .hasSameTextualContentAs(TOUCHPOINT_REMOVED.resolve("base/online-order.yaml"));
            assertThat(base.dir().resolve("second.yaml")).hasContent("title: base");
            assertThat(base.dir().resolve("sub/extra.yaml")).hasContent("title: x");
        }
    }

    @Test
    void explainsThePartialCloneInOneLineWhenGitCannotRun() throws Exception {
        Path journeys = partialClone();
        String noGit = repo.resolve("no-such-git").toString();
        assertThatThrownBy(() -> GitBase.extract(journeys, "origin/main", noGit))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("The repository of " + journeys + " is a partial clone")
                .hasMessageContaining("lacks 2 files of revision origin/main")
                .hasMessageContaining("no-such-git")
                .hasMessageContaining("install git, or fetch the repository without a filter")
                .hasMessageNotContaining("\n");
    }

    @Test
    void saysInOneLineWhyGitCouldNotFetchWhatThePartialCloneLacks() throws Exception {
        Path journeys = partialClone();
        deleteTree(repo.resolve("origin")); // the promisor remote is gone
        assertThatThrownBy(() -> GitBase.extract(journeys, "origin/main"))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("The repository of " + journeys + " is a partial clone")
                .hasMessageContaining(", and git could not fetch them: ")
                .hasMessageContaining(repo.resolve("origin").toString()) // git's reason names the remote
                .hasMessageNotContaining("\n");
    }

    @Test
    void aCloneWithoutTreesIsExplainedInOneLine() throws Exception {
        Path journeys = partialClone("tree:0");
        assertThatThrownBy(() -> GitBase.extract(journeys, "origin/main"))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("The repository lacks the folders (git trees) of revision ")
                .hasMessageContaining("--filter=tree:0")
                .hasMessageContaining("--filter=blob:none")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aRepositoryThatLacksAnObjectButIsNoPartialCloneRunsNoGit() throws Exception {
        ObjectId blob;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.createDirectories(repo.resolve("journeys"));
            Files.writeString(repo.resolve("journeys/a.yaml"), "title: a\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a").setAuthor(AUTHOR).setCommitter(AUTHOR).call();
            blob = git.getRepository().resolve("HEAD:journeys/a.yaml");
        }
        String name = blob.name();
        Files.delete(repo.resolve(".git/objects").resolve(name.substring(0, 2)).resolve(name.substring(2)));
        // a "git" that leaves a mark if it is run: it must not be, outside a partial clone
        Path mark = repo.resolve("git-ran");
        Path fakeGit = Files.writeString(repo.resolve("fake-git"), "#!/bin/sh\ntouch '" + mark + "'\nexit 1\n");
        assertThat(fakeGit.toFile().setExecutable(true)).isTrue();

        assertThatThrownBy(() -> GitBase.extract(repo.resolve("journeys"), "HEAD", fakeGit.toString()))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("lacks 1 file of revision HEAD (such as journeys/a.yaml)")
                .hasMessageContaining("is not a partial clone; check it with `git fsck`");
        assertThat(mark).doesNotExist();
    }

    @Test
    void readsANormalRepositoryWithoutTheGitCommand() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            Files.createDirectories(repo.resolve("journeys"));
            Files.writeString(repo.resolve("journeys/a.yaml"), "title: a\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("a").setAuthor(AUTHOR).setCommitter(AUTHOR).call();
        }
        try (GitBase base = GitBase.extract(
                repo.resolve("journeys"), "HEAD", repo.resolve("no-such-git").toString())) {
            assertThat(base.dir().resolve("a.yaml")).hasContent("title: a");
        }
    }

    /**
     * A clone with {@code --filter=blob:none} of a repository whose {@code main} holds the base of
     * touchpoint-removed and whose {@code pr} holds its head: the clone checks out {@code pr}, so
     * it lacks the base's online-order.yaml and second.yaml (sub/extra.yaml is the same on both).
     * Needs git.
     */
    private Path partialClone() throws Exception {
        return partialClone("blob:none");
    }

    private Path partialClone(String filter) throws Exception {
        Assumptions.assumeTrue(gitRuns(), "git is not on the PATH: the partial-clone tests need it");
        Path origin = Files.createDirectories(repo.resolve("origin"));
        Path journeys = Files.createDirectories(origin.resolve("journeys/sub")).getParent();
        git(origin, "init", "-q");
        git(origin, "checkout", "-q", "-b", "main");
        git(origin, "config", "uploadpack.allowFilter", "true");
        Files.copy(TOUCHPOINT_REMOVED.resolve("base/online-order.yaml"), journeys.resolve("online-order.yaml"));
        Files.writeString(journeys.resolve("sub/extra.yaml"), "title: x\n");
        Files.writeString(journeys.resolve("second.yaml"), "title: base\n");
        git(origin, "add", "-A");
        git(origin, "commit", "-q", "-m", "base");
        git(origin, "checkout", "-q", "-b", "pr");
        Files.copy(
                TOUCHPOINT_REMOVED.resolve("head/online-order.yaml"),
                journeys.resolve("online-order.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(journeys.resolve("second.yaml"), "title: head\n");
        git(origin, "commit", "-q", "-a", "-m", "head");
        git(
                repo,
                "clone",
                "-q",
                "--filter=" + filter,
                "--branch",
                "pr",
                origin.toUri().toString(),
                "clone");
        git(repo.resolve("clone"), "fetch", "-q", "origin", "main");
        return repo.resolve("clone/journeys");
    }

    private static boolean gitRuns() {
        try {
            return new ProcessBuilder("git", "--version")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs git in {@code dir} without the user's or the system's settings. */
    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "git", "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor())
                .as("git " + String.join(" ", args) + ": " + output)
                .isZero();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
