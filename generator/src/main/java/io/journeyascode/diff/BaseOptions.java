package io.journeyascode.diff;

import java.util.Objects;

/**
 * How a front end names the two ways of giving the base of a diff, so that a message tells its
 * user what to write there: the command line's {@code --base-ref} and base folder, or the Maven
 * plugin's {@code journey.baseRef} and {@code journey.baseDirectory}.
 *
 * @param revision the option that names a git revision
 * @param folder the way to give a base folder instead, as a phrase that follows "give"
 */
public record BaseOptions(String revision, String folder) {

    public static final BaseOptions COMMAND_LINE =
            new BaseOptions("--base-ref", "two folders, `journey diff BASE_DIR HEAD_DIR`");

    public static final BaseOptions MAVEN =
            new BaseOptions("journey.baseRef", "a base folder, `journey.baseDirectory` (-Djourney.baseDirectory=DIR)");

    public BaseOptions {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(folder, "folder");
    }
}
