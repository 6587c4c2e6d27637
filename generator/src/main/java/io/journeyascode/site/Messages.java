package io.journeyascode.site;

import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every word the site itself prints, in the playbook's locale ({@code en} or {@code fi}), and
 * the locale's number and date formats. Built-in bundles live in {@code site/messages_LOCALE.properties};
 * a {@code --site} folder may override single keys with a file of the same name. Never uses the
 * JVM's default locale or time zone.
 */
public final class Messages {

    public static final List<String> LOCALES = List.of("en", "fi");
    private static final String RESOURCE = "/io/journeyascode/site/messages_%s.properties";

    private final String language;
    private final Locale locale;
    private final Map<String, String> texts;
    /** The same texts for lookups: pages look up thousands of labels, a tree map walks for each. */
    private final Map<String, String> lookup;

    private final DateTimeFormatter dates;
    private final java.util.concurrent.ConcurrentHashMap<String, java.text.MessageFormat> counting =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
        this.lookup = new HashMap<>(texts);
        this.dates = language.equals("fi")
                ? DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
                : DateTimeFormatter.ISO_LOCAL_DATE;
    }

    /** The messages of {@code language} (English when unknown), with the site folder's overrides. */
    public static Messages load(String language, Optional<Path> siteDir) {
        String lang = LOCALES.contains(language) ? language : "en";
        Map<String, String> texts = new TreeMap<>();
        readResource("en", texts);
        if (!lang.equals("en")) {
            readResource(lang, texts);
        }
        if (siteDir.isPresent()) {
            Path file = siteDir.get().resolve("messages_" + lang + ".properties");
            if (Files.isRegularFile(file)) {
                Map<String, String> own = new TreeMap<>();
                try {
                    // strictly: a file saved as Latin-1 would otherwise put U+FFFD in place of its letters
                    putAll(new java.io.StringReader(Utf8Text.utf8(Files.readAllBytes(file), file)), own);
                    patterns(file, own, texts, Locale.forLanguageTag(lang));
                    texts.putAll(own);
                } catch (IOException e) {
                    throw new ToolException("Cannot read " + file + ": " + ToolException.reason(e) + ".", e);
                } catch (IllegalArgumentException e) {
                    // Properties.load refuses a backslash-u escape without four hex digits
                    throw new ToolException(
                            "Cannot read " + file + ": it has a `\\u` escape that is not four hex digits"
                                    + " (write `\\u00e4` for ä, or the letter itself: the file is UTF-8).",
                            e);
                }
            }
        }
        return new Messages(lang, texts);
    }

    /**
     * Parses each message of a {@code --site} file that takes values ({@code {0}}, {@code {1}}…)
     * now, as a {@link java.text.MessageFormat} pattern, so that a broken one ({@code {0 of {1}})
     * is a line naming the file and the key before anything is written, not a page showing it as
     * it is or a failure halfway through the pages. A message takes values when the built-in one
     * does, or when it counts; it may use no value the built-in one is not given.
     */
    private static void patterns(Path file, Map<String, String> own, Map<String, String> builtIn, Locale locale) {
        own.forEach((key, text) -> {
            String original = builtIn.getOrDefault(key, "");
            boolean counts = text.contains(",choice,");
            if (!counts && !ARGUMENT.matcher(original).find()) {
                return; // a plain word: printed as it is written, braces and all
            }
            try {
                new java.text.MessageFormat(text, locale);
            } catch (IllegalArgumentException e) {
                throw new ToolException("Cannot read " + file + ": the message " + key
                        + (counts ? " counts with `choice` but" : "") + " is no java.text.MessageFormat pattern ("
                        + e.getMessage() + "); "
                        + (counts
                                ? "write it as the built-in one is written, `''` for an apostrophe."
                                : "write its values as the built-in one does: `" + original + "`."));
            }
            int given = arguments(original);
            int used = arguments(text);
            if (!original.isEmpty() && used > given) {
                throw new ToolException("Cannot read " + file + ": the message " + key + " shows {" + (used - 1)
                        + "}, but it is given "
                        + (given == 0 ? "no values" : given == 1 ? "{0} only" : "{0} to {" + (given - 1) + "} only")
                        + "; write its values as the built-in one does: `" + original + "`.");
            }
        });
    }

    /** An argument of a message: {@code {0}}, {@code {1,choice,…}}. */
    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\s*(\\d+)");

    /** One more than the highest argument a message shows, 0 when it shows none. */
    private static int arguments(String text) {
        int count = 0;
        java.util.regex.Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            count = Math.max(count, m.group(1).length() > 3 ? 1000 : Integer.parseInt(m.group(1)) + 1);
        }
        return count;
    }

    private static void readResource(String lang, Map<String, String> texts) {
        try (InputStream in = Messages.class.getResourceAsStream(String.format(Locale.ROOT, RESOURCE, lang))) {
            if (in == null) {
                throw new ToolException("The generator jar lacks its " + lang + " messages; rebuild it.");
            }
            putAll(new InputStreamReader(in, StandardCharsets.UTF_8), texts);
        } catch (IOException e) {
            throw new ToolException("Cannot read the built-in " + lang + " messages: " + e.getMessage() + ".", e);
        }
    }

    private static void putAll(Reader in, Map<String, String> texts) throws IOException {
        Properties p = new Properties();
        p.load(in);
        for (String key : p.stringPropertyNames()) {
            texts.put(key, p.getProperty(key));
        }
    }

    /** {@code en} or {@code fi}: the {@code lang} attribute of every page. */
    public String language() {
        return language;
    }

    /** All texts by key, sorted: what templates see as {@code msg}. */
    public Map<String, String> all() {
        return texts;
    }

    public String get(String key) {
        String text = lookup.get(key);
        if (text == null) {
            throw new IllegalStateException("No message '" + key + "' for locale " + language);
        }
        return text;
    }

    /**
     * The message with {@code {0}}, {@code {1}}… replaced by the arguments as given. A message that
     * counts ({@code {0,choice,1#{0} journey|1<{0} journeys}}) is a {@link java.text.MessageFormat}
     * pattern in the site's language, its numbers in the language's format.
     */
    public String format(String key, Object... args) {
        String text = get(key);
        if (text.contains(",choice,")) {
            // made once per message: a build formats such a message for every metric (a trend's label)
            java.text.MessageFormat pattern =
                    counting.computeIfAbsent(key, k -> new java.text.MessageFormat(get(k), locale));
            synchronized (pattern) { // a MessageFormat is not thread-safe; pages render in parallel
                try {
                    return pattern.format(args);
                } catch (IllegalArgumentException e) { // a count where the message has a text, say
                    throw new ToolException("The message " + key + " (" + language + ") cannot show its values: "
                            + e.getMessage() + "; check its {0}, {1}… against the built-in message.");
                }
            }
        }
        for (int i = 0; i < args.length; i++) {
            // whole numbers in the language's format, as a counting message writes them (1,200 / 1 200)
            Object arg = args[i];
            String shown = arg instanceof Integer || arg instanceof Long
                    ? number(((Number) arg).doubleValue())
                    : String.valueOf(arg);
            text = text.replace("{" + i + "}", shown);
        }
        return text;
    }

    /** A word of a vocabulary (key {@code vocab.phase.before}, {@code vocab.emotion.joy}…), else the id itself. */
    public String label(String prefix, String id) {
        return lookup.getOrDefault("vocab." + prefix + "." + id, id);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A number with at most one decimal in the locale's format ({@code 4.5}, {@code 4,5}). */
    public String number(double value) {
        return numberFormat.get().format(value);
    }

    /** DecimalFormat is not thread-safe and costly to make: one per thread (pages render in parallel). */
    private final ThreadLocal<DecimalFormat> numberFormat = ThreadLocal.withInitial(this::newNumberFormat);

    private DecimalFormat newNumberFormat() {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale));
    }

    /** A share as a whole percentage in the locale's format ({@code 75%}, {@code 75 %}). */
    public String percent(long part, long whole) {
        long value = whole == 0 ? 0 : Math.round(100.0 * part / whole);
        return language.equals("fi") ? value + "\u00a0%" : value + "%";
    }

    /** A whole share for CSS widths, 0..100, formatted without locale. */
    public static int share(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
