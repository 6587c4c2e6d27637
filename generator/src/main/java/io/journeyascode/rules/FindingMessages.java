package io.journeyascode.rules;

import io.journeyascode.model.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The findings' message catalogue: {@code findings.properties} (English, what the command line and
 * the reports print) and {@code findings_fi.properties} (Finnish, for a site with {@code locale:
 * fi}), {@link MessageFormat} patterns with the same keys and values.
 */
public final class FindingMessages {

    private static final Properties ENGLISH = RuleCatalogue.load("findings.properties");
    private static final Properties FINNISH = RuleCatalogue.load("findings_fi.properties");

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
        return format(message, ENGLISH, Values.AS_WRITTEN);
    }

    /**
     * The message in a site's language ({@code fi} or {@code fi-FI} for Finnish, anything else for
     * English), with its numbers and dates in the site's format {@code values}.
     */
    public static String format(Message message, String locale, Values values) {
        return format(message, RuleCatalogue.isFinnish(locale) ? FINNISH : ENGLISH, values);
    }

    private static String format(Message message, Properties texts, Values values) {
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
        String pattern = texts.getProperty(message.key(), ENGLISH.getProperty(message.key()));
        if (pattern == null) {
            throw new IllegalStateException("no finding message `" + message.key() + "` in findings.properties");
        }
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof Message m ? format(m, texts, values) : arg)
                .toArray();
        // the values are texts only (numbers and dates come formatted), so the locale formats nothing
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The keys of a catalogue (for the meta-test). */
    static Set<String> keys(boolean finnish) {
        return (finnish ? FINNISH : ENGLISH).stringPropertyNames();
    }

    /** A catalogue's pattern (for the meta-test). */
    static String pattern(String key, boolean finnish) {
        return (finnish ? FINNISH : ENGLISH).getProperty(key);
    }
}
