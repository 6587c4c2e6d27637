package io.journeyascode.cli;

import io.journeyascode.api.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code journey} command line (SPEC §7). Exit codes: 0 nothing at or above {@code
 * --fail-on}; 1 there is; 2 the command could not run, with one line on stderr and no stack
 * trace.
 */
@Command(
        name = "journey",
        mixinStandardHelpOptions = true,
        versionProvider = JourneyCommand.VersionProvider.class,
        description = "Validates customer journeys written in YAML and builds the CX playbook site.",
        subcommands = {
            ValidateCommand.class,
            BuildCommand.class,
            DiffCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class
        })
public final class JourneyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new JourneyCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Failures::onBadArguments);
        cli.setExecutionExceptionHandler(Failures::onExecutionFailure);
        cli.setExitCodeExceptionMapper(e -> ExitCode.TOOL_FAILURE);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: validate, build, diff or schema");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"journey " + Version.get()};
        }
    }
}
