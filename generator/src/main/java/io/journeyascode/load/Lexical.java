package io.journeyascode.load;

import java.time.LocalDate;

/**
 * Hand-written checks for the few plain-text forms the loader accepts (numbers, dates). They
 * match exactly what the regular expressions {@code [-+]?[0-9]+(\.[0-9]+)?} and {@code
 * [0-9]{4}-[0-9]{2}-[0-9]{2}} match, without a matcher per value.
 */
final class Lexical {

    private Lexical() {}

    /** {@code [-+]?[0-9]+(\.[0-9]+)?} on the whole text. */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = digits(s, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int fraction = digits(s, i + 1);
        return fraction > 0 && i + 1 + fraction == n;
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} on the whole text. */
    static boolean isDate(String s) {
        return s.length() == 10
                && digits(s, 0) == 4
                && s.charAt(4) == '-'
                && digits(s, 5) == 2
                && s.charAt(7) == '-'
                && digits(s, 8) == 2;
    }

    /**
     * The date of a text for which {@link #isDate} holds, as {@link LocalDate#parse} reads it.
     *
     * @throws java.time.DateTimeException when it names no day of the calendar (e.g. 2027-02-30)
     */
    static LocalDate date(String s) {
        return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /** How many ASCII digits follow from {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
