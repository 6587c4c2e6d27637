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

    /** The message in English. */
    public static String english(Message message) {
        return format(message, ENGLISH);
    }

    /** The message in a site's language: {@code fi} (or {@code fi-FI}) for Finnish, anything else for English. */
    public static String format(Message message, String locale) {
        return format(message, RuleCatalogue.isFinnish(locale) ? FINNISH : ENGLISH);
    }

    private static String format(Message message, Properties texts) {
        if (message.isNone()) {
            return "";
        }
        if (message.isValue()) {
            return value(message, texts == FINNISH);
        }
        String pattern = texts.getProperty(message.key(), ENGLISH.getProperty(message.key()));
        if (pattern == null) {
            throw new IllegalStateException("no finding message `" + message.key() + "` in findings.properties");
        }
        Object[] values = message.args().stream()
                .map(arg -> arg instanceof Message m ? format(m, texts) : arg)
                .toArray();
        // values are texts only (numbers come formatted), so the locale formats nothing
        return new MessageFormat(pattern, Locale.ROOT).format(values);
    }

    /** A number or date in the language's format: Finnish writes {@code 4,5} and {@code 1.2.2026}. */
    private static String value(Message message, boolean finnish) {
        String text = (String) message.args().get(0);
        if (!finnish) {
            return text;
        }
        return switch (message.key()) {
            case Message.NUMBER -> text.replace('.', ',').replace('-', '\u2212');
            case Message.DATE -> {
                java.time.LocalDate date = java.time.LocalDate.parse(text);
                yield date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
            }
            default -> throw new IllegalStateException("no value kind " + message.key());
        };
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
