package io.journeyascode.report;

import io.journeyascode.api.FailOn;
import java.util.Objects;
import java.util.Optional;

/**
 * How reports show findings. {@code pathPrefix} is the journeys folder as the user wrote it on
 * the command line ({@code journeys}, {@code ./journeys}, {@code /abs/journeys}, or empty): paths
 * are shown as that prefix joined with the file inside it, as compilers print them.
 * {@code failOn} decides which findings fail a JUnit test case. {@code sourceUrl} is the web
 * address of the journeys folder (SPEC §7 {@code --source-url}); the JUnit report links to lines.
 * {@code repositoryPrefix} is the journeys folder inside the git repository it is in, when it is
 * in one: the paths of the reports GitHub reads ({@code github}, {@code sarif}), which it takes
 * from the repository's root whatever folder the tool ran in.
 */
public record ReportOptions(
        String pathPrefix,
        FailOn failOn,
        Optional<String> sourceUrl,
        boolean insideJourneys,
        Optional<String> repositoryPrefix) {

    public ReportOptions {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(repositoryPrefix, "repositoryPrefix");
    }

    /** Reports of a command run where the user works: paths as the user gave the journeys folder. */
    public ReportOptions(String pathPrefix, FailOn failOn, Optional<String> sourceUrl) {
        this(pathPrefix, failOn, sourceUrl, false, Optional.empty());
    }

    /**
     * These options with the paths of {@code github} and {@code sarif} from the root of the git
     * repository that holds {@code journeysDir} (the nearest folder above it with a {@code .git});
     * as they are when it is in none.
     */
    public ReportOptions inRepositoryOf(java.nio.file.Path journeysDir) {
        java.nio.file.Path dir = journeysDir.toAbsolutePath().normalize();
        for (java.nio.file.Path root = dir; root != null; root = root.getParent()) {
            if (java.nio.file.Files.exists(root.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String inside = root.relativize(dir).toString().replace('\\', '/');
                return new ReportOptions(pathPrefix, failOn, sourceUrl, insideJourneys, Optional.of(inside));
            }
        }
        return this;
    }

    /**
     * The site's copy of the reports: paths inside the journeys folder, whatever folder the build
     * ran in, so that the site is the same wherever it was built (SARIF gives them a base of
     * their own, {@code insideJourneys}).
     */
    public static ReportOptions forSite(FailOn failOn, Optional<String> sourceUrl) {
        return new ReportOptions("", failOn, sourceUrl, true, Optional.empty());
    }

    /** No prefix, fail on errors, no source links. */
    public static ReportOptions defaults() {
        return new ReportOptions("", FailOn.ERROR, Optional.empty());
    }

    /** The path to show for a file inside the journeys folder ({@code /}-separated). */
    public String displayPath(String file) {
        if (pathPrefix.isEmpty()) {
            return file;
        }
        if (pathPrefix.endsWith("/") || pathPrefix.endsWith("\\")) {
            return pathPrefix + file;
        }
        return pathPrefix + "/" + file;
    }

    /**
     * The path of a file inside the journeys folder for a report GitHub reads: from the
     * repository's root when the folder is in one, else as {@link #displayPath}.
     */
    public String repositoryPath(String file) {
        return repositoryPrefix.map(p -> p.isEmpty() ? file : p + "/" + file).orElseGet(() -> displayPath(file));
    }

    /** The web address of a line of a file, when a source URL is set. */
    public Optional<String> lineUrl(String file, int line) {
        return sourceUrl.map(url -> (url.endsWith("/") ? url : url + "/") + file + "#L" + line);
    }
}
