package io.journeyascode.cli;

import io.journeyascode.api.FailOn;
import io.journeyascode.api.OptionValues;
import io.journeyascode.api.ToolException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options shared by validate and build; diff has its own {@code --fail-on} (another default and
 * meaning) and {@code --today}, read with the same methods.
 */
final class CommonOptions {

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error (default), warning, info or never.")
    String failOn = "error";

    @Option(
            names = "--today",
            paramLabel = "DATE",
            description = "Judge waivers and measurement age as of DATE (yyyy-mm-dd; default: today in UTC).")
    String today;

    @Option(
            names = "--source-url",
            paramLabel = "URL",
            description = "Web address of DIR in the repository, e.g. https://github.com/org/repo/blob/main/journeys:"
                    + " findings link to their lines.")
    String sourceUrl;

    FailOn failOn(CommandLine cmd) {
        return failOn(cmd, failOn);
    }

    LocalDate today(CommandLine cmd) {
        return today(cmd, today);
    }

    /** {@code --source-url} checked: empty when not given; blank, as any value that is no web address, refused. */
    Optional<String> sourceUrl(CommandLine cmd) {
        try {
            return OptionValues.sourceUrl(sourceUrl, "--source-url");
        } catch (ToolException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }

    static FailOn failOn(CommandLine cmd, String failOn) {
        return FailOn.parse(failOn)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        cmd, "--fail-on must be error, warning, info or never, not `" + failOn + "`"));
    }

    static LocalDate today(CommandLine cmd, String today) {
        if (today == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    cmd, "--today must be a date like 2026-06-30, not `" + today + "`");
        }
    }
}
