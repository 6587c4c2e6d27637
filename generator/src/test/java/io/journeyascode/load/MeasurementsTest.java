package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Measurement;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measurements files (SPEC §5): every bad row is a finding at its line, never a crash. */
class MeasurementsTest {

    @TempDir
    Path dir;

    private LoadResult load(String csv) {
        write(dir.resolve("measurements/survey.csv"), csv);
        return PlaybookLoader.load(dir);
    }

    @Test
    void readsRowsWithTheirLines() {
        LoadResult result = load(
                """
                journey,touchpoint,metric,value,date
                online-order,checkout,nps,42,2026-01-31
                unknown-journey,nowhere,Delivery time,3.5,2026-02-28
                """);

        assertThat(result.findings()).isEmpty();
        assertThat(result.playbook().measurements())
                .containsExactly(
                        new Measurement(
                                "online-order",
                                "checkout",
                                "nps",
                                42,
                                LocalDate.of(2026, 1, 31),
                                new Span("measurements/survey.csv", 2, 1),
                                cells(2, 1, 14, 23, 27, 30)),
                        new Measurement(
                                "unknown-journey",
                                "nowhere",
                                "Delivery time",
                                3.5,
                                LocalDate.of(2026, 2, 28),
                                new Span("measurements/survey.csv", 3, 1),
                                cells(3, 1, 17, 25, 39, 43)));
    }

    private static List<Span> cells(int line, int... columns) {
        return java.util.Arrays.stream(columns)
                .mapToObj(column -> new Span("measurements/survey.csv", line, column))
                .toList();
    }

    @Test
    void aFileOverTheSizeLimitIsOneFindingThatSaysHowToSplitRows() {
        StringBuilder csv = new StringBuilder("journey,touchpoint,metric,value,date\n");
        while (csv.length() <= SourceText.MAX_BYTES) {
            csv.append("online-order,checkout,nps,42,2026-01-31\n");
        }

        LoadResult result = load(csv.toString());

        assertThat(brief(result))
                .containsExactly(
                        "yaml-syntax 1:1 the file is larger than 1 MiB; split its rows into several files in the"
                                + " same folder (one a month, say), each with the header line");
        assertThat(result.playbook().measurements()).isEmpty();
    }

    @Test
    void checksAValueAgainstItsRangeAsWrittenNotAsItsRoundedDouble() {
        // 7.0000000000000001 is 7 as a double, within CES's range; as written it is above it
        LoadResult result = load(
                """
                journey,touchpoint,metric,value,date
                j,t,ces,7.0000000000000001,2026-01-31
                j,t,ces,7.00,2026-01-31
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 2:9 the value 7.0000000000000001 is outside the ces range 1..7; check the export");
        assertThat(result.playbook().measurements()).hasSize(1);
    }

    @Test
    void reportsEachBadRowAtItsLineAndKeepsTheGoodOnes() {
        LoadResult result = load(
                """
                journey,touchpoint,metric,value,date
                j,t,nps,42
                j,t,nps,lots,2026-01-31

                j,t,nps,42,31.1.2026
                j,t,nps,150,2026-01-31
                j,t,ces,8,2026-01-31
                "j
                x",t,csat,80,2026-02-01
                j,t,csat,80,2026-02-30
                ,t,csat,80,2026-02-01
                j,t,custom-score,1500,2026-02-01
                j,t,csat,82\u00a0%,2026-02-01
                j,t,csat,82,31.2.2026
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 2:1 the row has 4 columns; write 5: journey,touchpoint,metric,value,date",
                        "schema 3:9 the value `lots` is not a number; write e.g. `42` or `4.5`",
                        "schema 5:12 the date `31.1.2026` is not a date; write it yyyy-mm-dd, `2026-01-31`",
                        "schema 6:9 the value 150 is outside the nps range -100..100; check the export",
                        "schema 7:9 the value 8 is outside the ces range 1..7; check the export",
                        "schema 10:13 the date `2026-02-30` is not a day of the calendar (February 2026 has 28 days);"
                                + " write a day that exists, e.g. `2026-02-28`",
                        "schema 11:1 the row needs a journey, a touchpoint and a metric; fill in the empty column",
                        // as a spreadsheet shows a percentage, and a day.month.year that is no day
                        "schema 13:10 the value `82\u00a0%` is not a number; write `82`, without the per cent sign",
                        "schema 14:13 the date `31.2.2026` is not a date; write it yyyy-mm-dd, e.g. `2026-03-31`");
        assertThat(result.playbook().measurements())
                .extracting(m -> m.span().line() + " " + m.journey() + " " + m.metric())
                .containsExactly("8 j\nx csat", "12 j custom-score");
    }

