package io.journeyascode.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generator's own code: the jar (or classes folder) it runs from, by path, size and time, so
 * that a rebuilt generator of the same version does not trust what an older one cached.
 */
public final class CodeFingerprint {

    private static final String FINGERPRINT = compute();

    private CodeFingerprint() {}

    public static String get() {
        return FINGERPRINT;
    }

    private static String compute() {
        try {
            Path location = Path.of(CodeFingerprint.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (Files.isRegularFile(location)) {
                return location + " " + Files.size(location) + " "
                        + Files.getLastModifiedTime(location).toMillis();
            }
            return location.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
