package io.journeyascode.load;

import io.journeyascode.api.ToolException;
import io.journeyascode.model.Finding;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the journey files of a folder (SPEC §3): {@code *.yaml} and {@code *.yml} in subfolders
 * too, except the root playbook.yaml and folders starting with {@code .} or named {@code target}.
 * Symbolic links are followed only while they stay inside the folder.
 */
final class JourneyFiles {

    /** A file to read: its path and its name inside the journeys folder, with {@code /}. */
    record Source(Path path, String name) {}

    record Found(List<Source> files, List<Finding> findings) {}

    private final Path realRoot;
    private final List<Source> files = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();
    /** The real path of each file found by a symbolic link (a file found directly is its own). */
    private final Map<Source, Path> linked = new HashMap<>();

    private JourneyFiles(Path realRoot) {
        this.realRoot = realRoot;
    }

    static Found find(Path root, Path realRoot) {
        JourneyFiles walk = new JourneyFiles(realRoot);
        walk.visited.add(realRoot);
        walk.folder(root, "");
        walk.files.sort(Comparator.comparing(Source::name));
        walk.readOnce();
        walk.caseCollisions();
        walk.unreadableNames(System.getProperty("sun.jnu.encoding", ""));
        return new Found(List.copyOf(walk.files), List.copyOf(walk.findings));
    }

    /**
     * Names Java could not decode (they hold U+FFFD): in the C locale, whose encoding is ASCII,
     * every non-ASCII letter of a file name is read so, and the name shows as {@code ?} in
     * findings, reports and the site. The command line starts its second JVM in a UTF-8 locale;
     * this reaches the Maven plugin and a JVM of the user's own. {@code encoding} is how this JVM
     * reads file names.
     */
    private void unreadableNames(String encoding) {
        boolean utf8 = encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
        for (Source source : files) {
            if (source.name().indexOf('\uFFFD') >= 0) {
                Problems problems = new Problems(source.name());
                problems.warning(
                        RuleIds.SCHEMA,
                        problems.fileStart(),
                        utf8
                                ? "the file name is not valid UTF-8, so it cannot be shown; rename the file"
                                : "Java reads file names here as " + encoding + ", so the letters of this name"
                                        + " outside ASCII are lost; run with a UTF-8 locale, e.g. `LC_ALL=C.UTF-8`"
                                        + " (`export LC_ALL=C.UTF-8` before Maven)");
                findings.addAll(problems.findings());
            }
        }
    }

    static boolean isJourneyName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * The real path of an entry when it may be read: not a symbolic link, or one that stays
     * inside the folder; otherwise a finding (when {@code report}) and empty.
     */
    static Optional<Path> inside(Path entry, String name, Path realRoot, List<Finding> findings, boolean report) {
        if (!Files.isSymbolicLink(entry)) {
            return Optional.of(entry);
        }
        Problems problems = new Problems(name);
        try {
            Path real = entry.toRealPath();
            if (real.startsWith(realRoot)) {
                return Optional.of(real);
            }
            if (report) {
                problems.schema(
                        problems.fileStart(),
                        "symbolic link points outside the journeys folder; not followed (copy the file in instead)");
            }
        } catch (IOException e) {
            if (report) {
                problems.schema(problems.fileStart(), "symbolic link points to nothing; remove it or fix its target");
            }
        }
        findings.addAll(problems.findings());
        return Optional.empty();
    }

    private void folder(Path dir, String prefix) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            throw new ToolException("Cannot read the folder " + dir + ": " + ToolException.reason(e) + ".", e);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            String name = prefix + fileName;
            boolean directory = Files.isDirectory(entry);
            if (directory && PlaybookLoader.skipsFolder(fileName)) {
                continue;
            }
            if (!directory && !isJourneyName(fileName) && isJourneyName(fileName.toLowerCase(java.util.Locale.ROOT))) {
                // `Checkout.YAML`: a journey file on Windows and macOS, where names are not told by case
                String lower = fileName.substring(0, fileName.lastIndexOf('.'))
                        + fileName.substring(fileName.lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT);
                Problems problems = new Problems(name);
                problems.warning(
                        RuleIds.SCHEMA,
                        problems.fileStart(),
                        "the file is not read: journey files end in `.yaml` or `.yml` in small letters; rename it to `"
                                + Mapping.shortText(lower) + "`");
                findings.addAll(problems.findings());
                continue;
            }
            if (!directory && (!isJourneyName(fileName) || name.equals(PlaybookConfig.FILE_NAME))) {
                continue;
            }
            if (!directory && name.equals("playbook.yml")) {
                // meant as the playbook file, it would be read as a journey that lacks everything
                Problems problems = new Problems(name);
                problems.schema(
                        problems.fileStart(),
                        "the playbook file is read only as `playbook.yaml`; rename `playbook.yml` to"
                                + " `playbook.yaml` (it is not read as a journey either)");
                findings.addAll(problems.findings());
                continue;
            }
            boolean relevant = directory || isJourneyName(fileName);
            Optional<Path> real = inside(entry, name, realRoot, findings, relevant);
            if (real.isEmpty()) {
                continue;
            }
            if (directory) {
                // A link back to a folder already walked would loop forever.
                if (visited.add(realPathOf(real.get()))) {
                    folder(entry, name + "/");
                }
            } else if (Files.isRegularFile(entry)) {
                Source source = new Source(entry, name);
                files.add(source);
                if (!real.get().equals(entry)) {
                    linked.put(source, real.get());
                }
            }
        }
    }

    /**
     * A file that a symbolic link inside the folder also names is read once, under its own name
     * (not the link's); a file only links name, under the first link's name.
     */
    private void readOnce() {
        if (linked.isEmpty()) {
            return;
        }
        Set<Path> direct = new HashSet<>();
        for (Source source : files) {
            if (!linked.containsKey(source)) {
                direct.add(realPathOf(source.path()));
            }
        }
        Set<Path> taken = new HashSet<>();
        files.removeIf(source -> {
            Path target = linked.get(source);
            return target != null && (direct.contains(target) || !taken.add(target));
        });
    }

    /**
     * Paths that differ only in case are one file on the case-insensitive file systems of
     * Windows and macOS: a checkout there keeps one of them, silently. Each later one is an error.
     */
    private void caseCollisions() {
        Map<String, String> first = new HashMap<>();
        for (Source source : files) {
            String other = first.putIfAbsent(source.name().toLowerCase(Locale.ROOT), source.name());
            if (other != null) {
                Problems problems = new Problems(source.name());
                problems.schema(
                        problems.fileStart(),
                        "the file name differs from `" + other + "` only in case; on Windows and macOS they are"
                                + " one file: rename one of them");
                findings.addAll(problems.findings());
            }
        }
    }

    private static Path realPathOf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
