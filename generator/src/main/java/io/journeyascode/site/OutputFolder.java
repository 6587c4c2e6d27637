package io.journeyascode.site;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.OutputPaths;
import io.journeyascode.api.ToolException;
import io.journeyascode.cache.SiteCache;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which folders a build may replace with a site (SPEC §11): never the journeys, templates or
 * site folder nor one around or inside them, never a Git checkout, and an existing folder only
 * when it is empty or holds a site of an earlier build.
 */
final class OutputFolder {

    private OutputFolder() {}

    /**
     * Refuses an output folder that a build must not replace (see {@link #check(Path, Path)}):
     * also one that is, contains or lies inside the templates or site folder, and an existing
     * folder that holds something but no site of an earlier build (see {@link #holdsASite}), such
     * as the user's documents.
     *
     * @throws ToolException saying what to give instead
     */
    static void check(BuildOptions options) {
        Path outputDir = options.outputDir();
        check(options.journeysDir(), outputDir);
        Path out = OutputPaths.canonical(outputDir);
        checkApart(outputDir, out, "templates folder", options.templatesDir());
        checkApart(outputDir, out, "site folder", options.siteDir());
        if (Files.exists(out.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            // a gh-pages checkout or worktree: replacing the folder would delete the repository
            throw new ToolException("The output folder " + outputDir + " holds .git (a Git checkout), which a build"
                    + " would delete with the rest of the folder; build into a folder of its own, such as"
                    + " target/playbook, and copy the site into the checkout (e.g. rsync -a --delete --exclude .git).");
        }
        if (Files.isDirectory(out) && !isEmpty(outputDir, out) && !holdsASite(out)) {
            throw new ToolException("The output folder " + outputDir + " is not empty and holds no site of an earlier"
                    + " build, and a build replaces the whole folder; give a new or empty folder, such as"
                    + " target/playbook, or empty this one first.");
        }
    }

    private static void checkApart(Path outputDir, Path out, String what, Optional<Path> given) {
        if (given.isEmpty()) {
            return;
        }
        Path own = OutputPaths.canonical(given.get());
        if (out.equals(own)) {
            throw new ToolException("The output folder " + outputDir + " is the " + what
                    + ", which a build would replace; give the site a folder of its own, such as target/playbook.");
        }
        if (out.startsWith(own)) {
            throw new ToolException("The output folder " + outputDir + " is inside the " + what + " " + given.get()
                    + "; give a folder outside it, such as target/playbook.");
        }
        if (own.startsWith(out)) {
            throw new ToolException("The output folder " + outputDir + " contains the " + what + " " + given.get()
                    + " and would replace it; give a folder of its own, such as target/playbook.");
        }
    }

    private static boolean isEmpty(Path outputDir, Path out) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new ToolException(
                    "Cannot read the output folder " + outputDir + ": " + ToolException.reason(e) + ".", e);
        }
    }

    /**
     * True when {@code out} holds a site that a build wrote: its build cache's manifest is
     * beside it ({@code OUT.cache/}), or, for a site whose cache was deleted or that an earlier
     * version wrote, it has the files every build writes whatever the templates: {@code
     * index.html}, {@code assets/} and {@code reports/findings.json}.
     */
    static boolean holdsASite(Path out) {
        return SiteCache.hasManifest(out)
                || (Files.isRegularFile(out.resolve("index.html"))
                        && Files.isDirectory(out.resolve("assets"))
                        && Files.isRegularFile(out.resolve(SiteBuilder.REPORTS.get(0))));
    }

    /**
     * Refuses an output folder that would overwrite or sit inside the journeys (SPEC §11), or
     * that is an existing file.
     */
    static void check(Path journeysDir, Path outputDir) {
        Path journeys = OutputPaths.canonical(journeysDir);
        Path out = OutputPaths.canonical(outputDir);
        if (out.getParent() == null) {
            throw new ToolException(
                    "The output folder " + outputDir + " is a file system root; give a folder for the site.");
        }
        if (OutputPaths.among(journeys, out)) {
            throw new ToolException("The output folder " + outputDir
                    + " is inside the journeys folder; give a folder outside it, such as target/playbook.");
        }
        if (journeys.startsWith(out)) {
            throw new ToolException("The output folder " + outputDir
                    + " contains the journeys folder and would replace it; give a folder of its own.");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ToolException("The output path " + outputDir + " is an existing file; give a folder.");
        }
    }
}
