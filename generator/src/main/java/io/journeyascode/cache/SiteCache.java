package io.journeyascode.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The build cache of a site (SPEC §10): for every file the last build wrote into the output
 * folder, the content key of its inputs and the size, modification time and CRC-32C of its
 * bytes. The rendered bytes themselves stay in the site: a file whose key is unchanged and whose
 * size and time still match is neither rendered nor written again.
 *
 * <p>The cache is one manifest file in a folder next to the output folder ({@code OUT.cache} for
 * {@code OUT}), which the user may delete at any time: the next build is then a full one. The
 * manifest starts with the format and the global key (generator version, templates, site files,
 * options); it ends with the CRC-32C of everything before it. A manifest that is missing,
 * truncated, altered, of another format or of another global key is ignored, never trusted.
 */
public final class SiteCache {

    static final String FORMAT = "journey-site-cache 2";
    static final String FILE = "manifest.tsv";

    /** What the cache knows about one output file. */
    public record Entry(String key, long size, long modified, int crc) {}

    private final Path folder;
    private final String globalKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new LinkedHashMap<>();

    private SiteCache(Path folder, String globalKey, Map<String, Entry> previous) {
        this.folder = folder;
        this.globalKey = globalKey;
        this.previous = previous;
    }

    /** The cache folder of an output folder: a sibling named after it, {@code OUT.cache}. */
    public static Path folderFor(Path outputDir) {
        Path abs = outputDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".cache");
    }

    /** True when a build left its manifest beside {@code outputDir} (in {@link #folderFor}). */
    public static boolean hasManifest(Path outputDir) {
        return Files.isRegularFile(folderFor(outputDir).resolve(FILE));
    }

    /**
     * Opens the cache in {@code folder} for a build with {@code globalKey}; an unusable manifest
     * gives an empty cache and a line to {@code log} that says why.
     */
    public static SiteCache open(Path folder, String globalKey, Consumer<String> log) {
        return new SiteCache(folder, globalKey, read(folder.resolve(FILE), globalKey, log));
    }

    /**
     * The cache that {@code recorded} describes: what a process that builds again kept of the
     * manifest it wrote last (see {@link #recorded()}), instead of reading it back.
     */
    public static SiteCache of(Path folder, String globalKey, Map<String, Entry> recorded) {
        return new SiteCache(folder, globalKey, recorded);
    }

    /** The files of this build recorded so far, as a manifest of them would give them (a read-only view). */
    public Map<String, Entry> recorded() {
        return Collections.unmodifiableMap(next);
    }

    /** A cache that knows nothing (a build without a cache). */
    public static SiteCache empty(Path folder, String globalKey) {
        return new SiteCache(folder, globalKey, Map.of());
    }

    public boolean isEmpty() {
        return previous.isEmpty();
    }

    public int size() {
        return previous.size();
    }

    /** What the last build recorded for {@code path}, if anything. */
    public Optional<Entry> entry(String path) {
        return Optional.ofNullable(previous.get(path));
    }

    /** Records a file of this build, for the next one. */
    public synchronized void record(String path, Entry entry) {
        if (path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            next.put(path, entry);
        }
    }

    /**
     * Deletes the manifest: done before the output folder starts to change, so that a build
     * stopped half-way leaves no manifest that describes files it did not write.
     */
    public void invalidate() throws IOException {
        Files.deleteIfExists(folder.resolve(FILE));
    }

    /** Writes the manifest of this build (through a temporary file and a rename). */
    public void commit() throws IOException {
        Files.createDirectories(folder);
        StringBuilder text = new StringBuilder(64 + next.size() * 120);
        text.append(FORMAT).append('\n');
        text.append("global\t").append(globalKey).append('\n');
        next.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> text.append(e.getKey())
                .append('\t')
                .append(e.getValue().key())
                .append('\t')
                .append(e.getValue().size())
                .append('\t')
                .append(e.getValue().modified())
                .append('\t')
                .append(Integer.toHexString(e.getValue().crc()))
                .append('\n'));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("end\t" + checksum(body, body.length) + "\n").getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(FILE), concat(body, end));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Map<String, Entry> read(Path file, String globalKey, Consumer<String> log) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            log.accept("Ignoring the build cache " + file + ": " + e.getMessage() + "; building everything.");
            return Map.of();
        }
        Optional<Map<String, Entry>> entries = parse(bytes, globalKey);
        if (entries.isEmpty()) {
            log.accept("Ignoring the build cache " + file + ": it is damaged or from another generator version,"
                    + " templates or options; building everything.");
            return Map.of();
        }
        return entries.get();
    }

    /** The entries of a manifest, or empty when it is not a whole manifest for {@code globalKey}. */
    static Optional<Map<String, Entry>> parse(byte[] bytes, String globalKey) {
        int endLine = lastLineStart(bytes);
        if (endLine < 0) {
            return Optional.empty();
        }
        String end = new String(bytes, endLine, bytes.length - endLine, StandardCharsets.UTF_8);
        if (!end.equals("end\t" + checksum(bytes, endLine) + "\n")) {
            return Optional.empty();
        }
        String[] lines = new String(bytes, 0, endLine, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(FORMAT) || !lines[1].equals("global\t" + globalKey)) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            for (int i = 2; i < lines.length - 1; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length != 5) {
                    return Optional.empty();
                }
                entries.put(f[0], new Entry(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), (int)
                        Long.parseLong(f[4], 16)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(entries);
    }

    /** Where the last line (the checksum) starts, or -1 when the text does not end with a line. */
    private static int lastLineStart(byte[] bytes) {
        if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
            return -1;
        }
        for (int i = bytes.length - 2; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The CRC-32C of the manifest's text before its last line. It only has to find damage (a
     * truncated or altered file); the entries' keys are SHA-256. The tuned second JVM hashes
     * SHA-256 at about 100 MB/s, and the manifest of a 1,000-journey site is 4 MB.
     */
    private static String checksum(byte[] bytes, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, length);
        return hex((int) crc.getValue());
    }

    static String hex(int crc) {
        return HexFormat.of().toHexDigits(crc);
    }
}