    @Test
    void aFindingAboutOneCellPointsAtTheColumnOfThatCell() {
        LoadResult result = load("journey,touchpoint,metric,value,date\r\n"
                + " j , t ,nps,lots,2026-01-31\r\n"
                + "\"j\",\"t\",\"nps\",\"150\",\"2026-01-31\"\r\n"
                + "häiriö😀,t,nps,42,31.1.2026\r\n"
                + "\"j\nx\",t,nps,42,2026-13-01\r\n"
                + "j,,nps,42,2026-01-31\r\n"
                + "j,t,nps,42,\"2026-01-31\"x\r\n");

        // columns count characters (the emoji is one), a quoted cell is at its quote, a trimmed one
        // at its text, and a cell after a line break inside quotes on the line it is on
        assertThat(result.findings())
                .extracting(
                        f -> f.rule() + " " + f.span().line() + ":" + f.span().column())
                .containsExactly(
                        "schema 2:13", "schema 3:15", "schema 4:18", "schema 6:13", "schema 7:3", "yaml-syntax 8:24");
        assertThat(brief(load("journey,touchpoint,metric,value,date\nj,t,nps,\"42,2026-01-31\n")))
                .singleElement()
                .asString()
                .startsWith("yaml-syntax 2:9 this row cannot be read as CSV: a quoted value is not closed");
        assertThat(brief(load("journey,touchpoint,metric,valeu,date\n")))
                .containsExactly("schema 1:27 the header must be `journey,touchpoint,metric,value,date`; fix the first"
                        + " line");
    }

