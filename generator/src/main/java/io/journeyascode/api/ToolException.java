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
}
