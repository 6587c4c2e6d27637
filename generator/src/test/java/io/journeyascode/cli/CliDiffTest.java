package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.bench.BenchmarkRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        // the golden's paths are those of `journeys`; here the head is dir/head
        assertThat(run.out())
                .isEqualTo(Files.readString(dir.resolve("expected.md"))
                        .replace("| journeys/", "| " + dir.resolve("head") + "/"));
    }

    @Test
    void pathsAreShownAsValidateShowsThemTheBasesForWhatTheBaseHad() throws Exception {
        Path dir = diffCase("journey-added-removed");
        Path base = dir.resolve("base");
        Path head = dir.resolve("head");
        CliRun run = CliRun.of("diff", base.toString(), head.toString(), "--today", "2026-06-01");
        assertThat(run.out())
                .contains("| added | gift-card | Buy a gift card | " + head.resolve("gift-card.yaml") + " | 1 |")
                .contains("| removed | store-visit | Store visit | " + base.resolve("store-visit.yaml") + " | 1 |")
                .contains("| error | critical-unmeasured | " + head.resolve("gift-card.yaml") + ":10:9 |")
                .contains("| info | single-channel | " + base.resolve("store-visit.yaml") + ":2:1 |");
        // validate prints the same path for the same finding
        assertThat(CliRun.of("validate", head.toString(), "--today", "2026-06-01")
                        .out())
                .contains(head.resolve("gift-card.yaml") + ":10:9: error:");

        CliRun json = CliRun.of("diff", base.toString(), head.toString(), "--format", "json", "--today", "2026-06-01");
        assertThat(json.out())
                .contains("\"file\": \"" + head.resolve("gift-card.yaml") + "\"")
                .contains("\"file\": \"" + base.resolve("store-visit.yaml") + "\"")
                .doesNotContain("\"file\": \"gift-card.yaml\"");
    }

    private static int diffExit(Path base, Path head, String... options) {
        List<String> args = new ArrayList<>(List.of("diff", base.toString(), head.toString(), "--today", "2026-06-01"));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("### Journey diff");
        return run.exitCode();
    }

    @Test
    void failOnExitsOneWhenTheChangeIntroducesAFindingAtOrAboveTheLevel() throws Exception {
        // introduces one error
        Path dir = diffCase("touchpoint-added-unmeasured");
        Path base = dir.resolve("base");
        Path head = dir.resolve("head");
        assertThat(diffExit(base, head)).as("default: never").isZero();
        assertThat(diffExit(base, head, "--fail-on", "never")).isZero();
        assertThat(diffExit(base, head, "--fail-on", "error")).isEqualTo(1);
        assertThat(diffExit(base, head, "--fail-on", "warning")).isEqualTo(1);
        assertThat(diffExit(base, head, "--fail-on", "info")).isEqualTo(1);
        // the head has that error, but a change that does not introduce it passes
        assertThat(diffExit(head, head, "--fail-on", "info")).isZero();

        // introduces one warning
        Path removed = diffCase("touchpoint-removed");
        assertThat(diffExit(removed.resolve("base"), removed.resolve("head"), "--fail-on", "error"))
                .isZero();
        assertThat(diffExit(removed.resolve("base"), removed.resolve("head"), "--fail-on", "warning"))
                .isEqualTo(1);

        // resolves a warning and introduces none
        Path owned = diffCase("outsourced-to-owned");
        assertThat(diffExit(owned.resolve("base"), owned.resolve("head"), "--fail-on", "info"))
                .isZero();
    }

    @Test
    void helpSaysWhatFailOnMeansForADiff() {
        CliRun run = CliRun.of("diff", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("--fail-on=LEVEL Exit 1 when the change introduces a finding at or above LEVEL:"
                        + " never (default), error, warning or info.");
    }

    @Test
    void aWrongFailOnIsABadArgument() throws Exception {
        Path dir = diffCase("no-change");
        CliRun run = CliRun.of(
                "diff", dir.resolve("base").toString(), dir.resolve("head").toString(), "--fail-on", "fatal");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("--fail-on must be error, warning, info or never, not `fatal`");
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
        // the golden's paths are those of `journeys`; here the base is dir/base
        assertThat(run.out())
                .isEqualTo(Files.readString(dir.resolve("expected.json"))
                        .replace("\"journeys/", "\"" + dir.resolve("base") + "/"));
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
        // the base at a revision is shown with the head's folder, as given
        assertThat(run.out())
                .isEqualTo(Files.readString(dir.resolve("expected.md")).replace("| journeys/", "| " + journeys + "/"));
    }

    @Test
    void baseRefOutsideARepositoryIsAToolFailure() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("plain"));
        CliRun run = CliRun.of("diff", "--base-ref", "HEAD", journeys.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err())
                .contains("not inside a git repository, so --base-ref HEAD cannot be read;"
                        + " compare two folders with `journey diff BASE_DIR HEAD_DIR` instead.");
    }

    @Test
    void aMissingBaseFolderIsCalledTheBaseFolder() throws Exception {
        Path head = Files.createDirectories(tmp.resolve("head"));
        CliRun run = CliRun.of("diff", tmp.resolve("nope").toString(), head.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("journey: The base folder " + tmp.resolve("nope") + " does not exist");
    }

    @Test
    void twoFoldersWithoutJourneyFilesSaySoInOneLineNotNoChange() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        Path head = Files.createDirectories(tmp.resolve("head"));
        Files.writeString(head.resolve("notes.txt"), "not a journey");
        String verdict = "No journey files (*.yaml, *.yml) in " + base + " or " + head + ": nothing to compare";

        CliRun run = CliRun.of("diff", base.toString(), head.toString(), "--fail-on", "error");
        // as for an unchanged playbook: the verdict line alone, exit 0 (nothing was introduced)
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("### Journey diff\n\n" + verdict + "\n");

        CliRun json = CliRun.of("diff", base.toString(), head.toString(), "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"changed\": false").contains("\"verdict\": \"" + verdict + "\"");

        // one side with a journey is a diff as any other
        Files.writeString(
                head.resolve("shop.yaml"),
                "title: Shop\nstages:\n  - id: buy\n    name: Buy\n    phase: during\n    touchpoints:\n"
                        + "      - {id: pay, name: Pay, channel: web}\n");
        assertThat(CliRun.of("diff", base.toString(), head.toString()).out()).contains("1 journey added");
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
