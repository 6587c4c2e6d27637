package io.journeyascode.report;

import io.journeyascode.api.ValidationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes findings in the formats of SPEC §7. Every format is deterministic: the same result and
 * options give the same text, with {@code \n} line ends on every platform.
 */
public final class Reports {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Reports() {}

    public static void write(ReportFormat format, ValidationResult result, ReportOptions options, Writer out)
            throws IOException {
        reporter(format).write(result, options, out);
        out.flush();
    }

    public static String render(ReportFormat format, ValidationResult result, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            write(format, result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes a report file whole or not at all: into a temporary file beside it, then moved into
     * place, so a reader (or a CI upload) never sees half a report. The temporary file is created
     * as any new file is (not with {@link Files#createTempFile}, whose files only their owner can
     * read): the report gets the mode the umask gives, as the site's files do.
     */
    public static void writeFile(Path target, ReportFormat format, ValidationResult result, ReportOptions options)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder");
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + random() + ".tmp");
        try {
            // CREATE_NEW: never through a file or link that is already there
            try (Writer out = Files.newBufferedWriter(
                    temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                write(format, result, options, out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String random() {
        return Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    private static Reporter reporter(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport();
            case JUNIT -> new JunitReport();
            case GITHUB -> new GithubReport();
            case CHECKSTYLE -> new CheckstyleReport();
        };
    }
}
