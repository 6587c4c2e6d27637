package io.journeyascode.api;

/**
 * The tool could not do its job (missing folder, unwritable output, no Graphviz engine): not a
 * problem in the user's journeys. The message is one sentence shown as is; the CLI exits 2.
 */
public class ToolException extends RuntimeException {

    public ToolException(String message) {
        super(message);
    }

    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Why a file operation failed, in words: the JDK's file-system exceptions often carry only the
     * path ("Cannot read a.yaml: a.yaml"), their kind being the reason.
     */
    public static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "it is not a folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return "the file system refused (" + e.getClass().getSimpleName() + ")";
        }
        return String.valueOf(e.getMessage());
    }
}
