package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliFailureTest {

    @TempDir
    Path tmp;

    private static void assertOneLineFailure(CliRun run, String expectedFragment) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("journey: ").contains(expectedFragment).doesNotContain("\tat ");
    }

    @Test
    void outputThatCannotBeWrittenIsOneLineAndExitTwoNotALossWithExitZero() throws Exception {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.PrintStream out = new java.io.PrintStream(full, true);
        out.println("{\"findings\": []}");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = JourneyCommand.outputWritten(0, out, new java.io.PrintStream(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("journey: cannot write");
        // written, the command's own code stands
        assertThat(JourneyCommand.outputWritten(
                        1, new java.io.PrintStream(new java.io.ByteArrayOutputStream()), System.err))
                .isEqualTo(1);

        // the whole command, into a device that is always full
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "this machine has no /dev/full");
        Process process = new ProcessBuilder(ClassPathJar.javaCommand(tmp, List.of(), "schema"))
                .redirectOutput(devFull.toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("err.txt"))).startsWith("journey: cannot write to the standard output");
    }

    @Test
    void missingFolderIsOneLineOnStderrAndExitTwo() {
        CliRun run = CliRun.of("validate", tmp.resolve("nowhere").toString());
        assertOneLineFailure(run, "nowhere");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderNameWithALineBreakStaysOnTheOneLineOfTheFailure() {
        CliRun run = CliRun.of("validate", tmp.resolve("no\nwhere").toString());
        assertOneLineFailure(run, "no\\nwhere");
        CliRun bad = CliRun.of("validate", tmp.toString(), "--format", "x\n::error::y");
        assertOneLineFailure(bad, "x\\n::error::y");
    }

    @Test
    void aFileInsteadOfAFolderIsRefusedNamingTheFolderToGive() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Path file = Files.writeString(journeys.resolve("journey.yaml"), "title: x\n");
        String told = "journey: The journeys folder " + file + " is a file, not a folder; give the folder that holds"
                + " it instead, " + journeys + " (the rules check the journeys against each other, so they read all"
                + " of them).\n";

        for (CliRun run : List.of(
                CliRun.of("validate", file.toString()),
                CliRun.of("build", file.toString(), "--out", tmp.resolve("out").toString()),
                CliRun.of("diff", journeys.toString(), file.toString()))) {
            assertOneLineFailure(run, "journey.yaml");
            assertThat(run.err()).isEqualTo(told);
        }
        CliRun base = CliRun.of("diff", file.toString(), journeys.toString());
        assertOneLineFailure(
                base,
                "The base folder " + file + " is a file, not a folder; give the folder that holds" + " it instead, "
                        + journeys + " (");
    }

    @Test
    void unknownFormatIsABadArgument() {
        assertOneLineFailure(CliRun.of("validate", tmp.toString(), "--format", "xml"), "unknown format `xml`");
    }

    @Test
    void badFailOnIsABadArgument() {
        assertOneLineFailure(CliRun.of("validate", tmp.toString(), "--fail-on", "fatal"), "--fail-on");
    }

    @Test
    void severalFormatsNeedAReportFolder() {
        assertOneLineFailure(CliRun.of("validate", tmp.toString(), "--format", "json,sarif"), "--report-dir");
    }

    @Test
    void unknownOptionIsABadArgument() {
        assertOneLineFailure(CliRun.of("validate", tmp.toString(), "--colour"), "--colour");
    }

    @Test
    void missingCommandIsABadArgument() {
        assertOneLineFailure(CliRun.of(), "a command is required");
    }

    @Test
    void unwritableOutputIsAToolFailure() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("a.yaml"), "title: A\n");
        // a missing folder is created (as --report-dir's is); a file where it should be cannot be
        Path output = Files.writeString(tmp.resolve("not-a-folder"), "").resolve("findings.json");
        assertOneLineFailure(
                CliRun.of("validate", journeys.toString(), "--format", "json", "--output", output.toString()),
                "cannot create the folder of the report file");
    }

    @Test
    void anOutputUnderAFileSaysTheFileIsInTheWay() throws Exception {
        Path journeys = Files.createDirectories(tmp.resolve("journeys"));
        Files.writeString(journeys.resolve("a.yaml"), "title: A\n");
        Path file = Files.writeString(tmp.resolve("afile"), "");
        assertOneLineFailure(
                CliRun.of(
                        "build",
                        journeys.toString(),
                        "--fail-on",
                        "never",
                        "--out",
                        file.resolve("site").toString()),
                "Cannot create " + file + ": a file of that name is in the way.");
    }

    @Test
    void aWatchWhoseFirstBuildCannotRunEndsAsABuildWould() {
        CliRun run = CliRun.of(
                "build",
                tmp.resolve("nowhere").toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--watch");
        assertOneLineFailure(run, "nowhere");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void buildRequiresOut() {
        assertOneLineFailure(CliRun.of("build", tmp.toString()), "--out");
    }

    @Test
    void badEngineIsABadArgument() {
        assertOneLineFailure(
                CliRun.of("build", tmp.toString(), "--out", tmp.resolve("o").toString(), "--engine", "neato"),
                "--engine must be auto, dot or js");
    }

    @Test
    void badTodayIsABadArgument() {
        assertOneLineFailure(CliRun.of("validate", tmp.toString(), "--today", "tomorrow"), "--today");
    }

    @Test
    void versionNamesTheTool() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("journey ");
    }
}
