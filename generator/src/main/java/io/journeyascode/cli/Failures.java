package io.journeyascode.cli;

import io.journeyascode.api.ToolException;
import io.journeyascode.report.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one line on stderr and exit code 2: never a stack trace. */
final class Failures {

    private Failures() {}

    static int onBadArguments(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr()
                .println("journey: " + TextReport.printable(String.valueOf(e.getMessage())) + " (see `"
                        + cmd.getCommandSpec().qualifiedName() + " --help`)");
        return ExitCode.TOOL_FAILURE;
    }

    static int onExecutionFailure(Exception e, CommandLine cmd, ParseResult parseResult) {
        // one line whatever the paths in it hold (a file name may have a line break)
        cmd.getErr().println("journey: " + TextReport.printable(describe(e)));
        return ExitCode.TOOL_FAILURE;
    }

    static String describe(Throwable e) {
        if (e instanceof ToolException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return "cannot access " + f.getFile() + ": "
                    + (f.getReason() == null ? "file system error" : f.getReason());
        }
        if (e instanceof IOException) {
            return "input/output error: " + oneLine(e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; raise the Java heap with -Xmx";
        }
        return "internal error (" + e.getClass().getSimpleName() + "): " + oneLine(e.getMessage())
                + "; please report it with the input that caused it";
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "no details";
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
