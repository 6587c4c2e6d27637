package io.journeyascode.cli;

/** The exit codes of SPEC §7. */
final class ExitCode {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int TOOL_FAILURE = 2;

    private ExitCode() {}
}
