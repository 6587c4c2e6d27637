package io.journeyascode.load;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Hand-written checks for the few plain-text forms the loader accepts (numbers, dates). They
 * match exactly what the regular expressions {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}
 * (a number of YAML 1.2's core schema: {@code 30}, {@code 4.5}, {@code .5}, {@code 1e3}) and {@code
 * [0-9]{4}-[0-9]{2}-[0-9]{2}} match, without a matcher per value.
 */
final class Lexical {

    private Lexical() {}

    /** {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?} on the whole text. */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = digits(s, i);
        i += digits;
        if (i < n && s.charAt(i) == '.') {
            int fraction = digits(s, i + 1);
            if (digits == 0 && fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        } else if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = digits(s, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
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

    /**
     * Why a text for which {@link #isDate} holds but {@link #date} throws names no day of the
     * calendar, and what to write instead; {@code prefix} goes before a date to write ({@code
     * "until: "} in YAML, nothing in CSV).
     */
    record NoDay(String why, String fix) {}

    static NoDay noDay(String s, String prefix) {
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        if (month < 1 || month > 12) {
            String why = "there is no month " + s.substring(5, 7);
            if (day >= 1
                    && day <= 12
                    && month >= 1
                    && month <= YearMonth.of(year, day).lengthOfMonth()) {
                String swapped = s.substring(0, 5) + s.substring(8, 10) + "-" + s.substring(5, 7);
                return new NoDay(
                        why,
                        "write `" + prefix + swapped + "` if " + s.substring(5, 7)
                                + " is the day (yyyy-mm-dd: the month comes first)");
            }
            return new NoDay(why, "write the month as 01 to 12 (yyyy-mm-dd)");
        }
        YearMonth days = YearMonth.of(year, month);
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (day == 0) {
            return new NoDay("there is no day 00", "write the day as 01 to " + days.lengthOfMonth());
        }
        return new NoDay(
                name + " " + year + " has " + days.lengthOfMonth() + " days",
                "write a day that exists, e.g. `" + prefix + days.atEndOfMonth() + "`");
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

    private static final java.util.regex.Pattern SHORT_DATE =
            java.util.regex.Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})");
    private static final java.util.regex.Pattern DAY_MONTH_YEAR =
            java.util.regex.Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})");

    /** A date written without its leading zeros ({@code 2020-1-1}) as yyyy-mm-dd, when it is a day. */
    static java.util.Optional<String> paddedDate(String value) {
        return day(SHORT_DATE.matcher(value.strip()), 1, 2, 3);
    }

    /**
     * A date written day.month.year, as a Finnish or German spreadsheet exports it ({@code 1.2.2026}),
     * in yyyy-mm-dd ({@code 2026-02-01}); empty for anything else or a day the calendar does not have.
     */
    static java.util.Optional<String> dayMonthYear(String date) {
        return day(DAY_MONTH_YEAR.matcher(date), 3, 2, 1);
    }

    /** The day a matched text names, yyyy-mm-dd, from the groups of its year, month and day. */
    private static java.util.Optional<String> day(java.util.regex.Matcher m, int year, int month, int day) {
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.of(
                            Integer.parseInt(m.group(year)),
                            Integer.parseInt(m.group(month)),
                            Integer.parseInt(m.group(day)))
                    .toString());
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
