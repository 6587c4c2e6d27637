package io.journeyascode.diff;

import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A journeys folder as it was at a git revision ({@code journey diff --base-ref REV DIR}): the
 * folder's subtree where the history of HEAD meets REV (their merge base; REV itself when it is
 * an ancestor of HEAD), extracted into a temporary folder that {@link #close()} deletes.
 * Only regular files are written; symbolic links, submodules and any path that would leave the
 * temporary folder are skipped. When DIR did not exist at REV the folder is empty. Files are
 * read through JGit; those a partial clone ({@code --filter=blob:none}) left out, which JGit
 * cannot fetch, through the git command ({@link GitCatFile}).
 */
public final class GitBase implements AutoCloseable {

    private final Path dir;

    private GitBase(Path dir) {
        this.dir = dir;
    }

    /** The extracted folder: load it like any journeys folder. */
    public Path dir() {
        return dir;
    }

    /**
     * Extracts {@code journeysDir} as it was at {@code revision}.
     *
     * @throws ToolException when the folder is not in a git repository, the revision does not
     *     resolve, or files of a partial clone cannot be fetched
     */
    public static GitBase extract(Path journeysDir, String revision) {
        return extract(journeysDir, revision, BaseOptions.COMMAND_LINE);
    }

    /** {@link #extract(Path, String)} with messages that name the base options as {@code names} does. */
    public static GitBase extract(Path journeysDir, String revision, BaseOptions names) {
        return extract(journeysDir, revision, "git", names);
    }

    /** {@link #extract(Path, String)} with the git command that fetches what a partial clone lacks. */
    static GitBase extract(Path journeysDir, String revision, String git) {
        return extract(journeysDir, revision, git, BaseOptions.COMMAND_LINE);
    }

    private static GitBase extract(Path journeysDir, String revision, String git, BaseOptions names) {
        Path real = realPath(journeysDir);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
        if (builder.getGitDir() == null) {
            throw new ToolException("The folder " + journeysDir + " is not inside a git repository, so "
                    + names.revision() + " " + revision + " cannot be read; " + names.useFolder() + " instead.");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                throw new ToolException(
                        "The repository of " + journeysDir + " has no working tree to place the folder in.");
            }
            String inRepo = relativeInRepo(repo, real);
            RevCommit commit = mergeBase(repo, commit(repo, revision), revision);
            Path temp = Files.createTempDirectory("journey-diff-");
            try {
                List<GitCatFile.Blob> missing = extractTree(repo, commit, inRepo, temp);
                if (!missing.isEmpty()) {
                    fetchMissing(repo, git, missing, journeysDir, revision);
                }
            } catch (IOException | RuntimeException e) {
                delete(temp);
                throw e;
            }
            return new GitBase(temp);
        } catch (IOException e) {
            throw new ToolException(
                    "Could not read revision " + revision + " of the repository of " + journeysDir + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static RevCommit commit(Repository repo, String revision) throws IOException {
        ObjectId id;
        try {
            id = repo.resolve(revision);
        } catch (IOException | RuntimeException e) {
            id = null; // malformed expressions are reported like unknown ones
        }
        if (id == null) {
            throw new ToolException(
                    "The git revision '" + revision + "' does not resolve in " + repo.getWorkTree()
                            + "; fetch it first (for example `git fetch origin main`, or `fetch-depth: 0` in actions/checkout).");
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        } catch (IOException e) {
            throw new ToolException("The git revision '" + revision + "' does not name a commit.", e);
        }
    }

    /**
     * Where the history of HEAD meets {@code base} (git merge-base): what a pull request's changes
     * are measured against, as its "Files changed" and {@code git diff BASE...HEAD} are, so that
     * what the base branch gained after the branch split off does not count as the change's. The
     * base itself when it is an ancestor of HEAD, or when the repository has no HEAD yet.
     */
    private static RevCommit mergeBase(Repository repo, RevCommit base, String revision) throws IOException {
        ObjectId head = repo.resolve(Constants.HEAD);
        if (head == null) {
            return base;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.setRevFilter(org.eclipse.jgit.revwalk.filter.RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(base));
            walk.markStart(walk.parseCommit(head));
            RevCommit meet = walk.next();
            if (meet == null) {
                throw new ToolException("The git revision '" + revision + "' shares no history with HEAD in "
                        + repo.getWorkTree() + "; fetch the whole history (`git fetch --unshallow`, or"
                        + " `fetch-depth: 0` in actions/checkout) or compare with a folder instead.");
            }
            return walk.parseCommit(meet);
        }
    }

    /** Writes the folder's files under {@code target}; returns the blobs the repository lacks. */
    private static List<GitCatFile.Blob> extractTree(Repository repo, RevCommit commit, String inRepo, Path target)
            throws IOException {
        try {
            return extractTreeOf(repo, commit, inRepo, target);
        } catch (MissingObjectException e) {
            // only blobs are fetched through git: a clone without trees (--filter=tree:0) is not read
            throw new ToolException(
                    "The repository lacks the folders (git trees) of revision " + commit.name()
                            + ", as a clone with --filter=tree:0 does; fetch it with --filter=blob:none or without a filter"
                            + " (actions/checkout: `filter: blob:none`, or leave out `filter:`).",
                    e);
        }
    }

    private static List<GitCatFile.Blob> extractTreeOf(Repository repo, RevCommit commit, String inRepo, Path target)
            throws IOException {
        List<GitCatFile.Blob> missing = new ArrayList<>();
        ObjectId tree = commit.getTree();
        if (!inRepo.isEmpty()) {
            try (TreeWalk folder = TreeWalk.forPath(repo, inRepo, commit.getTree())) {
                if (folder == null || !folder.getFileMode(0).equals(FileMode.TREE)) {
                    return missing; // the folder did not exist at that revision: everything in it is new
                }
                tree = folder.getObjectId(0);
            }
        }
        try (TreeWalk files = new TreeWalk(repo)) {
            files.addTree(tree);
            files.setRecursive(true);
            while (files.next()) {
                FileMode mode = files.getFileMode(0);
                if (mode.equals(FileMode.REGULAR_FILE) || mode.equals(FileMode.EXECUTABLE_FILE)) {
                    String path = files.getPathString();
                    String shown = inRepo.isEmpty() ? path : inRepo + "/" + path;
                    write(repo, files.getObjectId(0), path, shown, target).ifPresent(missing::add);
                }
            }
        }
        return missing;
    }

    /**
     * Writes one blob under {@code target}, unless its path could leave it; a blob the repository
     * lacks (a partial clone's) is returned instead.
     */
    private static Optional<GitCatFile.Blob> write(
            Repository repo, ObjectId blob, String path, String shown, Path target) throws IOException {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()
                    || segment.equals(".")
                    || segment.equals("..")
                    || segment.contains("\\")
                    || segment.contains(":")) {
                return Optional.empty();
            }
        }
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            return Optional.empty();
        }
        Files.createDirectories(file.getParent());
        ObjectLoader loader;
        try {
            loader = repo.open(blob, Constants.OBJ_BLOB);
        } catch (MissingObjectException e) {
            return Optional.of(new GitCatFile.Blob(blob, shown, file));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            loader.copyTo(out);
        }
        return Optional.empty();
    }

    /**
     * Reads the blobs JGit did not find through the git command, which fetches them from a
     * partial clone's promisor remote (JGit does not).
     */
    private static void fetchMissing(
            Repository repo, String git, List<GitCatFile.Blob> missing, Path journeysDir, String revision) {
        boolean partial = isPartialClone(repo);
        String files = missing.size() == 1 ? "1 file" : missing.size() + " files";
        String them = missing.size() == 1 ? "it" : "them";
        if (!partial) {
            // git runs only for a partial clone, whose missing files it fetches: anything else that
            // lacks objects is damaged, and no process is started in it
            throw new ToolException("The repository of " + journeysDir + " lacks " + files + " of revision " + revision
                    + " (such as " + missing.get(0).path() + ") and is not a partial clone; check it with `git fsck`.");
        }
        String lacks = partial
                ? "The repository of " + journeysDir + " is a partial clone (fetched with a filter such as blob:none)"
                        + " that lacks " + files + " of revision " + revision
                : "The repository of " + journeysDir + " lacks " + files + " of revision " + revision + " (such as "
                        + missing.get(0).path() + ")";
        try {
            GitCatFile.write(git, repo.getDirectory(), missing);
        } catch (GitCatFile.NotRunnable e) {
            throw new ToolException(
                    lacks + "; reading " + them + " needs the git command, which could not be run (" + e.getMessage()
                            + (partial
                                    ? "): install git, or fetch the repository without a filter (actions/checkout:"
                                            + " leave out `filter:`; GitLab: leave `--filter` out of"
                                            + " GIT_FETCH_EXTRA_FLAGS)."
                                    : "): install git."),
                    e);
        } catch (GitCatFile.Failed e) {
            throw new ToolException(
                    lacks + ", and git could not " + (partial ? "fetch " : "read ") + them + ": " + e.getMessage(), e);
        }
    }

    /** Whether the repository was cloned or fetched with a filter (git's extensions.partialClone, remote.*.promisor). */
    private static boolean isPartialClone(Repository repo) {
        StoredConfig config = repo.getConfig();
        if (config.getString("extensions", null, "partialclone") != null) {
            return true;
        }
        return config.getSubsections("remote").stream()
                .anyMatch(remote -> config.getBoolean("remote", remote, "promisor", false));
    }

    private static String relativeInRepo(Repository repo, Path real) {
        Path root = realPath(repo.getWorkTree().toPath());
        if (!real.startsWith(root)) {
            throw new ToolException(
                    "The folder " + real + " is not inside the working tree " + root + " of its repository.");
        }
        return root.relativize(real).toString().replace('\\', '/');
    }

    private static Path realPath(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ToolException("The journeys folder " + dir + " does not exist or is not a folder.");
        }
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new ToolException("Cannot read the journeys folder " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        delete(dir);
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ToolException("Could not delete the temporary folder " + root + ": " + e.getMessage(), e);
        }
    }
}
