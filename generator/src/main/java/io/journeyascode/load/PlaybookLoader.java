package io.journeyascode.load;

import io.journeyascode.api.ToolException;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a journeys folder (SPEC §3–§5) into the model; problems become findings. */
public final class PlaybookLoader {

    static final String MEASUREMENTS = "measurements";
    private static final String READ_FAILURE = "the file could not be read completely";

    private PlaybookLoader() {}

    /** Whether loading skips a folder of this name (SPEC §3): one starting with {@code .} or named {@code target}. */
    public static boolean skipsFolder(String name) {
        return name.startsWith(".") || name.equals("target");
    }

    /**
     * Loads every journey file, playbook.yaml and the measurements under {@code dir}.
     *
     * @throws io.journeyascode.api.ToolException when the folder does not exist or cannot be read
     */
    public static LoadResult load(Path dir) {
        return load(dir, JourneyCache.none());
    }

    /**
     * Loads like {@link #load(Path)}, taking the result of each unchanged journey file from
     * {@code cache} instead of parsing it, and recording every file's result in it.
     */
    public static LoadResult load(Path dir, JourneyCache cache) {
        return load(dir, cache, config -> {});
    }

    /**
     * Loads like {@link #load(Path, JourneyCache)}, telling {@code configRead} the settings as
     * soon as playbook.yaml is read, before the journey files are (a build starts setting up
     * the site's messages then).
     */
    public static LoadResult load(
            Path dir, JourneyCache cache, java.util.function.Consumer<PlaybookConfig> configRead) {
        Path realRoot = realFolder(dir);
        List<Finding> findings = new ArrayList<>();
        PlaybookConfig config = playbookConfig(dir, realRoot, findings);
        configRead.accept(config);
        JourneyFiles.Found found = JourneyFiles.find(dir, realRoot);
        findings.addAll(found.findings());
        String settingsKey = cache.enabled() ? JourneyCache.settingsKey(config) : "";
        List<FileResult> results = found.files().parallelStream()
                .map(source -> journeyFile(source.path(), source.name(), config, cache, settingsKey))
                .toList();
        List<Journey> journeys = new ArrayList<>();
        for (FileResult result : results) {
            result.journey().ifPresent(journeys::add);
            findings.addAll(result.findings());
        }
        MeasurementFile measurements = measurements(dir, realRoot, findings, cache);
        Playbook playbook = new Playbook(config, journeys, measurements.measurements());
        findings.addAll(MeasurementFindings.of(PlaybookIndex.of(playbook), measurements.findings()));
        findings.sort(Comparator.naturalOrder());
        return new LoadResult(playbook, findings);
    }

    /** One journey file read on its own: the journey when it could be read, and its findings. */
    record FileResult(Optional<Journey> journey, List<Finding> findings) {}

    /**
     * Reads one journey file. {@code name} is its path inside the journeys folder, used in
     * spans and for the default id.
     */
    static FileResult journeyFile(Path path, String name, PlaybookConfig config) {
        return journeyFile(path, name, config, JourneyCache.none(), "");
    }

