package io.journeyascode.api;

import java.nio.file.Path;

/**
 * The outcome of {@code journey build}: the validation, and whether the site was written (it is
 * written only when validation passes {@code failOn}).
 */
public record BuildResult(ValidationResult validation, boolean siteWritten, Path outputDir, String engineUsed) {}
