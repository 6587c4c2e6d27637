package io.journeyascode.load;

import io.journeyascode.api.Version;
import io.journeyascode.cache.AtomicFiles;
import io.journeyascode.cache.CodeFingerprint;
import io.journeyascode.cache.ContentKey;
import io.journeyascode.cache.RecordCodec;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Link;
import io.journeyascode.model.Located;
import io.journeyascode.model.Message;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * What loading made of each journey file in the last build (SPEC §10), so that a rebuild does not
 * parse unchanged files again. An entry's key is the SHA-256 of the file's bytes, its name, the
 * settings (playbook.yaml as read), the generator's version and its code: any change to one of
 * them misses, and the file is parsed as without a cache.
 *
 * <p>The cache is one file, {@code journeys.bin}, in the build cache folder ({@code OUT.cache}).
 * It starts with its format and generator version and ends with the CRC-32C of everything before
 * it. A file that is missing, truncated, altered, of another format or version, or that names a
 * class outside the model is ignored, never trusted: loading then parses every file.
 *
 * <p>It also records each file's size, modification and change times, inode and device as
 * they were when the file was read, with its key: a later build takes the key from there instead
 * of reading and hashing a file whose record is the same, as git, Gradle and Bazel do. A change
 * to the file's bytes changes its change time (which no program can set), and a file changed
 * less than {@link #RACY_MILLIS} before the build that recorded it began is read and hashed again
 * (timestamps can be coarse). A file system without these attributes (not Unix) hashes every file.
 */
public final class JourneyCache {

    static final String FILE = "journeys.bin";
    static final String FORMAT = "journey-load-cache 2";

    /** A file changed this close to (or after) the recording build's start is hashed again. */
    static final long RACY_MILLIS = 2_000;

    private static final String STAT_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";
    private static final int KEY_BYTES = 32;
    private static final int CHECKSUM_BYTES = 8;

    static final RecordCodec CODEC = new RecordCodec(
            List.of(
                    Journey.class,
                    Stage.class,
                    Touchpoint.class,
                    Metric.class,
                    Located.class,
                    Span.class,
                    Finding.class,
                    Finding.ReadAs.class,
                    Message.class,
                    Link.class,
                    Waiver.class,
                    Severity.class,
                    Interaction.class,
                    MetricType.class,
                    Moment.class,
                    Ownership.class,
                    Phase.class),
            Map.of(Journey.class, Set.of("touchpoints")));

    /** A part of the cache file read at the start of the build. */
    private record Slice(byte[] bytes, int offset, int length) {}

    /** A file's attributes as read just before its bytes were. */
    record FileStat(long size, long modifiedNanos, long changedNanos, long inode, long device) {}

    /** A file's attributes when it was read, and the key of its bytes then. */
    record Recorded(FileStat stat, String key) {}

    /** What the last build recorded: the settings key, when it began, and each file's record. */
    record Stats(String settingsKey, long startMillis, Map<String, Recorded> files) {
        static final Stats NONE = new Stats("", 0, Map.of());
    }

    /** The last build's entries and records, as read from the file. */
    record Contents(Map<String, Slice> entries, Stats stats) {}

    private final Path folder;
    private final Map<String, Slice> previous;
    private final Stats previousStats;
    private final long startMillis = System.currentTimeMillis();
    private final Map<String, Recorded> nextStats = new ConcurrentHashMap<>();
    private volatile String settingsKeyUsed = "";
    private final AtomicInteger unread = new AtomicInteger();
    private final Map<String, Slice> next = new ConcurrentHashMap<>();
    private final Map<String, String> fileKeys = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    /** Results decoded or parsed by the build before, in a process that builds again: see {@link #reopen()}. */
    private final Map<String, PlaybookLoader.FileResult> remembered;
    /** The results of this build, by key, for {@link #reopen()}. */
    private final Map<String, PlaybookLoader.FileResult> results = new ConcurrentHashMap<>();
    /**
     * Measurement files as read by the build before, in a process that builds again (they are
     * not in the cache file): by name, with the file's attributes when it was read.
     */
    private Map<String, KeptMeasurements> measurementsKept = Map.of();
    /** The measurement files of this build, for {@link #reopen()}. */
    private final Map<String, KeptMeasurements> measurementsRead = new ConcurrentHashMap<>();

    /** A measurements file's rows and findings, with its attributes and when it was read. */
    private record KeptMeasurements(FileStat stat, long readMillis, PlaybookLoader.MeasurementFile file) {}

    private final Consumer<String> log;

    private final long racyMillis;

    private JourneyCache(Path folder, Contents previous, Consumer<String> log, long racyMillis) {
        this(folder, previous, Map.of(), log, racyMillis);
    }

    private JourneyCache(
            Path folder,
            Contents previous,
            Map<String, PlaybookLoader.FileResult> remembered,
            Consumer<String> log,
            long racyMillis) {
        this.remembered = remembered;
        this.racyMillis = racyMillis;
        this.folder = folder;
        this.previous = previous.entries();
        this.previousStats = previous.stats();
        this.log = log;
    }

    /** No cache: every file is parsed and nothing is kept (validate, or a build without one). */
    public static JourneyCache none() {
        return new JourneyCache(null, new Contents(Map.of(), Stats.NONE), line -> {}, RACY_MILLIS);
    }

    /**
     * The cache in {@code folder}; an unusable cache file gives an empty cache and a line to
     * {@code log} that says why.
     */
    public static JourneyCache open(Path folder, Consumer<String> log) {
        return open(folder, log, RACY_MILLIS);
    }

    /** As {@link #open(Path, Consumer)}, trusting attributes of files changed up to {@code racyMillis} before. */
    static JourneyCache open(Path folder, Consumer<String> log, long racyMillis) {
        return new JourneyCache(folder, read(folder.resolve(FILE), log), log, racyMillis);
    }

    /**
     * The cache for the next build of a process that builds again and again ({@code journey build
     * --watch}): as this build will have written it, without reading the file back, and with the
     * results this build used still decoded, so that the next build neither reads nor decodes the
     * entries of unchanged files. Call it after this build's load.
     */
    public JourneyCache reopen() {
        Stats stats = new Stats(settingsKeyUsed, startMillis, Map.copyOf(nextStats));
        JourneyCache reopened =
                new JourneyCache(folder, new Contents(Map.copyOf(next), stats), Map.copyOf(results), log, racyMillis);
        reopened.measurementsKept = Map.copyOf(measurementsRead);
        return reopened;
    }

    /**
     * The measurements file {@code name} as the build before read it, when this process read it
     * and its attributes {@code stat} are as then, and it had not changed shortly before (as for
     * journey files). Empty otherwise.
     */
    Optional<PlaybookLoader.MeasurementFile> measurements(String name, Optional<FileStat> stat) {
        KeptMeasurements kept = measurementsKept.get(name);
        if (kept == null || !unchangedSince(kept.stat(), stat, kept.readMillis())) {
            return Optional.empty();
        }
        measurementsRead.put(name, kept);
        return Optional.of(kept.file());
    }

    /** Keeps a measurements file read in this build, with its attributes read before it, for the next build. */
    void measurements(String name, FileStat stat, PlaybookLoader.MeasurementFile file) {
        measurementsRead.put(name, new KeptMeasurements(stat, startMillis, file));
    }

    /** Files whose key came from their recorded attributes, without reading them, in this build. */
    public int unread() {
        return unread.get();
    }

    /** Counts a file whose result came from the cache without reading it. */
    void countUnread() {
        unread.incrementAndGet();
    }

    /** The file's attributes, or empty where the file system has none of these (or cannot say). */
    static Optional<FileStat> stat(Path path) {
        try {
            Map<String, Object> a = Files.readAttributes(path, STAT_ATTRIBUTES);
            return Optional.of(new FileStat(
                    (Long) a.get("size"),
                    nanos(a.get("lastModifiedTime")),
                    nanos(a.get("ctime")),
                    (Long) a.get("ino"),
                    (Long) a.get("dev")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long nanos(Object time) {
        java.nio.file.attribute.FileTime t = (java.nio.file.attribute.FileTime) time;
        return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * The key of the file {@code name} without reading it: the last build's, when the file's
     * attributes are as then, the settings are the same, and the file had not changed shortly
     * before that build began (see the class comment). Empty otherwise.
     */
    Optional<String> unchangedKey(String settingsKey, String name, Optional<FileStat> stat) {
        Recorded recorded = previousStats.files().get(name);
        if (recorded == null
                || !previousStats.settingsKey().equals(settingsKey)
                || !unchangedSince(recorded.stat(), stat, previousStats.startMillis())) {
            return Optional.empty();
        }
        fileKeys.put(name, recorded.key());
        nextStats.put(name, recorded);
        settingsKeyUsed = settingsKey;
        return Optional.of(recorded.key());
    }

    /**
     * Whether a file whose attributes were {@code then} when a build that began at {@code
     * readMillis} read it is unchanged now ({@code now}): the same attributes, and no change in
     * the {@link #racyMillis} before that build began, a time too coarse to tell two changes apart.
     */
    private boolean unchangedSince(FileStat then, Optional<FileStat> now, long readMillis) {
        if (now.isEmpty() || !then.equals(now.get())) {
            return false;
        }
        long racyFrom = (readMillis - racyMillis) * 1_000_000L;
        return now.get().modifiedNanos() < racyFrom && now.get().changedNanos() < racyFrom;
    }

    boolean enabled() {
        return folder != null;
    }

    /** Files whose result came from the cache in this build. */
    public int hits() {
        return hits.get();
    }

    /** Files parsed in this build although a cache was used. */
    public int misses() {
        return misses.get();
    }

    /** The part of every entry's key that does not depend on the file: settings and generator. */
    static String settingsKey(PlaybookConfig config) {
        ContentKey key = ContentKey.of(FORMAT).add(Version.get()).add(CodeFingerprint.get());
        // Component by component, maps in key order: Map.copyOf iterates differently each run.
        for (RecordComponent component : PlaybookConfig.class.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(config);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Map<?, ?> map) {
                value = new TreeMap<>(map);
            }
            key.add(component.getName()).add(String.valueOf(value));
        }
        return key.hex();
    }

    /**
     * The key of every journey file read in this build (its name in the journeys folder → the
     * key of its bytes, name, settings and generator): what the file's pages depend on, so the
     * site's build keys need not read and hash the files again.
     */
    public Map<String, String> fileKeys() {
        return Map.copyOf(fileKeys);
    }

    /**
     * The key of the file {@code name} with {@code bytes}, remembered for {@link #fileKeys()};
     * {@code stat}, its attributes read before its bytes, is recorded with it.
     */
    String keyOf(String settingsKey, String name, byte[] bytes, Optional<FileStat> stat) {
        String key = key(settingsKey, name, bytes);
        fileKeys.put(name, key);
        stat.ifPresent(s -> nextStats.put(name, new Recorded(s, key)));
        settingsKeyUsed = settingsKey;
        return key;
    }

    /** The key of one file's result. */
    static String key(String settingsKey, String name, byte[] bytes) {
        return ContentKey.of("journey file")
                .add(settingsKey)
                .add(name)
                .add(bytes)
                .hex();
    }

    /** The cached result for {@code key}, kept for the next build; empty when none can be read. */
    Optional<PlaybookLoader.FileResult> get(String key) {
        Slice slice = previous.get(key);
        if (slice == null) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        PlaybookLoader.FileResult known = remembered.get(key);
        Optional<PlaybookLoader.FileResult> result = known != null ? Optional.of(known) : decode(slice);
        if (result.isPresent()) {
            hits.incrementAndGet();
            next.put(key, slice);
            results.put(key, result.get());
        } else {
            misses.incrementAndGet();
        }
        return result;
    }

    /** Records a file's freshly read result for the next build. */
    void put(String key, PlaybookLoader.FileResult result) {
        byte[] bytes = encode(result);
        next.put(key, new Slice(bytes, 0, bytes.length));
        results.put(key, result);
    }

    static byte[] encode(PlaybookLoader.FileResult result) {
        return CODEC.encode(List.of(result.journey(), result.findings()));
    }

    @SuppressWarnings("unchecked")
    static Optional<PlaybookLoader.FileResult> decode(byte[] bytes, int offset, int length) {
        try {
            if (CODEC.decode(bytes, offset, length) instanceof List<?> parts
                    && parts.size() == 2
                    && parts.get(0) instanceof Optional<?> journey
                    && (journey.isEmpty() || journey.get() instanceof Journey)
                    && parts.get(1) instanceof List<?> findings
                    && findings.stream().allMatch(Finding.class::isInstance)) {
                return Optional.of(
                        new PlaybookLoader.FileResult((Optional<Journey>) journey, (List<Finding>) findings));
            }
        } catch (RecordCodec.Malformed | ClassCastException e) {
            // A damaged entry is a miss.
        }
        return Optional.empty();
    }

    private static Optional<PlaybookLoader.FileResult> decode(Slice slice) {
        return decode(slice.bytes(), slice.offset(), slice.length());
    }

    /**
     * Writes what this build loaded, for the next one (through a temporary file and a rename);
     * a failure is a line to the log, not an error: the next build then parses everything.
     */
    public void commitQuietly() {
        if (!enabled()) {
            return;
        }
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            log.accept("Could not write the journey cache " + folder.resolve(FILE) + ": " + e
                    + "; the next build parses every journey.");
        }
    }

    void commit() throws IOException {
        Files.createDirectories(folder);
        Map<String, byte[]> entries = new TreeMap<>();
        next.forEach((key, slice) ->
                entries.put(key, Arrays.copyOfRange(slice.bytes(), slice.offset(), slice.offset() + slice.length())));
        // Only records whose entry is kept: a file whose result was not kept is read again.
        Map<String, Recorded> records = new TreeMap<>();
        nextStats.forEach((name, recorded) -> {
            if (entries.containsKey(recorded.key())) {
                records.put(name, recorded);
            }
        });
        byte[] bytes = file(entries, new Stats(settingsKeyUsed, startMillis, records));
        AtomicFiles.write(folder.resolve(FILE), bytes);
    }

    /** A whole cache file of the given entries (key in hex → encoded result), in key order. */
    static byte[] file(Map<String, byte[]> entries) throws IOException {
        return file(entries, Stats.NONE);
    }

    /** A whole cache file of the given entries and file records. */
    static byte[] file(Map<String, byte[]> entries, Stats stats) throws IOException {
        Map<String, byte[]> sorted = new TreeMap<>(entries);
        byte[] header = header();
        byte[] records = records(stats);
        long size = header.length + 4L + CHECKSUM_BYTES + records.length;
        for (byte[] entry : sorted.values()) {
            size += KEY_BYTES + 4 + entry.length;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("the cache would be larger than 2 GiB");
        }
        ByteBuffer out = ByteBuffer.allocate((int) size);
        out.put(header);
        out.putInt(sorted.size());
        for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
            out.put(HexFormat.of().parseHex(e.getKey()));
            out.putInt(e.getValue().length);
            out.put(e.getValue());
        }
        out.put(records);
        int bodyLength = out.position();
        out.put(checksum(out.array(), bodyLength));
        return out.array();
    }

    /** The records section: settings key, start time, then each file's name, attributes and key. */
    private static byte[] records(Stats stats) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeUTF(stats.settingsKey());
        out.writeLong(stats.startMillis());
        Map<String, Recorded> files = new TreeMap<>(stats.files());
        out.writeInt(files.size());
        for (Map.Entry<String, Recorded> e : files.entrySet()) {
            FileStat s = e.getValue().stat();
            out.writeUTF(e.getKey());
            out.writeLong(s.size());
            out.writeLong(s.modifiedNanos());
            out.writeLong(s.changedNanos());
            out.writeLong(s.inode());
            out.writeLong(s.device());
            out.write(HexFormat.of().parseHex(e.getValue().key()));
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Reads the records section; empty when it is not well formed. */
    private static Optional<Stats> records(ByteBuffer in) {
        try {
            java.io.DataInputStream data = new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(in.array(), in.position(), in.remaining()));
            String settingsKey = data.readUTF();
            long start = data.readLong();
            int count = data.readInt();
            if (count < 0 || count > in.remaining() / (KEY_BYTES + 40)) {
                return Optional.empty();
            }
            Map<String, Recorded> files = new HashMap<>(count * 4 / 3 + 1);
            byte[] key = new byte[KEY_BYTES];
            for (int i = 0; i < count; i++) {
                String name = data.readUTF();
                FileStat stat = new FileStat(
                        data.readLong(), data.readLong(), data.readLong(), data.readLong(), data.readLong());
                data.readFully(key);
                files.put(name, new Recorded(stat, HexFormat.of().formatHex(key)));
            }
            return data.available() == 0 ? Optional.of(new Stats(settingsKey, start, files)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] header() {
        return (FORMAT + "\n" + Version.get() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * CRC-32C, not SHA-256: it only has to find damage (the entries' keys are SHA-256), and the
     * tuned second JVM (C1 only) hashes SHA-256 at about 100 MB/s, CRC-32C many times faster.
     */
    private static byte[] checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return ByteBuffer.allocate(CHECKSUM_BYTES).putLong(crc.getValue()).array();
    }

    private static Contents read(Path file, Consumer<String> log) {
        if (!Files.isRegularFile(file)) {
            // None yet, or its folder cannot hold one: the build itself says what is wrong.
            return new Contents(Map.of(), Stats.NONE);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Contents(Map.of(), Stats.NONE);
        } catch (IOException | OutOfMemoryError e) {
            log.accept("Ignoring the journey cache " + file + ": " + e.getMessage() + "; parsing every journey.");
            return new Contents(Map.of(), Stats.NONE);
        }
        Optional<Contents> entries = parse(bytes);
        if (entries.isEmpty()) {
            log.accept("Ignoring the journey cache " + file
                    + ": it is damaged or from another generator version; parsing every journey.");
            return new Contents(Map.of(), Stats.NONE);
        }
        return entries.get();
    }

    /** The entries of a cache file, or empty when it is not a whole cache file of this version. */
    static Optional<Contents> parse(byte[] bytes) {
        byte[] header = header();
        int bodyLength = bytes.length - CHECKSUM_BYTES;
        if (bodyLength < header.length + 4
                || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)
                || !Arrays.equals(bytes, bodyLength, bytes.length, checksum(bytes, bodyLength), 0, CHECKSUM_BYTES)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bodyLength);
        in.position(header.length);
        int count = in.getInt();
        if (count < 0 || count > (bodyLength - header.length) / (KEY_BYTES + 4)) {
            return Optional.empty();
        }
        Map<String, Slice> entries = new HashMap<>(count * 4 / 3 + 1);
        byte[] key = new byte[KEY_BYTES];
        for (int i = 0; i < count; i++) {
            if (in.remaining() < KEY_BYTES + 4) {
                return Optional.empty();
            }
            in.get(key);
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                return Optional.empty();
            }
            entries.put(HexFormat.of().formatHex(key), new Slice(bytes, in.position(), length));
            in.position(in.position() + length);
        }
        return records(in).map(stats -> new Contents(entries, stats));
    }
}
