package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    private static final Optional<List<String>> PLAIN_JAR = Optional.of(List.of("-jar", "journey-cli.jar", "build"));

    @TempDir
    Path tmp;

    @Test
    void relaunchesTheWorkingCommandsOfAPlainJavaDashJar() {
        for (String command : List.of("validate", "build", "diff")) {
            assertThat(Launcher.shouldRelaunch(new String[] {command, "journeys"}, PLAIN_JAR, Map.of()))
                    .as(command)
                    .isTrue();
        }
        Optional<List<String>> classPath =
                Optional.of(List.of("-cp", "a.jar:b.jar", "io.journeyascode.cli.JourneyCommand", "validate"));
        assertThat(Launcher.shouldRelaunch(new String[] {"validate", "j"}, classPath, Map.of()))
                .isTrue();
        Optional<List<String>> withProperty = Optional.of(List.of("-Djourney.timings=true", "-jar", "cli.jar"));
        assertThat(Launcher.shouldRelaunch(new String[] {"build", "j"}, withProperty, Map.of()))
                .isTrue();
        assertThat(Launcher.properties(withProperty.get())).contains(List.of("-Djourney.timings=true"));
    }

    @Test
    void leavesHelpVersionAndSchemaInThisJvm() {
        for (String[] args : List.of(
                new String[] {}, new String[] {"--help"}, new String[] {"--version"}, new String[] {"schema"})) {
            assertThat(Launcher.shouldRelaunch(args, PLAIN_JAR, Map.of()))
                    .as(String.join(" ", args))
                    .isFalse();
        }
    }

    @Test
    void respectsTheJvmOptionsAUserGave() {
        String[] build = {"build", "journeys", "--out", "site"};
        assertThat(Launcher.shouldRelaunch(build, Optional.of(List.of("-Xmx2g", "-jar", "cli.jar")), Map.of()))
                .isFalse();
        assertThat(Launcher.shouldRelaunch(
                        build, Optional.of(List.of("-cp", "cli.jar", "-XX:+UseG1GC", "Main")), Map.of()))
                .isFalse();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(Launcher.shouldRelaunch(build, PLAIN_JAR, Map.of(variable, "-Xmx1g")))
                    .as(variable)
                    .isFalse();
        }
        assertThat(Launcher.shouldRelaunch(build, PLAIN_JAR, Map.of("JOURNEY_RELAUNCH", "false")))
                .isFalse();
        assertThat(Launcher.shouldRelaunch(build, Optional.empty(), Map.of())).isFalse();
    }

    @Test
    void theSecondJvmRunsTheSameCommandWithTheBatchOptionsAndTheFirstOnesPid() {
        List<String> command = Launcher.command(
                "/jdk/bin/java", List.of("-Da=b"), "cli.jar", List.of(), new String[] {"validate", "j k"});
        assertThat(command)
                .startsWith("/jdk/bin/java")
                .endsWith("-cp", "cli.jar", JourneyCommand.class.getName(), "validate", "j k");
        assertThat(command)
                .containsAll(Launcher.jvmOptions(new String[] {"validate"}))
                .contains("-Da=b");
        assertThat(Launcher.jvmOptions(new String[] {"validate"}))
                .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(Launcher.jvmOptions(new String[] {"build"}))
                .contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
        assertThat(Launcher.jvmOptions(new String[] {"diff"})).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(Launcher.jvmOptions(new String[] {"build", "journeys", "--out", "site", "--watch"}))
                .contains("-XX:+UseParallelGC")
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(command)
                .contains("-D" + Launcher.RELAUNCHED + "="
                        + ProcessHandle.current().pid());
    }

    @Test
    void journeyJvmOptionsGoToTheSecondJvmAfterTheBatchOptions() {
        List<String> extra = Launcher.extraOptions(Map.of(Launcher.JVM_OPTIONS_ENV, "  -Xmx4g \t-Xss2m "));
        assertThat(extra).containsExactly("-Xmx4g", "-Xss2m");
        assertThat(Launcher.extraOptions(Map.of(Launcher.JVM_OPTIONS_ENV, " "))).isEmpty();
        assertThat(Launcher.extraOptions(Map.of())).isEmpty();
        List<String> command = Launcher.command("java", List.of(), "cli.jar", extra, new String[] {"build"});
        assertThat(command.indexOf("-Xmx4g"))
                .isGreaterThan(command.indexOf(
                        Launcher.jvmOptions(new String[] {"build"}).get(0)));
    }

    @Test
    void theSecondJvmsCodesMapBackAndAnythingElseIsAToolFailure() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertThat(Launcher.exitCode(Launcher.CODE_OFFSET, err)).isZero();
        assertThat(Launcher.exitCode(Launcher.CODE_OFFSET + 1, err)).isEqualTo(1);
        assertThat(Launcher.exitCode(Launcher.CODE_OFFSET + 2, err)).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
        // 1: the java launcher could not create the VM; 137: killed (the kernel's OOM killer)
        for (int code : List.of(1, 137)) {
            bytes.reset();
            assertThat(Launcher.exitCode(code, err)).isEqualTo(2);
            assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                    .singleElement()
                    .asString()
                    .startsWith("journey: ")
                    .contains("exit code " + code, "JOURNEY_RELAUNCH=false");
        }
    }

    @Test
    void aSecondJvmStoppedByCtrlCOrSigtermEndsTheFirstWithItsCodeAndNoWord() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream err = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertThat(Launcher.exitCode(130, err)).isEqualTo(130);
        assertThat(Launcher.exitCode(143, err)).isEqualTo(143);
        assertThat(Launcher.exitCode(129, err)).isEqualTo(129);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** As an IDE's stop button or a terminal's Ctrl-C stops {@code build --watch}. */
    @Test
    void aWatchStoppedWithSigtermEndsQuietly() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("ok.yaml"), "id: ok\ntitle: OK\nstages: []\n");
        List<String> command = ClassPathJar.javaCommand(
                tmp,
                List.of(),
                "build",
                journeys.toString(),
                "--out",
                tmp.resolve("site").toString(),
                "--fail-on",
                "never",
                "--watch");
        Path out = tmp.resolve("watch-out.txt");
        Path err = tmp.resolve("watch-err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment()
                .keySet()
                .removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "JOURNEY_RELAUNCH"));
        Process first = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8))
                            .contains("Watching")
                    && first.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            // Ctrl-C reaches both JVMs, and the second may end first: SIGTERM to the second alone
            // (the first then ends without a signal of its own, so nothing can cut its words short)
            ProcessHandle second = first.children().findFirst().orElseThrow();
            assertThat(second.destroy()).isTrue();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        assertThat(Files.readString(err, StandardCharsets.UTF_8))
                .contains("Watching")
                .doesNotContain("journey:");
        assertThat(first.exitValue()).isEqualTo(143);
    }

    @Test
    void aSecondJvmThatCannotStartIsAToolFailureNotFindings() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("ok.yaml"), "id: ok\ntitle: OK\nstages: []\n");
        // A heap too small for the VM to start: the java launcher exits with 1.
        Result result = java(Map.of(Launcher.JVM_OPTIONS_ENV, "-Xmx1k"), "validate", journeys.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList())
                .last()
                .asString()
                .startsWith("journey: the second Java VM")
                .contains("exit code 1");
    }

    /** The whole way through a real second JVM: output and exit codes are the command's. */
    @Test
    void aRelaunchedCommandPrintsAndExitsAsTheCommandItself() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("broken.yaml"), "id: broken\ntitle: Broken\nstages: 7\n");
        Result findings = java("validate", journeys.toString());
        CliRun inProcess = CliRun.of("validate", journeys.toString());
        assertThat(findings.exitCode()).isEqualTo(1).isEqualTo(inProcess.exitCode());
        assertThat(findings.out()).isEqualTo(inProcess.out()).contains("broken.yaml:");

        // It really ran in the second JVM, with the batch options.
        Result flags =
                java(Map.of(Launcher.JVM_OPTIONS_ENV, "-XX:+PrintCommandLineFlags"), "validate", journeys.toString());
        assertThat(flags.out())
                .contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
                .endsWith(inProcess.out());
        assertThat(flags.exitCode()).isEqualTo(1);

        Result failure = java("validate", tmp.resolve("nowhere").toString());
        assertThat(failure.exitCode()).isEqualTo(2);
        assertThat(failure.err().lines()).hasSize(1);
        assertThat(failure.err()).startsWith("journey: ").contains("nowhere");
    }

    @Test
    void aSecondJvmOfTheCLocaleGetsTheUtf8CLocale() {
        // a LANG the machine lacks left the first JVM in ASCII: LC_CTYPE alone would not do (the C
        // library then takes none of the categories)
        Map<String, String> noLocale = new java.util.HashMap<>(Map.of("LANG", "fi_FI.UTF-8"));
        Launcher.utf8Locale(noLocale, "ANSI_X3.4-1968", '/');
        assertThat(noLocale).containsEntry("LC_ALL", "C.UTF-8").containsEntry("LANG", "fi_FI.UTF-8");

        Map<String, String> allC = new java.util.HashMap<>(Map.of("LC_ALL", "C", "LC_CTYPE", "C"));
        Launcher.utf8Locale(allC, "ANSI_X3.4-1968", '/');
        assertThat(allC).containsEntry("LC_ALL", "C.UTF-8");

        for (String encoding : List.of("UTF-8", "ISO-8859-15")) {
            Map<String, String> kept = new java.util.HashMap<>(Map.of("LANG", "fi_FI"));
            Launcher.utf8Locale(kept, encoding, '/');
            assertThat(kept).as(encoding).isEqualTo(Map.of("LANG", "fi_FI"));
        }
        Map<String, String> windows = new java.util.HashMap<>();
        Launcher.utf8Locale(windows, "US-ASCII", '\\');
        assertThat(windows).isEmpty();
    }

    /**
     * In the C locale (a CI container without {@code LANG}) a JVM reads non-ASCII file names and
     * prints non-ASCII text as {@code ?}: the second JVM does neither.
     */
    @Test
    void inTheCLocaleFileNamesAndFindingsKeepTheirLetters() throws Exception {
        Path journeys = nonAsciiFolder();
        assumeTrue(
                utf8LocaleExists(),
                "this machine has no C.UTF-8 locale: a JVM started in it still reads file names as ASCII");
        // the C locale, and a LANG of a locale no machine has (a container image's en_US.UTF-8 without it)
        Map<String, String> missing = cLocale();
        missing.put("LC_ALL", null);
        missing.put("LANG", "xx_XX.UTF-8");
        for (Map<String, String> env : List.of(cLocale(), missing)) {
            Result result = java(env, "validate", journeys.toString(), "--format", "json");

            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            assertThat(result.out())
                    .as(env.toString())
                    .contains("h\u00e4iri\u00f6t/katko.yaml")
                    .doesNotContain("?")
                    .doesNotContain("LC_ALL=C.UTF-8");
        }
    }

    /** A JVM of the user's own in the C locale cannot read the name: the finding says what to do. */
    @Test
    void inTheCLocaleWithoutTheSecondJvmAFindingNamesTheLocale() throws Exception {
        Path journeys = nonAsciiFolder();
        Map<String, String> cLocale = cLocale();
        cLocale.put("JOURNEY_RELAUNCH", "false");

        Result result = java(cLocale, "validate", journeys.toString(), "--format", "json");

        assertThat(result.out()).contains("LC_ALL=C.UTF-8").contains("ANSI_X3.4-1968");
    }

    /** {@code journeys/häiriöt/katko.yaml}, with an error, made so whatever this JVM's locale. */
    private Path nonAsciiFolder() throws IOException, InterruptedException {
        assumeTrue(
                java.io.File.separatorChar == '/' && Files.isExecutable(Path.of("/bin/sh")),
                "needs a Unix shell to make a folder with a non-ASCII name");
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        // The name's bytes in UTF-8, made by the shell: this JVM may run in the C locale itself.
        Process mkdir = new ProcessBuilder("/bin/sh", "-c", "mkdir \"$(printf 'h\\303\\244iri\\303\\266t')\"")
                .directory(journeys.toFile())
                .inheritIO()
                .start();
        assertThat(mkdir.waitFor()).isZero();
        Path folder;
        try (var listed = Files.list(journeys)) {
            folder = listed.findFirst().orElseThrow();
        }
        Files.write(
                folder.resolve("katko.yaml"),
                "id: katko\ntitle: Sähkökatko\nstages: 7\n".getBytes(StandardCharsets.UTF_8));
        return journeys;
    }

    /** The environment of the C locale: no LANG, LC_ALL=C. */
    private static Map<String, String> cLocale() {
        Map<String, String> env = new java.util.HashMap<>();
        for (String name : List.of("LANG", "LANGUAGE", "LC_CTYPE", "LC_MESSAGES")) {
            env.put(name, null);
        }
        env.put("LC_ALL", "C");
        return env;
    }

    /** Whether a JVM started with {@code LC_ALL=C.UTF-8} reads file names as UTF-8. */
    private static boolean utf8LocaleExists() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XshowSettings:properties",
                        "-version")
                .redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String settings = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return settings.contains("sun.jnu.encoding = UTF-8");
    }

    private record Result(int exitCode, String out, String err) {}

    private Result java(String... args) throws IOException, InterruptedException {
        return java(Map.of(), args);
    }

    private Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = ClassPathJar.javaCommand(tmp, List.of(), args);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment()
                .keySet()
                .removeAll(List.of(
                        "JAVA_TOOL_OPTIONS",
                        "JDK_JAVA_OPTIONS",
                        "_JAVA_OPTIONS",
                        "JOURNEY_RELAUNCH",
                        Launcher.JVM_OPTIONS_ENV));
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
