package io.journeyascode.cli;

import io.journeyascode.api.FailOn;
import io.journeyascode.api.OutputPaths;
import io.journeyascode.api.ToolException;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.report.ReportFormat;
import io.journeyascode.report.ReportOptions;
import io.journeyascode.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** Where validate's reports go: stdout, one file, or one file a format in a folder. */
final class ReportOutput {

    private final CommandLine cmd;
    private final List<ReportFormat> formats;
    private final Optional<Path> file;
    private final Optional<Path> dir;

    private ReportOutput(CommandLine cmd, List<ReportFormat> formats, Optional<Path> file, Optional<Path> dir) {
        this.cmd = cmd;
        this.formats = formats;
        this.file = file;
        this.dir = dir;
    }

    static List<ReportFormat> parseFormats(CommandLine cmd, List<String> names) {
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            formats.add(ReportFormat.parse(name.strip())
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cmd, "unknown format `" + name + "`; use text, json, sarif, junit, github or checkstyle")));
        }
        return List.copyOf(formats);
    }

    static ReportOutput of(CommandLine cmd, List<ReportFormat> formats, Path output, Path reportDir) {
        if (output != null && reportDir != null) {
            throw new CommandLine.ParameterException(cmd, "use either --output or --report-dir, not both");
        }
        if (formats.size() > 1 && reportDir == null) {
            throw new CommandLine.ParameterException(
                    cmd, "several formats need --report-dir DIR (one file per format)");
        }
        return new ReportOutput(cmd, formats, Optional.ofNullable(output), Optional.ofNullable(reportDir));
    }

    /**
     * Refuses a report file or folder among the journeys of {@code journeysDir} (SPEC §11: the
     * journeys folder is never changed), before anything is read or written.
     */
    void checkPlace(Path journeysDir) {
        dir.ifPresent(d -> OutputPaths.checkFolder(
                "the report folder", d, "the journeys folder", journeysDir, "target/journey-reports"));
        file.ifPresent(f -> OutputPaths.checkFile(
                "the report file",
                f,
                "the journeys folder",
                journeysDir,
                "target/" + formats.get(0).fileName()));
    }

    void write(ValidationResult result, Path journeysDir, FailOn failOn, Optional<String> sourceUrl) {
        ReportOptions options =
                new ReportOptions(journeysDir.toString(), failOn, sourceUrl).inRepositoryOf(journeysDir);
        if (dir.isPresent()) {
            createFolder("the report folder", dir.get());
            for (ReportFormat format : formats) {
                writeFile(dir.get().resolve(format.fileName()), format, result, options);
            }
            printSummary(result, options);
        } else if (file.isPresent()) {
            Path parent = file.get().toAbsolutePath().getParent();
            if (parent != null) {
                createFolder("the folder of the report file", parent);
            }
            writeFile(file.get(), formats.get(0), result, options);
            printSummary(result, options);
        } else {
            PrintWriter out = cmd.getOut();
            try {
                Reports.write(formats.get(0), result, options, out);
            } catch (IOException e) {
                throw new ToolException("cannot write the report: " + Failures.describe(e));
            }
            out.flush();
        }
    }

    /** Creates a folder (and those above it) for reports, as {@code mkdir -p} does. */
    private static void createFolder(String what, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ToolException("cannot create " + what + " " + folder + ": a file of that name is in the way");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ToolException("cannot create " + what + " " + folder + ": " + Failures.describe(e));
        }
    }

    /** With reports in files, the console still gets the one-line summary of the text format. */
    private void printSummary(ValidationResult result, ReportOptions options) {
        String text = Reports.render(ReportFormat.TEXT, result, options);
        String[] lines = text.split("\n");
        cmd.getOut().println(lines[lines.length - 1]);
    }

    private static void writeFile(Path target, ReportFormat format, ValidationResult result, ReportOptions options) {
        try {
            Reports.writeFile(target, format, result, options);
        } catch (IOException e) {
            throw new ToolException("cannot write the report to " + target + ": " + Failures.describe(e));
        }
    }
}
