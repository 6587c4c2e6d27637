package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBuildTest {

    @TempDir
    Path tmp;

    private Path shop(boolean critical) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("journeys"));
        String yaml = Files.readString(
                Path.of(CliBuildTest.class.getResource("/cli/shop/shop.yaml").toURI()));
        Files.writeString(
                dir.resolve("shop.yaml"), critical ? yaml : yaml.replace("critical: true", "critical: false"));
        return dir;
    }

    @Test
    void buildWritesTheSiteWhenValidationPasses() throws Exception {
        Path dir = shop(false);
        Path out = tmp.resolve("site");
        CliRun run = CliRun.of("build", dir.toString(), "--out", out.toString(), "--engine", "js", "--jobs", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("0 errors, 3 warnings, 0 infos in 1 journeys")
                .contains("Site written to " + out);
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("journeys/shop/checkout.html")).isRegularFile();
        assertThat(out.resolve("reports/findings.json")).isRegularFile();
    }

    @Test
    void buildWritesNothingWhenValidationFails() throws Exception {
        Path dir = shop(true);
        Path out = tmp.resolve("site");
        CliRun run = CliRun.of("build", dir.toString(), "--out", out.toString(), "--engine", "js");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("[critical-unmeasured]")
                .contains("Site not written: 1 finding at or above error;");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBuildThatFailsSaysOnceThatTheSiteWasNotWritten() throws Exception {
        Path dir = shop(true);
        CliRun run =
                CliRun.of("build", dir.toString(), "--out", tmp.resolve("site").toString(), "--engine", "js");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(line -> line.startsWith("Site not written")))
                .hasSize(1);
        assertThat(run.err()).as("stderr repeats what stdout says").doesNotContainIgnoringCase("site");
    }

    @Test
    void outInsideTheJourneysFolderIsRefused() throws Exception {
        Path dir = shop(false);
        CliRun run =
                CliRun.of("build", dir.toString(), "--out", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aSourceUrlThatIsNoWebAddressOrBlankIsRefusedInOneLine() throws Exception {
        Path dir = shop(false);
        String out = tmp.resolve("site").toString();
        for (String url : new String[] {"github.com/org/repo/blob/main/journeys", "", " "}) {
            CliRun run = CliRun.of("build", dir.toString(), "--out", out, "--engine", "js", "--source-url", url);
            assertThat(run.exitCode()).as("'%s': %s", url, run.err()).isEqualTo(2);
            assertThat(run.err().lines()).as(run.err()).hasSize(1);
            assertThat(run.err())
                    .contains("--source-url must be an http(s) address like https://github.com/org/repo/blob/main/"
                            + "journeys, not '")
                    .doesNotContain("'. (");
            assertThat(tmp.resolve("site")).doesNotExist();
        }
    }

    private static void assertRefused(CliRun run, String fragment) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("journey: The output folder ").contains(fragment);
        assertThat(run.out()).isEmpty();
    }

    private static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderThatHoldsSomethingButNoSiteIsNotReplaced() throws Exception {
        Path dir = shop(false);
        Path docs = Files.createDirectories(tmp.resolve("mydocs"));
        Files.writeString(docs.resolve("notes.txt"), "precious");

        CliRun run = CliRun.of("build", dir.toString(), "--out", docs.toString(), "--engine", "js");

        assertRefused(run, "is not empty and holds no site of an earlier build");
        assertThat(run.err()).contains("give a new or empty folder, such as target/playbook, or empty this one first");
        assertThat(Files.readString(docs.resolve("notes.txt"))).isEqualTo("precious");
        assertThat(names(docs)).containsExactly("notes.txt");
        assertThat(names(tmp)).as("no lock, cache or temporary folder").containsExactly("journeys", "mydocs");
    }

    @Test
    void aSiteInAGitCheckoutIsNotReplacedWithItsRepository() throws Exception {
        Path dir = shop(false);
        Path pages = tmp.resolve("gh-pages");
        CliRun first = CliRun.of("build", dir.toString(), "--out", pages.toString(), "--engine", "js");
        assertThat(first.exitCode()).as(first.err()).isZero();
        // as `git worktree add gh-pages gh-pages` leaves it: a site, and a .git file
        Files.writeString(pages.resolve(".git"), "gitdir: /repo/.git/worktrees/gh-pages\n");

        CliRun run = CliRun.of("build", dir.toString(), "--out", pages.toString(), "--engine", "js");

        assertRefused(run, "holds .git (a Git checkout)");
        assertThat(pages.resolve(".git")).hasContent("gitdir: /repo/.git/worktrees/gh-pages");
    }

    @Test
    void anOutputThatIsContainsOrLiesInsideTheSiteOrTemplatesFolderIsRefused() throws Exception {
        Path dir = shop(false);
        Path site = Files.createDirectories(tmp.resolve("mysite/pages")).getParent();
        Files.writeString(site.resolve("pages/about.md"), "# About\n");
        Path templates = Files.createDirectories(tmp.resolve("tpl"));
        Files.writeString(templates.resolve("index.ftlh"), "<p>mine</p>");
        String[][] cases = {
            {"--out", site.toString(), "--site", site.toString()},
            {"--out", site.resolve("out").toString(), "--site", site.toString()},
            {"--out", tmp.toString(), "--site", site.toString()},
            {"--out", templates.toString(), "--templates", templates.toString()},
            {"--out", templates.resolve("out").toString(), "--templates", templates.toString()},
        };
        String[] expected = {
            "is the site folder, which a build would replace; give the site a folder of its own",
            "is inside the site folder " + site + "; give a folder outside it",
            // the journeys folder is in tmp too, and is checked first
            "contains the journeys folder and would replace it",
            "is the templates folder, which a build would replace",
            "is inside the templates folder " + templates,
        };
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("build", dir.toString(), "--engine", "js"));
            args.addAll(List.of(cases[i]));
            assertRefused(CliRun.of(args.toArray(String[]::new)), expected[i]);
        }
        Path around = Files.createDirectories(tmp.resolve("around"));
        Path inner = Files.createDirectories(around.resolve("site"));
        assertRefused(
                CliRun.of(
                        "build",
                        dir.toString(),
                        "--out",
                        around.toString(),
                        "--site",
                        inner.toString(),
                        "--engine",
                        "js"),
                "contains the site folder " + inner + " and would replace it");
        assertThat(names(site)).containsExactly("pages");
        assertThat(names(site.resolve("pages"))).containsExactly("about.md");
        assertThat(names(templates)).containsExactly("index.ftlh");
        assertThat(names(tmp)).containsExactly("around", "journeys", "mysite", "tpl");
    }

    @Test
    void aSiteOfAnEarlierBuildAnEmptyFolderAndAnOldSiteWithoutItsCacheAreReplaced() throws Exception {
        Path dir = shop(false);
        Path out = Files.createDirectories(tmp.resolve("site"));
        String[] build = {"build", dir.toString(), "--out", out.toString(), "--engine", "js", "--jobs", "1"};
        assertThat(CliRun.of(build).exitCode()).as("an empty folder").isZero();
        assertThat(CliRun.of(build).exitCode()).as("the site this build wrote").isZero();

        // a site whose cache is gone (or that a version without one wrote) is known by its layout
        try (var cache = Files.walk(tmp.resolve("site.cache"))) {
            for (Path p : cache.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(out.resolve("index.html"), "an old version's index");
        CliRun run = CliRun.of(build);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("an old version's index");
    }
}
