package io.journeyascode.report;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Identities of findings that survive edits which only move lines: used for SARIF fingerprints
 * and by {@code journey diff} to match findings of two versions.
 */
public final class FindingKeys {

    private static final Pattern LINE_WORD = Pattern.compile("(?i)\\b(line|lines|column|col|row|rivi|rivillä)\\s+\\d+");
    private static final Pattern LINE_COLUMN = Pattern.compile("(?<![\\w.])\\d+:\\d+\\b");
    private static final Pattern FILE_LINE = Pattern.compile("(\\.(?:ya?ml|csv)):\\d+(?::\\d+)?");

    private FindingKeys() {}

    /** The message with line and column numbers replaced by {@code #}. */
    public static String stableMessage(String message) {
        String s = FILE_LINE.matcher(message).replaceAll("$1:#");
        s = LINE_WORD.matcher(s).replaceAll("$1 #");
        return LINE_COLUMN.matcher(s).replaceAll("#:#");
    }

    /** Rule, file, journey, touchpoint and {@link #subject}: equal for "the same" finding. */
    public static String key(Finding f) {
        return String.join(
                "\u0000",
                f.rule(),
                f.span().file(),
                f.journey().orElse(""),
                f.touchpoint().orElse(""),
                subject(f));
    }

    /**
     * What a finding is about, beyond its rule and place, in words that stay while the finding
     * does: for a rule's finding its message's key and the ids and names in it, without the
     * numbers, dates and figures (a metric below target is the same finding when its value or
     * target moves, a stale measurement when another day has passed), and places in them without
     * their lines, as {@link #stableMessage} has them; for the loader's findings,
     * whose message quotes the YAML as written, the {@link #stableMessage}.
     */
    public static String subject(Finding f) {
        return f.text().map(FindingKeys::words).orElseGet(() -> stableMessage(f.message()));
    }

    private static String words(Message message) {
        StringBuilder s = new StringBuilder(message.key());
        for (Object arg : message.args()) {
            if (!(arg instanceof Message m && m.isValue())) {
                // a place in a value (`already used by shop.yaml:12`) moves with the lines, as in a message
                s.append('\u0001').append(arg instanceof Message m ? words(m) : stableMessage(arg.toString()));
            }
        }
        return s.toString();
    }

    /**
     * One key per finding, in order: {@link #key} plus the occurrence index among findings with
     * the same key (in the given order), so that repeated identical findings stay distinct.
     */
    public static List<String> keysWithOccurrence(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        return findings.stream()
                .map(f -> {
                    String key = key(f);
                    int n = seen.merge(key, 1, Integer::sum) - 1;
                    return key + "\u0000" + n;
                })
                .toList();
    }

    /** A hex SHA-256 of a text. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
