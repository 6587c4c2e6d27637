package io.journeyascode.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date written yyyy-mm-dd that names no day is told why, with what to write instead. */
class LexicalTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2027-02-30 | February 2027 has 28 days | write a day that exists, e.g. `until: 2027-02-28`",
                "2028-02-30 | February 2028 has 29 days | write a day that exists, e.g. `until: 2028-02-29`",
                "2027-04-31 | April 2027 has 30 days | write a day that exists, e.g. `until: 2027-04-30`",
                "2027-13-05 | there is no month 13 | write `until: 2027-05-13` if 13 is the day (yyyy-mm-dd: the month"
                        + " comes first)",
                "2027-31-02 | there is no month 31 | write the month as 01 to 12 (yyyy-mm-dd)",
                "2027-30-13 | there is no month 30 | write the month as 01 to 12 (yyyy-mm-dd)",
                "2027-00-10 | there is no month 00 | write the month as 01 to 12 (yyyy-mm-dd)",
                "2027-06-00 | there is no day 00 | write the day as 01 to 30",
            })
    void saysWhyADateWrittenYyyyMmDdIsNoDayAndWhatToWrite(String date, String why, String fix) {
        assertThat(Lexical.isDate(date)).isTrue();
        assertThat(Lexical.noDay(date, "until: ")).isEqualTo(new Lexical.NoDay(why, fix));
    }
}
