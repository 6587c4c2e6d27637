package io.journeyascode.diff;

import java.util.Objects;

/**
 * How a front end names the two ways of giving the base of a diff, so that a message tells its
 * user what to write there: the command line's {@code --base-ref} and base folder, or the Maven
 * plugin's {@code journey.baseRef} and {@code journey.baseDirectory}.
 *
 * @param revision the option that names a git revision
 * @param folder the option (or argument) that names a base folder, as a noun phrase
 * @param useFolder what to do instead when no revision can be read, as a clause
 */
public record BaseOptions(String revision, String folder, String useFolder) {

    public static final BaseOptions COMMAND_LINE =
            new BaseOptions("--base-ref", "a base folder", "compare two folders with `journey diff BASE_DIR HEAD_DIR`");

    public static final BaseOptions MAVEN = new BaseOptions(
            "journey.baseRef",
            "`journey.baseDirectory`",
            "give a base folder with `journey.baseDirectory` (-Djourney.baseDirectory=DIR)");

    public BaseOptions {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(useFolder, "useFolder");
    }
}
