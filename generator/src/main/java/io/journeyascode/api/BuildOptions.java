package io.journeyascode.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Options of {@code journey build} (SPEC §7). {@code today} is the date rules compare waivers
 * and measurements against; {@code sourceDateEpoch} is the build date pages show (only when
 * SOURCE_DATE_EPOCH is set, SPEC §11).
 */
public record BuildOptions(
        Path journeysDir,
        Path outputDir,
        Optional<Path> templatesDir,
        Optional<Path> siteDir,
        Engine engine,
        int jobs,
        Optional<String> sourceUrl,
        FailOn failOn,
        LocalDate today,
        Optional<Long> sourceDateEpoch) {}
