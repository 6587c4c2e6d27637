package io.journeyascode.load;

import io.journeyascode.api.ToolException;
import io.journeyascode.model.RuleIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a file as text before any parser sees it: the size first (SnakeYAML checks its limit
 * late and slowly), then strict UTF-8, then control characters. Each problem is a finding at
 * its position and the file is not parsed.
 */
final class SourceText {

    static final int MAX_BYTES = 1024 * 1024;

    /** At most this many lines with invisible characters are reported a file, then one summary. */
    static final int MAX_INVISIBLE_LINES = 20;

    private SourceText() {}

    /**
     * The file's text without a leading byte order mark, or empty after a finding. Text that
     * is not UTF-8 or holds control characters is a finding of {@code rule} (yaml-syntax: such a
     * file is no YAML stream or CSV table), as is a file over the size limit.
     *
     * @throws ToolException when the file cannot be read at all
     */
    static Optional<String> read(Path path, Problems problems, String rule) {
        return bytes(path, problems).flatMap(bytes -> text(bytes, problems, rule));
    }

    /**
     * The file's bytes, or empty after a finding when it is over the size limit.
     *
     * @throws ToolException when the file cannot be read at all
     */
    static Optional<byte[]> bytes(Path path, Problems problems) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                tooLarge(problems);
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new ToolException("Cannot read " + path + ": " + ToolException.reason(e) + ".", e);
        }
        if (bytes.length > MAX_BYTES) {
            tooLarge(problems);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * The text of bytes read by {@link #bytes}, or empty after a finding (see {@link #read}). A
     * line or paragraph separator (U+2028, U+2029) is read as a space: YAML would take it for a
     * line break that no editor shows, and every position after it would be a line off.
     */
    static Optional<String> text(byte[] bytes, Problems problems, String rule) {
        return decode(bytes, problems, rule)
                .filter(text -> controlCharacters(text, problems, rule))
                .map(text -> text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
                        ? text
                        : text.replace('\u2028', ' ').replace('\u2029', ' '));
    }

    private static Optional<String> tooLarge(Problems problems) {
        problems.add(
                RuleIds.YAML_SYNTAX,
                problems.fileStart(),
                problems.file().endsWith(".csv")
                        // a year of daily survey exports is more than 1 MiB, and every file of the folder is read
                        ? "the file is larger than 1 MiB; split its rows into several files in the same folder"
                                + " (one a month, say), each with the header line"
                        : "the file is larger than 1 MiB; split it (one journey a file) or shorten its texts");
        return Optional.empty();
    }

    static Optional<String> decode(byte[] bytes, Problems problems, String rule) {
        // Fast path: the JDK's own decoding replaces every malformed sequence by U+FFFD, so text
        // without U+FFFD was valid UTF-8. Otherwise the strict decoder below finds the position.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(fast.startsWith("\uFEFF") ? fast.substring(1) : fast);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int[] position = bytePosition(bytes, offset);
            problems.add(
                    rule,
                    problems.at(position[0], position[1]),
                    String.format(
                            Locale.ROOT,
                            "the file is not valid UTF-8: byte 0x%02X cannot be read%s; save the file as UTF-8%s",
                            bytes[offset] & 0xFF,
                            legacy(bytes[offset] & 0xFF),
                            problems.file().endsWith(".csv") ? " (in Excel: Save As, CSV UTF-8)" : ""));
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * What a byte that is no UTF-8 stands for in Windows-1252, the encoding Excel and older editors
     * save in, when it is a letter a Finnish or Swedish text has ({@code 0xE4} is ä): says why
     * the file is not UTF-8.
     */
    private static String legacy(int b) {
        String letters = "äöåÄÖÅéü";
        for (char c : letters.toCharArray()) {
            byte[] encoded = String.valueOf(c).getBytes(java.nio.charset.Charset.forName("windows-1252"));
            if ((encoded[0] & 0xFF) == b) {
                return " (it is `" + c + "` in the Windows-1252 encoding the file was saved in)";
            }
        }
        return "";
    }

    /**
     * Control characters are errors. Invisible and bidirectional formatting characters (Trojan
     * Source, CVE-2021-42574) are valid text but can make a reviewer read something else than
     * what is stored: each line's first one is a {@code schema} warning at its position.
     */
    private static boolean controlCharacters(String text, Problems problems, String rule) {
        if (!mayHoldSuspects(text)) {
            return true;
        }
        int line = 1;
        int column = 1;
        int invisibleLine = 0;
        int invisibleLines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
                continue;
            }
            if (isInvisible(c) && invisibleLine != line) {
                invisibleLine = line;
                invisibleLines++;
                if (invisibleLines <= MAX_INVISIBLE_LINES) {
                    problems.warning(RuleIds.SCHEMA, problems.at(line, column), invisibleMessage(c));
                } else if (invisibleLines == MAX_INVISIBLE_LINES + 1) {
                    problems.warning(
                            RuleIds.SCHEMA,
                            problems.at(line, column),
                            "more lines hold invisible or bidirectional characters (not listed one by one);"
                                    + " remove them all");
                }
            }
            if (isForbidden(c)) {
                problems.add(
                        rule,
                        problems.at(line, column),
                        String.format(
                                Locale.ROOT,
                                "the file contains the control character U+%04X; remove it (only tab and line"
                                        + " breaks are allowed)",
                                (int) c));
                return false;
            }
            if (!Character.isLowSurrogate(c) && c != '\r') {
                column++;
            }
        }
        return true;
    }

    /** Bidirectional overrides, embeddings and isolates, marks, and zero-width characters. */
    /**
     * False when {@code text} surely holds no control, invisible or bidirectional character: one
     * cheap pass without line counting, for the usual file.
     */
    private static boolean mayHoldSuspects(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\n' && c != '\t' && c != '\r') {
                    return true;
                }
            } else if (c >= 0x7F && (c <= 0x9F || c == '\u061C' || (c >= '\u200B' && c <= '\u2069') || c >= '\uFEFF')) {
                return true;
            }
        }
        return false;
    }

    static boolean isInvisible(char c) {
        return (c >= '\u202A' && c <= '\u202E')
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u2066' && c <= '\u2069')
                || (c >= '\u200B' && c <= '\u200F')
                || c == '\u2060'
                || c == '\u061C'
                || c == '\uFEFF';
    }

    private static String invisibleMessage(char c) {
        if (c == '\u2028' || c == '\u2029') {
            return String.format(
                    Locale.ROOT,
                    "the text contains U+%04X (%s), which YAML would read as a line break that editors do"
                            + " not show; it is read as a space; remove it, or break the line",
                    (int) c,
                    Character.getName(c));
        }
        boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
        String what = bidi ? "a bidirectional control character" : "an invisible character";
        String effect = bidi ? "can make text read in another order than it is stored" : "can disguise text";
        return String.format(
                Locale.ROOT,
                "the text contains %s U+%04X (%s) that %s in review; remove it",
                what,
                (int) c,
                Character.getName(c),
                effect);
    }

    static boolean isForbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /** 1-based line and column (in characters) of a byte offset in UTF-8 bytes. */
    private static int[] bytePosition(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        for (int i = bom ? 3 : 0; i < offset; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