    /** Reads one journey file, from {@code cache} when its bytes and settings are unchanged. */
    private static FileResult journeyFile(
            Path path, String name, PlaybookConfig config, JourneyCache cache, String settingsKey) {
        // Attributes first, bytes second: a change while the file is read shows in the next build.
        Optional<JourneyCache.FileStat> stat = cache.enabled() ? JourneyCache.stat(path) : Optional.empty();
        if (cache.enabled()) {
            Optional<FileResult> unchanged =
                    cache.unchangedKey(settingsKey, name, stat).flatMap(cache::get);
            if (unchanged.isPresent()) {
                cache.countUnread();
                return unchanged.get();
            }
        }
        Problems problems = new Problems(name);
        Optional<byte[]> bytes = SourceText.bytes(path, problems);
        if (bytes.isEmpty()) {
            return new FileResult(Optional.empty(), problems.findings());
        }
        String key = cache.enabled() ? cache.keyOf(settingsKey, name, bytes.get(), stat) : null;
        if (key != null) {
            Optional<FileResult> cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        Optional<Journey> journey = SourceText.text(bytes.get(), problems, RuleIds.YAML_SYNTAX)
                .flatMap(text -> journeyText(text, name, config, problems));
        FileResult result = new FileResult(journey, problems.findings());
        // A file the reader failed on (a bug, or a stack overflow that depends on the thread) is
        // not kept: the next build tries it again.
        if (key != null && result.findings().stream().noneMatch(f -> f.message().startsWith(READ_FAILURE))) {
            cache.put(key, result);
        }
        return result;
    }

    /** Reads a journey from text (after the size and encoding checks of {@link SourceText}). */
    static Optional<Journey> journeyText(String text, String name, PlaybookConfig config, Problems problems) {
        Optional<Node> root = YamlDocument.compose(text, problems, true);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            return JourneyReader.read(root.get(), name, config, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.schema(problems.fileStart(), READ_FAILURE + " (" + e + "); report this");
            return Optional.empty();
        }
    }

    /**
     * What to say when a file is given where the journeys folder belongs ({@code journey validate
     * journeys/order.yaml}): the folder to give instead, since the rules check the journeys against
     * each other (references, ids) and so read them all. {@code what} names the folder as the
     * command knows it ({@code The journeys folder}, {@code The base folder}).
     */
    public static String fileGivenForFolder(String what, Path file) {
        String folder = journeysFolderOf(file).toString();
        return what + " " + file + " is a file, not a folder; give the folder that holds it instead, "
                + (folder.equals(".") ? ". (the current folder)" : folder)
                + " (the rules check the journeys against each other, so they read all of them).";
    }

    /**
     * The journeys folder a file is likely in, as the user wrote the path: the nearest folder above
     * it with a playbook.yaml, not above a Git checkout's root; else the folder that holds it (that
     * of the measurements folder, for a file in one).
     */
    static Path journeysFolderOf(Path file) {
        Path parent = parentOf(file);
        for (Path folder = parent; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(PlaybookConfig.FILE_NAME))) {
                return folder;
            }
            if (Files.exists(folder.resolve(".git"))) {
                break;
            }
        }
        Path name = parent.getFileName();
        if (name != null && name.toString().equals(MEASUREMENTS)) {
            return parentOf(parent);
        }
        return parent;
    }

    /** The folder that holds a file, as written: {@code .} for a bare file name. */
    private static Path parentOf(Path file) {
        Path parent = file.getParent();
        return parent != null ? parent : Path.of(".");
    }

    private static Path realFolder(Path dir) {
        if (!Files.exists(dir)) {
            throw new ToolException("The journeys folder " + dir + " does not exist.");
        }
        if (!Files.isDirectory(dir)) {
            throw new ToolException(fileGivenForFolder("The journeys folder", dir));
        }
        if (!Files.isReadable(dir)) {
            throw new ToolException("The journeys folder " + dir + " cannot be read.");
        }
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            throw new ToolException(
                    "The journeys folder " + dir + " cannot be read: " + ToolException.reason(e) + ".", e);
        }
    }

    /**
     * The settings of {@code dir}'s playbook.yaml alone (the defaults without one), adding the
     * findings of reading it to {@code findings}: for what needs the settings, not the journeys.
     *
     * @throws io.journeyascode.api.ToolException when {@code dir} is no folder
     */
    public static PlaybookConfig config(Path dir, List<Finding> findings) {
        return playbookConfig(dir, realFolder(dir), findings);
    }

    private static PlaybookConfig playbookConfig(Path dir, Path realRoot, List<Finding> findings) {
        Path path = dir.resolve(PlaybookConfig.FILE_NAME);
        if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
            return PlaybookConfig.defaults();
        }
        if (JourneyFiles.inside(path, PlaybookConfig.FILE_NAME, realRoot, findings, true)
                        .isEmpty()
                || !Files.isRegularFile(path)) {
            return PlaybookConfig.defaults();
        }
        Problems problems = new Problems(PlaybookConfig.FILE_NAME);
        Optional<String> text = SourceText.read(path, problems, RuleIds.YAML_SYNTAX);
        // a file that is empty (or only comments) is no mistake: the defaults; one that cannot be
        // read: the defaults too, but journeys are not checked against its lists (see PlaybookConfig)
        PlaybookConfig config = text.flatMap(t -> YamlDocument.compose(t, problems, false))
                .map(root -> PlaybookConfigReader.read(root, problems))
                .orElse(
                        problems.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)
                                ? PlaybookConfig.unreadable()
                                : PlaybookConfig.defaults());
        findings.addAll(problems.findings());
        return config;
    }

    /** The rows and findings of one measurements file read on its own, or of all of them joined. */
    record MeasurementFile(List<Measurement> measurements, List<Finding> findings) {}

    /** A measurements file, from {@code cache} when the process read it before and it is unchanged. */
    private static MeasurementFile measurementFile(Path file, JourneyCache cache) {
        String name = MEASUREMENTS + "/" + file.getFileName();
        Optional<JourneyCache.FileStat> stat = cache.enabled() ? JourneyCache.stat(file) : Optional.empty();
        Optional<MeasurementFile> known = cache.measurements(name, stat);
        if (known.isPresent()) {
            return known.get();
        }
        MeasurementFile read = measurementFile(file);
        stat.ifPresent(s -> cache.measurements(name, s, read));
        return read;
    }

    private static MeasurementFile measurementFile(Path file) {
        Problems problems = new Problems(MEASUREMENTS + "/" + file.getFileName());
        List<Measurement> rows = SourceText.read(file, problems, RuleIds.YAML_SYNTAX)
                .map(text -> MeasurementReader.read(text, problems))
                .orElse(List.of());
        return new MeasurementFile(rows, problems.findings());
    }

    /**
     * The rows of every measurements file, in file order, and the files' own findings; findings
     * about the folder and its files as a whole go to {@code findings}.
     */
    private static MeasurementFile measurements(Path dir, Path realRoot, List<Finding> findings, JourneyCache cache) {
        Path folder = dir.resolve(MEASUREMENTS);
        if (!Files.isDirectory(folder)
                || JourneyFiles.inside(folder, MEASUREMENTS, realRoot, findings, true)
                        .isEmpty()) {
            return new MeasurementFile(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.csv")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new ToolException("Cannot read the folder " + folder + ": " + ToolException.reason(e) + ".", e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Path> readable = new ArrayList<>();
        for (Path file : files) {
            String name = MEASUREMENTS + "/" + file.getFileName();
            if (JourneyFiles.inside(file, name, realRoot, findings, true).isPresent() && Files.isRegularFile(file)) {
                readable.add(file);
            }
        }
        // Files are read in parallel; their results are joined in file order.
        List<MeasurementFile> read = readable.parallelStream()
                .map(file -> measurementFile(file, cache))
                .toList();
        List<Measurement> measurements = new ArrayList<>();
        List<Finding> rowFindings = new ArrayList<>();
        for (MeasurementFile file : read) {
            measurements.addAll(file.measurements());
            rowFindings.addAll(file.findings());
        }
        measurements.sort(Comparator.comparing(Measurement::span, Comparator.<Span>naturalOrder()));
        return new MeasurementFile(measurements, rowFindings);
    }
}
