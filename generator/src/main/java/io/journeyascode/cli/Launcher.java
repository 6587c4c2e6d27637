package io.journeyascode.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code validate}, {@code build} and {@code diff} in a second JVM tuned for a short batch
 * job when the user started the jar with no JVM options at all ({@code java -jar journey-cli.jar
 * build …}): the first-tier compiler only, and a collector for a batch job. Measured at N = 1000 on 2
 * cores (SPEC §10): a build takes 10.4 s of CPU instead of 18.6 (38 % of the CPU went to the C2
 * compiler for code that then ran briefly) and peaks at 470 MiB instead of 0.7-1.4 GiB (G1 sizes
 * the heap by its pause times, not by the ~180 MiB that is live); validate takes 1.2 s instead
 * of 2.0. Starting the second JVM costs about 0.1 s.
 *
 * <p>System properties ({@code -Dname=value}) are passed on. Whoever starts the jar with a JVM
 * option of their own ({@code java -Xmx2g -jar …}, or
 * through {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}) gets their
 * JVM as it is; so does {@code JOURNEY_RELAUNCH=false}. The second JVM inherits the working
 * folder, environment (in the C locale with a UTF-8 character type: {@link #utf8Locale}), stdin,
 * stdout and stderr; its exit code is the command's. It watches the first JVM: killing that one
 * (even with SIGKILL) stops the build as if it had been killed itself, and a SIGTERM or Ctrl-C to
 * the first one is passed on.
 *
 * <p>{@code JOURNEY_JVM_OPTIONS} adds options to the second JVM's ({@code JOURNEY_JVM_OPTIONS=-Xmx4g}
 * for a very large playbook), separated by white space. The second JVM exits with the command's
 * code plus {@link #CODE_OFFSET}, so that the first can tell the command's own codes from a JVM
 * that could not start or died (the {@code java} launcher exits with 1, which would read as
 * "findings"): then the first says so in one line and exits with 2, unless a SIGHUP, SIGINT or
 * SIGTERM stopped it, which ends the first with the same code and no word.
 */
final class Launcher {

    /** Set on the second JVM's command line to the first one's process id: it runs the command itself. */
    static final String RELAUNCHED = "journey.relaunched";

    /**
     * The options of the second JVM for {@code args}: the parallel collector for {@code build} (its
     * young collections run on every core: at N = 1000 a build takes 0.4 s less than with the
     * serial one and peaks at the same 480 MiB), the serial one for {@code validate} (as fast there,
     * at 210 MiB instead of 500) and {@code diff} (as fast, 3.3 s, at about 270 MiB instead of 800
     * for two playbooks of 1,000 journeys). The first-tier compiler only, except for
     * {@code build --watch}, which runs long enough for the second tier to pay: at N = 1000 its
     * rebuilds took 1.0 s with the first tier only and, after ten or so, 0.7-0.8 s with both.
     */
    static List<String> jvmOptions(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        boolean watch = "build".equals(command) && List.of(args).contains("--watch");
        List<String> options = new ArrayList<>();
        options.add("build".equals(command) ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC");
        if (!watch) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        options.addAll(List.of(
                "-XX:-UsePerfData", "-Xshare:auto", "-D" + io.journeyascode.site.SiteBuilder.SETTLE_HEAP + "=false"));
        return options;
    }

    /**
     * The codes of a JVM that a SIGHUP, SIGINT (Ctrl-C) or SIGTERM stopped (128 plus the signal's
     * number): its shutdown hooks ran, as in a {@code build --watch} stopped from the terminal.
     */
    static final Set<Integer> STOPPED = Set.of(128 + 1, 128 + 2, 128 + 15);

    /** Added to the command's exit code by the second JVM; see the class comment. */
    static final int CODE_OFFSET = 64;

    /** Extra options for the second JVM, separated by white space. */
    static final String JVM_OPTIONS_ENV = "JOURNEY_JVM_OPTIONS";

    private static final Set<String> COMMANDS = Set.of("validate", "build", "diff");
    private static final Set<String> USER_JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private Launcher() {}

    /**
     * Runs the command in a second JVM when that is the plan (see the class comment) and
     * returns its exit code; empty when this JVM should run the command itself.
     */
    static Optional<Integer> relaunch(String[] args) {
        if (System.getProperty(RELAUNCHED) != null) {
            watchParent();
            return Optional.empty();
        }
        Optional<List<String>> jvmArgs =
                ProcessHandle.current().info().arguments().map(List::of);
        if (!shouldRelaunch(args, jvmArgs, System.getenv())) {
            return Optional.empty();
        }
        List<String> command = command(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                properties(jvmArgs.get()).orElse(List.of()),
                System.getProperty("java.class.path"),
                extraOptions(System.getenv()),
                args);
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            utf8Locale(builder.environment(), System.getProperty("sun.jnu.encoding", ""), java.io.File.separatorChar);
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // cannot start a JVM here: run in this one
        }
        Thread passOn = new Thread(
                () -> {
                    if (child.isAlive()) {
                        child.destroy(); // SIGTERM: its shutdown hooks run
                        try {
                            child.waitFor(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                },
                "journey-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(passOn);
        try {
            return Optional.of(exitCode(child.waitFor(), System.err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return Optional.of(ExitCode.TOOL_FAILURE);
        }
    }

    /**
     * Whether to run {@code args} in a second JVM: a command that does real work, no JVM option
     * from the user (the only arguments before the main class or jar are a class path and
     * {@code -D} properties) and no opt-out. {@code jvmArgs} is this JVM's command line after the program (empty when unknown).
     */
    static boolean shouldRelaunch(String[] args, Optional<List<String>> jvmArgs, Map<String, String> env) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return false;
        }
        if ("false".equalsIgnoreCase(env.getOrDefault("JOURNEY_RELAUNCH", ""))) {
            return false;
        }
        for (String name : USER_JVM_ENV) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return jvmArgs.isPresent() && properties(jvmArgs.get()).isPresent();
    }

    /**
     * The system properties ({@code -Dname=value}) given before the jar or main class, which the
     * second JVM gets too; empty when anything else but a class path came before it (a JVM option
     * of the user's) or the line is not understood.
     */
    static Optional<List<String>> properties(List<String> line) {
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            String arg = line.get(i);
            if (arg.equals("-jar")) {
                return Optional.of(properties);
            }
            if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                i++; // its value
            } else if (arg.startsWith("-D")) {
                properties.add(arg);
            } else if (!arg.startsWith("--class-path=")) {
                // the main class (only a class path and properties came before it), or a JVM option
                return arg.startsWith("-") ? Optional.empty() : Optional.of(properties);
            }
        }
        return Optional.empty();
    }

    /**
     * The first JVM's exit code for the second one's: the command's code, or 2 with a line on
     * {@code err} when the second JVM could not start or ended before the command did.
     */
    static int exitCode(int childCode, java.io.PrintStream err) {
        if (childCode >= CODE_OFFSET && childCode <= CODE_OFFSET + ExitCode.TOOL_FAILURE) {
            return childCode - CODE_OFFSET;
        }
        if (STOPPED.contains(childCode)) {
            // stopped as asked (Ctrl-C reaches both JVMs; a SIGTERM to the first is passed on):
            // the shell's code for it, and no word, as the command alone would have stopped
            return childCode;
        }
        err.println("journey: the second Java VM that runs this command failed (exit code " + childCode
                + "); set JOURNEY_RELAUNCH=false to run the command in the first one.");
        err.flush();
        return ExitCode.TOOL_FAILURE;
    }

    /** The exit code the second JVM ends with for the command's {@code code}. */
    static int childExitCode(int code) {
        return System.getProperty(RELAUNCHED) != null ? code + CODE_OFFSET : code;
    }

    /**
     * Gives the second JVM a UTF-8 locale when the first one runs in the C/POSIX locale, whose
     * encoding is ASCII (a CI container without {@code LANG}, or a {@code LANG} naming a locale the
     * machine lacks): there Java reads every non-ASCII file name as {@code ?} ({@code häiriöt/}
     * became {@code h??iri??t/} in findings, reports and the site) and prints every non-ASCII
     * character of a finding as {@code ?}; neither can be changed once a JVM runs. The second JVM
     * runs in {@code LC_ALL=C.UTF-8}: not only the character type (as Python's PEP 538 does), since
     * with {@code LANG=en_US.UTF-8} on a machine without that locale (many container images) the C
     * library takes none of the categories, {@code LC_CTYPE} included, and stays in ASCII; the
     * tool's output does not depend on the other categories. If the machine has no {@code C.UTF-8},
     * the second JVM runs as the first would have. A locale with an encoding of its own
     * (ISO-8859-15, say) is kept. Changes {@code env} in place.
     */
    static void utf8Locale(Map<String, String> env, String fileNameEncoding, char separator) {
        boolean ascii = fileNameEncoding.equalsIgnoreCase("ANSI_X3.4-1968")
                || fileNameEncoding.equalsIgnoreCase("US-ASCII")
                || fileNameEncoding.equalsIgnoreCase("ASCII");
        if (separator != '/' || !ascii) {
            return;
        }
        env.put("LC_ALL", UTF8_LOCALE);
    }

    private static final String UTF8_LOCALE = "C.UTF-8";

    /** The options in {@code JOURNEY_JVM_OPTIONS}, if any. */
    static List<String> extraOptions(Map<String, String> env) {
        String value = env.getOrDefault(JVM_OPTIONS_ENV, "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    /** The second JVM's command line. */
    static List<String> command(
            String java, List<String> properties, String classPath, List<String> extraOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions(args));
        command.addAll(extraOptions);
        command.addAll(properties);
        command.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classPath);
        command.add(JourneyCommand.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * In the second JVM: ends it at once when the first JVM is gone, as a SIGKILL to the first
     * would have ended a build that ran in it. It asks every 100 ms (a thread blocked reading a
     * pipe instead would hold up the JVM's exit by 0.3 s).
     */
    private static void watchParent() {
        long parentPid = Long.getLong(RELAUNCHED, -1);
        Optional<ProcessHandle> parent = parentPid > 0 ? ProcessHandle.of(parentPid) : Optional.empty();
        if (parent.isEmpty()) {
            return;
        }
        Thread watch = new Thread(
                () -> {
                    while (parent.get().isAlive()) {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(ExitCode.TOOL_FAILURE);
                },
                "journey-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
