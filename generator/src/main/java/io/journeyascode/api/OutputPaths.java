package io.journeyascode.api;

import io.journeyascode.load.PlaybookLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command may write: never among the journeys (SPEC §11), which a report file or folder
 * given by mistake would overwrite or fill. A place in a folder the loader skips ({@code target},
 * a name starting with {@code .}) is not among them: a Maven module whose YAML lives in the
 * module folder itself writes into its {@code target/}. Each check runs before anything is
 * read or written, and refuses with one sentence that says what to give instead.
 */
public final class OutputPaths {

    private OutputPaths() {}

    /**
     * Refuses a folder to write files into ({@code what}, e.g. "report folder") that is the
     * journeys folder or lies among the journeys.
     *
     * @param journeys what to call the journeys folder in the message, e.g. "the journeys folder"
     * @param example a folder to suggest instead, e.g. target/journey-reports
     * @throws ToolException when it does
     */
    public static void checkFolder(String what, Path folder, String journeys, Path journeysDir, String example) {
        if (among(canonical(journeysDir), canonical(folder))) {
            throw new ToolException(capitalised(what) + " " + folder + " is inside " + journeys
                    + "; give a folder outside it, such as " + example + ".");
        }
    }

    /**
     * Refuses a file to write ({@code what}, e.g. "report file") that lies among the journeys:
     * one that is the journeys folder, or whose folder is the journeys folder or one of theirs.
     *
     * @throws ToolException when it does
     */
    public static void checkFile(String what, Path file, String journeys, Path journeysDir, String example) {
        Path dir = canonical(journeysDir);
        Path target = canonical(file);
        Path parent = target.getParent();
        if (target.equals(dir) || (parent != null && among(dir, parent))) {
            throw new ToolException(capitalised(what) + " " + file + " is inside " + journeys
                    + "; give a file outside it, such as " + example + ".");
        }
    }

    /**
     * True when {@code path} is {@code journeys} or lies inside it other than in a folder the
     * loader skips; both canonical (see {@link #canonical}).
     */
    public static boolean among(Path journeys, Path path) {
        return path.equals(journeys) || (path.startsWith(journeys) && !inIgnoredFolder(journeys.relativize(path)));
    }

    /**
     * True when a path inside the journeys folder lies in a folder the loader skips (SPEC §3:
     * {@code target} or a name starting with {@code .}), as {@code journeys/target/playbook} of a
     * Maven module whose YAML lives in the module folder itself.
     */
    private static boolean inIgnoredFolder(Path relative) {
        for (Path part : relative) {
            if (PlaybookLoader.skipsFolder(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The absolute path with symbolic links of its existing part resolved. */
    public static Path canonical(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        List<Path> rest = new ArrayList<>();
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            for (Path part : rest) {
                real = real.resolve(part);
            }
            return real;
        } catch (IOException e) {
            return abs;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
