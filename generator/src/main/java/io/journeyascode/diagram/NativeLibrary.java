package io.journeyascode.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * J2V8's native library, loaded by us before J2V8 looks for it. The library J2V8 4.6 ships asks
 * for an executable stack (its {@code PT_GNU_STACK} program header has the execute flag): loading
 * it made the JVM print a warning about a "disabled stack guard" on every build with {@code
 * --engine js}, and made every thread stack of the process executable. V8 runs its generated code
 * from memory it maps itself, not from the stack, so we unpack the library with that flag cleared
 * (as {@code execstack -c} does) and load it; J2V8 then finds it loaded in this class loader.
 */
final class NativeLibrary {

    /** The library of J2V8 for this machine, as J2V8 names it (only Linux on x86-64 is bundled). */
    static final String J2V8 = "libj2v8_linux_x86_64.so";

    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;

    private NativeLibrary() {}

    /**
     * Unpacks J2V8's library into {@code dir} without the executable-stack flag and loads it;
     * nothing when this JVM has no such library on its class path (another platform: J2V8 then
     * fails with its own message).
     */
    static void preloadJ2v8(Path dir) throws IOException {
        if (!System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("linux")) {
            return;
        }
        Optional<byte[]> library = resource(J2V8);
        if (library.isEmpty()) {
            return;
        }
        Path target = dir.resolve(J2V8);
        Path temporary = Files.createTempFile(dir, ".j2v8-", ".so");
        try {
            Files.write(temporary, withoutExecutableStack(library.get()));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        System.load(target.toString());
    }

    static Optional<byte[]> resource(String name) throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream("/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /**
     * A copy of a 64-bit little-endian ELF file whose {@code PT_GNU_STACK} header lacks the
     * execute flag; any other input (or one without such a header) is returned as it is.
     */
    static byte[] withoutExecutableStack(byte[] elf) {
        if (elf.length < 64
                || elf[0] != 0x7f
                || elf[1] != 'E'
                || elf[2] != 'L'
                || elf[3] != 'F'
                || elf[4] != 2 // ELFCLASS64
                || elf[5] != 1) { // little-endian
            return elf;
        }
        ByteBuffer buffer = ByteBuffer.wrap(elf.clone()).order(ByteOrder.LITTLE_ENDIAN);
        long headers = buffer.getLong(0x20);
        int size = Short.toUnsignedInt(buffer.getShort(0x36));
        int count = Short.toUnsignedInt(buffer.getShort(0x38));
        if (headers <= 0 || size < 8 || headers + (long) size * count > elf.length) {
            return elf;
        }
        for (int i = 0; i < count; i++) {
            int at = (int) headers + i * size;
            if (buffer.getInt(at) == PT_GNU_STACK) {
                int flags = buffer.getInt(at + 4);
                if ((flags & PF_X) == 0) {
                    return elf;
                }
                buffer.putInt(at + 4, flags & ~PF_X);
                return buffer.array();
            }
        }
        return elf;
    }
}
