package io.journeyascode.site;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a file of the {@code --site} or {@code --templates} folder, decoded strictly: a
 * file saved in another encoding (Latin-1, Windows-1252) is one line naming it and the line of
 * its first unreadable byte, not a page with U+FFFD in place of its letters.
 */
final class Utf8Text {

    private Utf8Text() {}

    /**
     * The text of {@code bytes} in {@code charset} (UTF-8 but where a template's {@code <#ftl
     * encoding=…>} says otherwise), or why it is not: "FILE is not UTF-8: byte 0xE4 on line 3
     * cannot be read; save the file as UTF-8."
     */
    static Decoded decode(byte[] bytes, Charset charset, Object file) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            return new Decoded(
                    "",
                    Optional.of(String.format(
                            Locale.ROOT,
                            "%s is not %s: byte 0x%02X on line %d cannot be read; save the file as %s.",
                            file,
                            name,
                            bytes[offset] & 0xFF,
                            line(bytes, offset),
                            name)));
        }
        out.flip();
        return new Decoded(out.toString(), Optional.empty());
    }

    /**
     * The text of {@code bytes} as UTF-8.
     *
     * @throws io.journeyascode.api.ToolException naming {@code file} when they are not UTF-8
     */
    static String utf8(byte[] bytes, Object file) {
        Decoded decoded = decode(bytes, StandardCharsets.UTF_8, file);
        if (decoded.problem().isPresent()) {
            throw new io.journeyascode.api.ToolException(decoded.problem().get());
        }
        return decoded.text();
    }

    /** The text, or (text empty) the line that says why there is none. */
    record Decoded(String text, Optional<String> problem) {}

    private static int line(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
