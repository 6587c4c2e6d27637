package io.journeyascode.api;

import io.journeyascode.report.ReportFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the option values front ends take as text (build-tool parameters, environment), so that
 * every front end accepts the same words and says the same thing about a wrong one. A wrong
 * value is a {@link ToolException}: the run cannot start.
 */
public final class OptionValues {

    private OptionValues() {}

    public static FailOn failOn(String text) {
        return FailOn.parse(normalise(text))
                .orElseThrow(() -> new ToolException("Unknown failOn level '" + text + "': write one of "
                        + Arrays.stream(FailOn.values()).map(FailOn::id).collect(Collectors.joining(", "))
                        + "."));
    }

    /**
     * The web address of the journeys folder in the repository (pages and reports link to its
     * lines): an http(s) address with a host, without a trailing slash; empty when not given.
     *
     * @param text null when not given; a blank one is refused like any text that is no address (on
     *     the command line it is an unset variable in {@code --source-url "$URL"}, which would drop
     *     every source link unnoticed)
     * @param option the option's name as its front end spells it ({@code --source-url}, {@code
     *     journey.sourceUrl}), for the message about a wrong one
     */
    public static Optional<String> sourceUrl(String text, String option) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        // no full stop: the command line adds picocli's "(see `journey build --help`)"
        throw new ToolException(
                option + " must be an http(s) address like https://github.com/org/repo/blob/main/journeys, not '" + text
                        + "'");
    }

    /**
     * The date findings are judged as of ({@code yyyy-mm-dd}); blank means today in UTC, as on the
     * command line, so that a waiver does not expire a day early on a machine east of Greenwich.
     */
    public static java.time.LocalDate today(String text) {
        if (text == null || text.isBlank()) {
            return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ToolException("Unknown date '" + text + "' for today: write it yyyy-mm-dd, e.g. 2026-06-30.");
        }
    }

    public static Engine engine(String text) {
        return Engine.parse(normalise(text))
                .orElseThrow(() -> new ToolException("Unknown engine '" + text + "': write one of "
                        + Arrays.stream(Engine.values()).map(Engine::id).collect(Collectors.joining(", "))
                        + "."));
    }

    /**
     * The report formats of a list whose items may themselves be comma-separated ({@code
     * json,sarif}); blank items are ignored and duplicates kept once.
     */
    public static List<ReportFormat> formats(List<String> texts) {
        List<ReportFormat> formats = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue; // Maven gives an empty <format/> or the blank item of "json," as null
            }
            for (String item : text.split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                ReportFormat format = ReportFormat.parse(normalise(item))
                        .orElseThrow(() -> new ToolException("Unknown report format '" + item.trim()
                                + "': write one of "
                                + Arrays.stream(ReportFormat.values())
                                        .map(ReportFormat::id)
                                        .collect(Collectors.joining(", "))
                                + "."));
                if (!formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        return List.copyOf(formats);
    }

    /** The number of parallel jobs: a positive number as given, else the number of cores. */
    /** {@code requested} parallel jobs, 0 meaning the number of cores; a negative number is refused. */
    public static int jobs(int requested) {
        if (requested < 0) {
            throw new ToolException("jobs must be 0 (the number of cores) or more, not " + requested + ".");
        }
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }

    /** 9999-12-31T23:59:59Z. */
    private static final long LAST_SECOND = 253_402_300_799L;

    /** The build date of SPEC §11: the {@code SOURCE_DATE_EPOCH} variable when it is set. */
    public static Optional<Long> sourceDateEpoch(Map<String, String> environment) {
        String value = environment.get("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ToolException(
                    "SOURCE_DATE_EPOCH is '" + value
                            + "', not a number of seconds since 1970: set it to a whole number such as 1767225600 or unset it.");
        }
        // a day a page can show as a date (HTML's <time datetime> takes years 0001 to 9999)
        if (seconds < 0 || seconds > LAST_SECOND) {
            throw new ToolException("SOURCE_DATE_EPOCH is '" + value + "', "
                    + (seconds < 0 ? "before 1970" : "after the year 9999")
                    + ": set it to a number of seconds since 1970 such as 1767225600 or unset it.");
        }
        return Optional.of(seconds);
    }

    /**
     * How to show the journeys folder in front of file paths: relative to {@code base} (the
     * directory a build was started in) when inside it, as compilers print paths; relative with
     * {@code ..} when the two share a folder below the file system's root ({@code ../web/journeys}
     * for a sibling, as the command line shows a folder given so); else absolute. Empty when the
     * folder is {@code base} itself.
     */
    public static String pathPrefix(Path base, Path journeysDir) {
        Path dir = journeysDir.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        boolean near = dir.startsWith(from)
                || (java.util.Objects.equals(dir.getRoot(), from.getRoot())
                        && dir.getNameCount() > 0
                        && from.getNameCount() > 0
                        && dir.getName(0).equals(from.getName(0)));
        String shown = near ? from.relativize(dir).toString() : dir.toString();
        return shown.replace('\\', '/');
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
