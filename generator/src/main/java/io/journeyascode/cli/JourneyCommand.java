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
        description = "Validates customer journeys written in YAML and builds the CX playbook site.")
public final class JourneyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.Optional<Integer> relaunched = Launcher.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(Launcher.childExitCode(outputWritten(code, System.out, System.err)));
    }

    /**
     * The command's exit code, or {@link ExitCode#TOOL_FAILURE} with one line on {@code err} when
     * what it printed could not be written ({@code journey schema > /dev/full}, a full disk): a
     * PrintStream keeps such an error to itself, and the output would be lost with exit code 0.
     */
    static int outputWritten(int code, java.io.PrintStream out, java.io.PrintStream err) {
        if (!out.checkError() || code == ExitCode.TOOL_FAILURE) {
            return code;
        }
        err.println("journey: cannot write to the standard output (a full disk, or nothing reads it any more);"
                + " the output is incomplete.");
        err.flush();
        return ExitCode.TOOL_FAILURE;
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new JourneyCommand());
        addSubcommands(cli, args);
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

    /**
     * The subcommands, made from their annotations by reflection: only the one named first when
     * that is a command (picocli's model of all four takes about 0.1 s, SPEC §10 gives validate
     * 2 s in all), else all of them, for help and for the message about an unknown command.
     */
    static void addSubcommands(CommandLine cli, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        switch (first) {
            case "validate" -> cli.addSubcommand(new ValidateCommand());
            case "build" -> cli.addSubcommand(new BuildCommand());
            case "diff" -> cli.addSubcommand(new DiffCommand());
            case "schema" -> cli.addSubcommand(new SchemaCommand());
            case "rules" -> cli.addSubcommand(new RulesCommand());
            default -> {
                cli.addSubcommand(new ValidateCommand());
                cli.addSubcommand(new BuildCommand());
                cli.addSubcommand(new DiffCommand());
                cli.addSubcommand(new SchemaCommand());
                cli.addSubcommand(new RulesCommand());
                cli.addSubcommand(new CommandLine.HelpCommand());
            }
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: validate, build, diff, schema or rules");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"journey " + Version.get()};
        }
    }
}
