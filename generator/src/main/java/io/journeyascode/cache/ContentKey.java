package io.journeyascode.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over length-prefixed parts: the key of a cached output, made from everything the
 * output depends on. Length prefixes keep {@code ("ab", "c")} and {@code ("a", "bc")} apart.
 */
public final class ContentKey {

    private final MessageDigest digest;
    private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

    /** Copied for each key: cheaper than looking the algorithm up among the security providers. */
    private static final MessageDigest PROTOTYPE = sha256();

    private ContentKey() {
        this(PROTOTYPE);
    }

    private ContentKey(MessageDigest state) {
        MessageDigest copy;
        try {
            copy = (MessageDigest) state.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
        digest = copy;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A key whose first part names what is keyed (a page kind, a diagram…). */
    public static ContentKey of(String kind) {
        return new ContentKey().add(kind);
    }

    public ContentKey add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentKey add(byte[] bytes) {
        add(bytes.length);
        digest.update(bytes);
        return this;
    }

    /** Adds {@code length} bytes of {@code bytes} from {@code offset}, as one part. */
    public ContentKey add(byte[] bytes, int offset, int length) {
        add(length);
        digest.update(bytes, offset, length);
        return this;
    }

    public ContentKey add(long value) {
        number.clear();
        number.putLong(value);
        digest.update(number.array());
        return this;
    }

    public ContentKey add(boolean value) {
        return add(value ? 1 : 0);
    }

    /**
     * A key that has been given all this one has so far, to be added to on its own: for many
     * keys that share their first parts (the SHA-256 of those parts is computed once).
     */
    public ContentKey copy() {
        return new ContentKey(digest);
    }

    /** The key in hex, the same each time asked; the key cannot be added to afterwards. */
    public String hex() {
        if (hex == null) {
            hex = HexFormat.of().formatHex(digest.digest());
        }
        return hex;
    }

    private String hex;
}