    @Test
    void aValueWithADecimalCommaIsToldWithTheNumberToWrite() {
        LoadResult result = load(
                """
                journey,touchpoint,metric,value,date
                j,t,ces,2,5,2026-01-01
                j,t,ces,"3,5",2026-01-01
                j,t,Basket size, 1 , 250 ,2026-01-01
                j,t,nps,-12,2026-01-01,x
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 2:9 the value `2,5` is written with a decimal comma, which splits it into two"
                                + " columns; write `2.5` (a decimal point)",
                        "schema 3:9 the value `3,5` is written with a decimal comma; write `3.5` (a decimal point)",
                        "schema 4:18 the value `1,250` is written with a decimal comma, which splits it into two"
                                + " columns; write `1.250` (a decimal point), or `1250` if the comma separates"
                                + " thousands",
                        "schema 5:1 the row has 6 columns; write 5: journey,touchpoint,metric,value,date");
        assertThat(result.playbook().measurements()).isEmpty();
    }

    @Test
    void aBadRowsFindingNamesTheJourneyAndTouchpointTheRowNamesWhenTheyExist() {
        write(dir.resolve("test.yaml"), LoaderFixtures.MINIMAL);

        LoadResult result = load(
                """
                journey,touchpoint,metric,value,date
                test,pay,csat,abc,2026-05-20
                 test , pay ,csat,70,2026-13-20
                test,pay,csat,70
                test,nowhere,csat,abc,2026-05-20
                ghost,pay,csat,abc,2026-05-20
                TEST,pay,csat,abc,2026-05-20
                ,pay,csat,70,2026-05-20
                """);

        assertThat(result.findings())
                .extracting(f -> f.span().line() + " " + f.journey().orElse("-") + " "
                        + f.touchpoint().orElse("-"))
                .containsExactly("2 test pay", "3 test pay", "4 test pay", "5 test -", "6 - -", "7 - -", "8 - -");
    }

    @Test
    void findingsAboutAWholeMeasurementsFileNameNoJourney() {
        write(dir.resolve("test.yaml"), LoaderFixtures.MINIMAL);

        LoadResult result = load(
                "journey,touchpoint,metric,value,date\ntest,pay,csat,abc,2026-05-20\n\"test,pay,nps,2,2026-01-02\n");

        assertThat(result.findings())
                .extracting(f ->
                        f.rule() + " " + f.span().line() + " " + f.journey().orElse("-"))
                .containsExactly("schema 2 test", "yaml-syntax 3 -");
    }

    private static final String MEASURED_JOURNEY =
            LoaderFixtures.MINIMAL + "        metrics: [{type: csat, name: Pay CSAT}]\n";
    private static final String HEADER = "journey,touchpoint,metric,value,date\n";

    /** The measurements of the one metric of {@link #MEASURED_JOURNEY}, as rules and pages see them. */
    private static List<String> series(LoadResult result) {
        Journey journey = result.playbook().journeys().get(0);
        Touchpoint pay = journey.touchpoints().get(0);
        return PlaybookIndex.of(result.playbook())
                .measurements(journey, pay, pay.metrics().get(0))
                .stream()
                .map(m -> m.date() + "=" + MeasurementFindings.number(m.value()))
                .toList();
    }

    @Test
    void aRowMayNameAMetricTypeInCapitalsAsTheSiteShowsIt() {
        write(dir.resolve("test.yaml"), LoaderFixtures.MINIMAL + "        metrics: [{type: csat}]\n");
        write(dir.resolve("measurements/a.csv"), HEADER + "test,pay,CSAT,81,2026-05-20\n");

        LoadResult result = PlaybookLoader.load(dir);
        Journey journey = result.playbook().journeys().get(0);
        Touchpoint pay = journey.touchpoints().get(0);
        assertThat(PlaybookIndex.of(result.playbook())
                        .measurements(journey, pay, pay.metrics().get(0)))
                .extracting(m -> m.date() + "=" + MeasurementFindings.number(m.value()))
                .containsExactly("2026-05-20=81");
        assertThat(io.journeyascode.rules.RuleEngine.check(result, java.time.LocalDate.of(2026, 6, 1)))
                .noneMatch(f -> f.rule().equals("unknown-reference"));

        // a metric named `CSAT` is the one a row `CSAT` names, not also the csat metric beside it
        write(
                dir.resolve("test.yaml"),
                LoaderFixtures.MINIMAL + "        metrics: [{type: csat}, {type: custom, name: CSAT}]\n");
        LoadResult named = PlaybookLoader.load(dir);
        Touchpoint both = named.playbook().journeys().get(0).touchpoints().get(0);
        assertThat(both.metricsNamed("CSAT")).containsExactly(both.metrics().get(1));
        assertThat(both.metricsNamed("csat")).containsExactly(both.metrics().get(0));
        assertThat(both.measurementKey(both.metrics().get(1))).contains("CSAT");
    }

    @Test
    void twoValuesOfAMetricOnADateAreAFindingAtTheLaterRowAndThatDateCountsForNothing() {
        write(dir.resolve("test.yaml"), MEASURED_JOURNEY);
        write(dir.resolve("measurements/a.csv"), HEADER + "test,pay,csat,50,2026-05-20\n");
        write(
                dir.resolve("measurements/b.csv"),
                HEADER + "test,pay,csat,70,2026-05-10\ntest,pay,Pay CSAT,90,2026-05-20\n");

        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f -> f.span() + " " + f.rule() + " " + f.journey().orElse("-") + "/"
                        + f.touchpoint().orElse("-") + " " + f.message())
                .containsExactly("measurements/b.csv:3:19 schema test/pay Pay CSAT of touchpoint `pay` is 90 on"
                        + " 2026-05-20 in this row but 50 in measurements/a.csv:2; a metric has one value a date, so"
                        + " that date counts for nothing until you correct or remove one of the rows");
        assertThat(series(result)).containsExactly("2026-05-10=70");
    }

    @Test
    void whichValuesCountDoesNotDependOnTheNamesOfTheFiles() {
        write(dir.resolve("test.yaml"), MEASURED_JOURNEY);
        write(dir.resolve("measurements/a.csv"), HEADER + "test,pay,csat,50,2026-05-20\ntest,pay,csat,60,2026-05-21\n");
        write(dir.resolve("measurements/b.csv"), HEADER + "test,pay,csat,90,2026-05-20\ntest,pay,csat,70,2026-05-10\n");
        List<String> before = series(PlaybookLoader.load(dir));

        try {
            Files.move(dir.resolve("measurements/a.csv"), dir.resolve("measurements/c.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult renamed = PlaybookLoader.load(dir);

        assertThat(before).containsExactly("2026-05-10=70", "2026-05-21=60");
        assertThat(series(renamed)).isEqualTo(before);
        assertThat(brief(renamed))
                .singleElement()
                .asString()
                .startsWith("schema 2:15 Pay CSAT of touchpoint `pay` is 50 on 2026-05-20 in this row but 90 in"
                        + " measurements/b.csv:2;");
    }

    @Test
    void aValueRepeatedOnItsDateIsOneMeasurementAndNoFinding() {
        write(dir.resolve("test.yaml"), MEASURED_JOURNEY);
        write(dir.resolve("measurements/a.csv"), HEADER + "test,pay,csat,80,2026-05-20\ntest,pay,csat,75,2026-04-20\n");
        write(
                dir.resolve("measurements/b.csv"),
                HEADER + "test,pay,Pay CSAT,80.0,2026-05-20\ntest,pay,csat,80,2026-05-20\n");

        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).isEmpty();
        assertThat(series(result)).containsExactly("2026-04-20=75", "2026-05-20=80");
    }

    @Test
    void eachRowGivingADateAnotherValueNamesAnEarlierRowWithAnotherValue() {
        write(dir.resolve("test.yaml"), MEASURED_JOURNEY);

        LoadResult result = load(HEADER
                + "test,pay,csat,50,2026-05-20\ntest,pay,csat,50,2026-05-20\ntest,pay,csat,90,2026-05-20\n"
                + "test,pay,csat,50,2026-05-20\ntest,pay,csat,70,2026-05-20\n");

        assertThat(result.findings())
                .extracting(f -> f.span().line() + " " + f.message().replaceAll(";.*", ""))
                .containsExactly(
                        "4 Pay CSAT of touchpoint `pay` is 90 on 2026-05-20 in this row but 50 in measurements/survey.csv:2",
                        "5 Pay CSAT of touchpoint `pay` is 50 on 2026-05-20 in this row but 90 in measurements/survey.csv:4",
                        "6 Pay CSAT of touchpoint `pay` is 70 on 2026-05-20 in this row but 50 in measurements/survey.csv:2");
        assertThat(series(result)).isEmpty();
    }

    @Test
    void reportsAWrongHeader() {
        assertThat(brief(load("journey|touchpoint|metric|value|date\nj|t|nps|1|2026-01-01\n")))
                .containsExactly("schema 1:1 the header must be `journey,touchpoint,metric,value,date`; fix the first"
                        + " line");
    }

    @Test
    void aFileSeparatedBySemicolonsIsOneFindingThatSaysSoAndHowToMakeItCommaSeparated() {
        // as Excel writes CSV where the decimal separator is a comma (Finland): not read, but told
        assertThat(brief(load("journey;touchpoint;metric;value;date\nj;t;nps;1;2026-01-01\nj;t;nps;2;2026-01-02\n")))
                .containsExactly("schema 1:8 the file is separated by `;`, but a measurements file is"
                        + " comma-separated (`journey,touchpoint,metric,value,date`); replace each `;` by `,`, or"
                        + " export it again as CSV with `,` as the separator (Excel writes the list separator of the"
                        + " computer's region settings, `;` in Finland)");
        assertThat(brief(
                        load("\"journey\";\"touchpoint\";\"metric\";\"value\";\"date\"\r\nj;t;ces;2,5;2026-01-01\r\n")))
                .singleElement()
                .asString()
                .startsWith("schema 1:10 the file is separated by `;`")
                .contains("; write decimal commas as points (`2.5`, not `2,5`), then replace each `;` by `,`, or");
        assertThat(load("journey;touchpoint;metric;value;date\nj;t;nps;1;2026-01-01\n")
                        .playbook()
                        .measurements())
                .isEmpty();
    }

    @Test
    void aRowSeparatedBySemicolonsUnderARightHeaderSaysSo() {
        // a row pasted from a Finnish Excel into a comma-separated file
        assertThat(brief(load("journey,touchpoint,metric,value,date\nj;t;ces;2,5;2026-01-01\nj;t;nps;7;2026-01-01\n")))
                .containsExactly(
                        "schema 2:1 the row has 2 columns, separated by `;`; a measurements file is comma-separated:"
                                + " write journey,touchpoint,metric,value,date (decimal commas as points)",
                        "schema 3:1 the row has 1 column, separated by `;`; a measurements file is comma-separated:"
                                + " write journey,touchpoint,metric,value,date (decimal commas as points)");
    }

    @Test
    void aFileSeparatedByTabsIsOneFindingThatSaysSo() {
        assertThat(brief(load("journey\ttouchpoint\tmetric\tvalue\tdate\nj\tt\tnps\t1\t2026-01-01\n")))
                .singleElement()
                .asString()
                .startsWith("schema 1:8 the file is separated by tabs, but a measurements file is comma-separated"
                        + " (`journey,touchpoint,metric,value,date`); replace each tab by `,`, or export it again");
    }

    @Test
    void reportsUnclosedQuoteAtItsRow() {
        LoadResult result =
                load("journey,touchpoint,metric,value,date\nj,t,nps,1,2026-01-01\n\"j,t,nps,2,2026-01-02\n");

        assertThat(result.findings()).hasSize(1);
        assertThat(result.findings().get(0).span()).isEqualTo(new Span("measurements/survey.csv", 3, 1));
        assertThat(brief(result))
                .containsExactly("yaml-syntax 3:1 this row cannot be read as CSV: a quoted value is not closed before"
                        + " the end of the file; check its quotes");
        assertThat(result.playbook().measurements()).hasSize(1);
    }

    @Test
    void reportsTextAfterAClosingQuoteInTheUsersTerms() {
        LoadResult result = load("journey,touchpoint,metric,value,date\n\"j\"x,t,nps,2,2026-01-02\n");

        assertThat(brief(result))
                .singleElement()
                .asString()
                .startsWith("yaml-syntax 2:4 this row cannot be read as CSV: text follows the closing quote")
                .doesNotContain("Exception");
    }

    @Test
    void appliesTheEncodingCheck() {
        write(dir.resolve("measurements/bad.csv"), new byte[] {'a', ',', (byte) 0xFF, '\n'});

        assertThat(brief(PlaybookLoader.load(dir)))
                .containsExactly(
                        "yaml-syntax 1:3 the file is not valid UTF-8: byte 0xFF cannot be read; save the file as"
                                + " UTF-8 (in Excel: Save As, CSV UTF-8)");
    }

    @Test
    void aFileExcelSavedInWindows1252IsToldWhichLetterItCouldNotRead() {
        write(
                dir.resolve("measurements/kesa.csv"),
                "journey,touchpoint,metric,value,date\nsähkö,x,csat,1,2026-01-01\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(brief(PlaybookLoader.load(dir)))
                .containsExactly("yaml-syntax 2:2 the file is not valid UTF-8: byte 0xE4 cannot be read (it is `ä` in"
                        + " the Windows-1252 encoding the file was saved in); save the file as UTF-8 (in Excel: Save"
                        + " As, CSV UTF-8)");
    }
}
