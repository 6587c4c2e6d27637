package io.journeyascode.diff;

import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A journeys folder as it was at a git revision ({@code journey diff --base-ref REV DIR}): the
 * folder's subtree at REV, extracted into a temporary folder that {@link #close()} deletes.
 * Only regular files are written; symbolic links, submodules and any path that would leave the
 * temporary folder are skipped. When DIR did not exist at REV the folder is empty.
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
     * @throws ToolException when the folder is not in a git repository or the revision does not resolve
     */
    public static GitBase extract(Path journeysDir, String revision) {
        Path real = realPath(journeysDir);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
        if (builder.getGitDir() == null) {
            throw new ToolException("The folder " + journeysDir + " is not inside a git repository, so --base-ref "
                    + revision + " cannot be read; compare two folders with `journey diff BASE_DIR HEAD_DIR` instead.");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) {
                throw new ToolException(
                        "The repository of " + journeysDir + " has no working tree to place the folder in.");
            }
            String inRepo = relativeInRepo(repo, real);
            RevCommit commit = commit(repo, revision);
            Path temp = Files.createTempDirectory("journey-diff-");
            try {
                extractTree(repo, commit, inRepo, temp);
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

    private static void extractTree(Repository repo, RevCommit commit, String inRepo, Path target) throws IOException {
        ObjectId tree = commit.getTree();
        if (!inRepo.isEmpty()) {
            try (TreeWalk folder = TreeWalk.forPath(repo, inRepo, commit.getTree())) {
                if (folder == null || !folder.getFileMode(0).equals(FileMode.TREE)) {
                    return; // the folder did not exist at that revision: everything in it is new
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
                    write(repo, files.getObjectId(0), files.getPathString(), target);
                }
            }
        }
    }

    /** Writes one blob under {@code target}, unless its path could leave it. */
    private static void write(Repository repo, ObjectId blob, String path, Path target) throws IOException {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()
                    || segment.equals(".")
                    || segment.equals("..")
                    || segment.contains("\\")
                    || segment.contains(":")) {
                return;
            }
        }
        Path file = target.resolve(path).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            return;
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            repo.open(blob, Constants.OBJ_BLOB).copyTo(out);
        }
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
