package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.bench.BenchmarkRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliDiffTest {

    @TempDir
    Path tmp;

    private static Path diffCase(String name) throws Exception {
        return Path.of(CliDiffTest.class.getResource("/diff/" + name).toURI());
    }

    @Test
    void twoFoldersPrintTheMarkdownDiff() throws Exception {
        Path dir = diffCase("touchpoint-added-unmeasured");
        CliRun run = CliRun.of(
                "diff", dir.resolve("base").toString(), dir.resolve("head").toString(), "--today", "2026-06-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(dir.resolve("expected.md")));
    }

    @Test
    void jsonFormatPrintsTheJsonDiff() throws Exception {
        Path dir = diffCase("outsourced-to-owned");
        CliRun run = CliRun.of(
                "diff",
                dir.resolve("base").toString(),
                dir.resolve("head").toString(),
                "--format",
                "json",
                "--today",
                "2026-06-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(dir.resolve("expected.json")));
    }

    @Test
    void baseRefReadsTheBaseFromGit() throws Exception {
        Path dir = diffCase("touchpoint-removed");
        Path repo = tmp.resolve("repo");
        Path journeys = repo.resolve("journeys");
        BenchmarkRunner.copyTree(dir.resolve("base"), journeys);
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("base")
                    .setAuthor("t", "t@example.com")
                    .setCommitter("t", "t@example.com")
                    .setSign(false)
                    .call();
        }
        deleteYaml(journeys);
        BenchmarkRunner.copyTree(dir.resolve("head"), journeys);

        CliRun run = CliRun.of("diff", "--base-ref", "HEAD", journeys.toString(), "--today", "2026-06-01");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(dir.resolve("expected.md")));
    }

    @Test
    void baseRefOutsideARepositoryIsAToolFailure() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("plain"));
        CliRun run = CliRun.of("diff", "--base-ref", "HEAD", journeys.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("not inside a git repository");
    }

    @Test
    void oneFolderWithoutBaseRefIsABadArgument() throws Exception {
        CliRun run = CliRun.of("diff", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--base-ref");
    }

    private static void deleteYaml(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.delete(p);
            }
        }
    }
}
