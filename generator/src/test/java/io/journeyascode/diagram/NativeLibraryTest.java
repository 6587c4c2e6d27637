package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.cli.ClassPathJar;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** J2V8's library is loaded without an executable stack, so the JVM has nothing to warn about. */
class NativeLibraryTest {

    @TempDir
    Path tmp;

    @Test
    void clearsTheExecuteFlagOfTheStackHeaderAndNothingElse() throws Exception {
        Optional<byte[]> library = NativeLibrary.resource(NativeLibrary.J2V8);
        assumeTrue(library.isPresent(), "J2V8's Linux x86-64 library is not on the class path");
        byte[] original = library.get();
        assertThat(stackFlags(original))
                .as("the library J2V8 ships asks for an executable stack")
                .isEqualTo(7);

        byte[] patched = NativeLibrary.withoutExecutableStack(original);

        assertThat(stackFlags(patched)).isEqualTo(6); // read and write
        int differing = 0;
        for (int i = 0; i < original.length; i++) {
            differing += original[i] == patched[i] ? 0 : 1;
        }
        assertThat(differing).isEqualTo(1);
        assertThat(NativeLibrary.withoutExecutableStack(patched)).isSameAs(patched);
    }

    @Test
    void leavesWhatIsNotA64BitElfFileAlone() {
        byte[] text = "not a library at all, but long enough to have an ELF header's size....."
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(NativeLibrary.withoutExecutableStack(text)).isSameAs(text);
        byte[] truncated = {0x7f, 'E', 'L', 'F', 2, 1};
        assertThat(NativeLibrary.withoutExecutableStack(truncated)).isSameAs(truncated);
    }

    @Test
    void aBuildWithTheJavaScriptEnginePrintsNoStackGuardWarning() throws Exception {
        assumeTrue(NativeLibrary.resource(NativeLibrary.J2V8).isPresent(), "J2V8's Linux library is absent");
        Path journeys = Path.of("..", "journeys").toAbsolutePath().normalize();
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path unpack = Files.createDirectories(tmp.resolve("tmpdir"));
        for (int run = 1; run <= 2; run++) { // unpacked afresh, then over the earlier copy
            List<String> command = ClassPathJar.javaCommand(
                    tmp,
                    List.of("-Djava.io.tmpdir=" + unpack),
                    "build",
                    journeys.toString(),
                    "--out",
                    tmp.resolve("site").toString(),
                    "--engine",
                    "js");
            Path err = tmp.resolve("err.txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectOutput(tmp.resolve("out.txt").toFile())
                    .redirectError(err.toFile());
            builder.environment().put("JOURNEY_RELAUNCH", "false");
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as(stderr + Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8))
                    .isZero();
            assertThat(stderr).doesNotContain("stack guard", "execstack");
            assertThat(tmp.resolve("site/journeys/grocery-order.svg")).exists();
        }
    }

    /** The flags of the PT_GNU_STACK program header of a 64-bit little-endian ELF file. */
    private static int stackFlags(byte[] elf) {
        ByteBuffer buffer = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long headers = buffer.getLong(0x20);
        int size = Short.toUnsignedInt(buffer.getShort(0x36));
        int count = Short.toUnsignedInt(buffer.getShort(0x38));
        for (int i = 0; i < count; i++) {
            int at = (int) headers + i * size;
            if (buffer.getInt(at) == 0x6474e551) {
                return buffer.getInt(at + 4);
            }
        }
        return -1;
    }
}
