package io.journeyascode.api;

import io.journeyascode.diff.BaseOptions;
import io.journeyascode.diff.DiffEngine;
import io.journeyascode.diff.DiffJson;
import io.journeyascode.diff.DiffMarkdown;
import io.journeyascode.diff.DiffPaths;
import io.journeyascode.diff.GitBase;
import io.journeyascode.diff.PlaybookDiff;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code journey diff} as one call for front ends such as the Maven plugin: compares a base (a
 * folder, or the same folder at a git revision) with the head folder and renders what changed.
 */
public final class DiffCommand {

    /** How the diff is rendered. */
    public enum Format {
        MARKDOWN,
        JSON;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws ToolException for a word that is not a format */
        public static Format of(String text) {
            String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(f -> f.id().equals(word))
                    .findFirst()
                    .orElseThrow(() -> new ToolException("Unknown diff format '" + text + "': write one of "
                            + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")) + "."));
        }
    }

    /**
     * Exactly one of {@code baseDir} and {@code baseRef}; when {@code outputFile} is given the
     * rendering is also written there. Files are shown as {@code validate} shows them: each
     * folder as given (the command line), or, with {@code pathsFrom}, relative to that folder
     * when inside it (see {@link OptionValues#pathPrefix}; the Maven plugin gives the folder the
     * build started in). The base's files, at a revision, are shown as the head's.
     */
    public record Options(
            Optional<Path> baseDir,
            Optional<String> baseRef,
            Path headDir,
            Format format,
            Optional<Path> outputFile,
            LocalDate today,
            BaseOptions names,
            Optional<Path> pathsFrom) {

        public Options {
            Objects.requireNonNull(baseDir, "baseDir");
            Objects.requireNonNull(baseRef, "baseRef");
            Objects.requireNonNull(headDir, "headDir");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(outputFile, "outputFile");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(pathsFrom, "pathsFrom");
        }

        /** Options whose messages name the base as the command line does, and show each folder as given. */
        public Options(
                Optional<Path> baseDir,
                Optional<String> baseRef,
                Path headDir,
                Format format,
                Optional<Path> outputFile,
                LocalDate today) {
            this(baseDir, baseRef, headDir, format, outputFile, today, BaseOptions.COMMAND_LINE, Optional.empty());
        }

        /** The folder in front of its files' paths. */
        String shown(Path dir) {
            return pathsFrom.map(from -> OptionValues.pathPrefix(from, dir)).orElseGet(dir::toString);
        }
    }

    /** The rendered diff (ending with a line break) and the findings the change introduced, sorted. */
    public record Result(String text, List<Finding> introduced) {

        public Result {
            Objects.requireNonNull(text, "text");
            introduced = List.copyOf(introduced);
        }
    }

    private DiffCommand() {}

    /**
     * {@link #compare} for a front end that needs only the text.
     *
     * @return the rendered diff, ending with a line break
     * @throws ToolException as {@link #compare} does
     */
    public static String run(Options options) {
        return compare(options).text();
    }

    /**
     * @return the rendered diff and the findings the change introduced
     * @throws ToolException when the base is not given once, the output file lies among the
     *     journeys of either side (checked before anything is read or written), a folder or
     *     revision cannot be read, or the output file cannot be written
     */
    public static Result compare(Options options) {
        if (options.baseDir().isPresent() == options.baseRef().isPresent()) {
            BaseOptions names = options.names();
            throw new ToolException("Give the base of the comparison once: either " + names.folder() + " or "
                    + names.revision() + " with a git revision of the journeys folder (such as origin/main)"
                    + (options.baseDir().isPresent() ? ", not both." : "; neither is given."));
        }
        if (options.outputFile().isPresent()) {
            Path file = options.outputFile().get();
            String example = "target/journey-diff." + (options.format() == Format.JSON ? "json" : "md");
            OutputPaths.checkFile("the diff file", file, "the journeys folder", options.headDir(), example);
            if (options.baseDir().isPresent()) {
                OutputPaths.checkFile(
                        "the diff file",
                        file,
                        "the base folder",
                        options.baseDir().get(),
                        example);
            }
        }
        Optional<Path> baseDir = options.baseDir().filter(dir -> !Files.isDirectory(dir));
        if (baseDir.isPresent()) {
            throw new ToolException(
                    Files.exists(baseDir.get())
                            ? PlaybookLoader.fileGivenForFolder("The base folder", baseDir.get())
                            : "The base folder " + baseDir.get() + " does not exist; give the journeys folder of"
                                    + " the base, e.g. a checkout of the target branch.");
        }
        ValidationResult head = JourneyGenerator.validate(options.headDir(), options.today());
        PlaybookDiff diff;
        if (options.baseRef().isPresent()) {
            try (GitBase base =
                    GitBase.extract(options.headDir(), options.baseRef().get(), options.names())) {
                diff = DiffEngine.compare(JourneyGenerator.validate(base.dir(), options.today()), head);
            }
        } else {
            diff = DiffEngine.compare(
                    JourneyGenerator.validate(options.baseDir().get(), options.today()), head);
        }
        String headPrefix = options.shown(options.headDir());
        DiffPaths paths = new DiffPaths(options.baseDir().map(options::shown).orElse(headPrefix), headPrefix);
        String text = options.format() == Format.JSON ? DiffJson.render(diff, paths) : DiffMarkdown.render(diff, paths);
        text = text.endsWith("\n") ? text : text + "\n";
        if (options.outputFile().isPresent()) {
            write(options.outputFile().get(), text);
        }
        return new Result(text, diff.findingsIntroduced());
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolException("Cannot write the diff to " + file + ": " + ToolException.reason(e), e);
        }
    }
}
