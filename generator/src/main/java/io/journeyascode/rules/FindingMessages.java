package io.journeyascode.rules;

import io.journeyascode.model.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings' message catalogue: {@code findings.properties} (English, what the command line and
 * the reports print) and {@code findings_fi.properties} (Finnish, for a site with {@code locale:
 * fi}), {@link MessageFormat} patterns with the same keys and values.
 */
public final class FindingMessages {

    /**
     * A catalogue and its patterns, each made once: a site formats a finding for every page that
     * lists it, and a playbook may have thousands of findings.
     */
    private record Catalogue(Properties texts, Map<String, MessageFormat> compiled) {
        Catalogue(String resource) {
            this(RuleCatalogue.load(resource), new ConcurrentHashMap<>());
        }
    }

    private static final Catalogue ENGLISH = new Catalogue("findings.properties");
    private static final Catalogue FINNISH = new Catalogue("findings_fi.properties");

    private FindingMessages() {}

    /** How numbers and dates in running text are written (see {@link Message#number}). */
    public interface Values {

        /** A number written as YAML writes it ({@code 4.5}), in this format. */
        String number(String yaml);

        /** A date written yyyy-mm-dd, in this format. */
        String date(String iso);

        /** As YAML writes them: the command line's, the Maven log's and the reports' English. */
        Values AS_WRITTEN = new Values() {
            @Override
            public String number(String yaml) {
                return yaml;
            }

            @Override
            public String date(String iso) {
                return iso;
            }
        };
    }

    /** The message in English, numbers and dates as written: what the command line and the reports print. */
    public static String english(Message message) {
        return format(message, ENGLISH, Values.AS_WRITTEN, false);
    }

    /**
     * The message in a site's language ({@code fi} or {@code fi-FI} for Finnish, anything else for
     * English), with its numbers and dates in the site's format {@code values}.
     */
    public static String format(Message message, String locale, Values values) {
        return format(message, RuleCatalogue.isFinnish(locale) ? FINNISH : ENGLISH, values, false);
    }

    /**
     * Stands for a backtick inside a value of the message (an id or text the user wrote), so that
     * the backticks left in {@link #formatMarked} are the catalogue's, around code.
     */
    public static final char VALUE_BACKTICK = '\uE000';

    /**
     * As {@link #format(Message, String, Values)}, with every backtick of the message's values
     * written {@link #VALUE_BACKTICK}: for a page that shows the catalogue's code spans as code.
     */
    public static String formatMarked(Message message, String locale, Values values) {
        return format(message, RuleCatalogue.isFinnish(locale) ? FINNISH : ENGLISH, values, true);
    }

    private static String format(Message message, Catalogue catalogue, Values values, boolean marked) {
        if (message.isNone()) {
            return "";
        }
        String first = message.args().isEmpty() ? "" : message.args().get(0).toString();
        if (message.key().equals(Message.NUMBER)) {
            return values.number(first);
        }
        if (message.key().equals(Message.DATE)) {
            return values.date(first);
        }
        if (message.key().equals(Message.FIGURE)) {
            return marked ? first.replace('`', VALUE_BACKTICK) : first;
        }
        MessageFormat pattern = catalogue.compiled().computeIfAbsent(message.key(), key -> {
            String text = catalogue.texts().getProperty(key, ENGLISH.texts().getProperty(key));
            if (text == null) {
                throw new IllegalStateException("no finding message `" + key + "` in findings.properties");
            }
            // the values are texts only (numbers and dates come formatted), so the locale formats nothing
            return new MessageFormat(text, Locale.ROOT);
        });
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof Message m
                        ? format(m, catalogue, values, marked)
                        : marked ? arg.toString().replace('`', VALUE_BACKTICK) : arg)
                .toArray();
        synchronized (pattern) { // a MessageFormat is not thread-safe; rules and pages run in parallel
            return pattern.format(args);
        }
    }

    /**
     * Whether the message in a site's language starts with a value ({@code {0}}, a name the user
     * wrote) rather than the catalogue's own words: a page leaves its first letter as it is. A
     * message that starts with a phrase of the catalogue ({@code {1} poikkeuslupa…}, where
     * {@code {1}} is "kosketuspisteen `x`") starts with words, as that phrase does.
     */
    public static boolean startsWithValue(Message message, String locale) {
        Catalogue catalogue = RuleCatalogue.isFinnish(locale) ? FINNISH : ENGLISH;
        String text =
                catalogue.texts().getProperty(message.key(), ENGLISH.texts().getProperty(message.key(), ""));
        if (!text.startsWith("{")) {
            return false;
        }
        int end = 1;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == 1 || end >= text.length() || text.charAt(end) != '}') {
            return true;
        }
        int index = Integer.parseInt(text.substring(1, end));
        if (index < message.args().size() && message.args().get(index) instanceof Message phrase && !phrase.isValue()) {
            return phrase.isNone() || startsWithValue(phrase, locale);
        }
        return true;
    }

    /** The keys of a catalogue (for the meta-test). */
    static Set<String> keys(boolean finnish) {
        return (finnish ? FINNISH : ENGLISH).texts().stringPropertyNames();
    }

    /** A catalogue's pattern (for the meta-test). */
    static String pattern(String key, boolean finnish) {
        return (finnish ? FINNISH : ENGLISH).texts().getProperty(key);
    }
}
