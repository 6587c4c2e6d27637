package io.journeyascode.load;

import io.journeyascode.model.Measurement;
import io.journeyascode.model.Measurement.Column;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a measurements CSV (SPEC §5). Each bad row is a finding at its line and is skipped; its
 * finding carries the journey and touchpoint the row names (see {@link MeasurementFindings}).
 * Rows naming journeys, touchpoints or metrics that do not exist are the rules' business.
 */
final class MeasurementReader {

    static final List<String> HEADER = List.of("journey", "touchpoint", "metric", "value", "date");
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

    private MeasurementReader() {}

    static List<Measurement> read(String text, Problems problems) {
        List<Measurement> rows = new ArrayList<>();
        CsvPlaces places = new CsvPlaces(text, problems.file());
        if (otherSeparator(text, problems)) {
            return rows;
        }
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean header = true;
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                Span span = problems.at((int) Math.min(line, Integer.MAX_VALUE), 1);
                List<Span> cells = places.record(line).starts();
                if (cells.size() != record.size()) {
                    cells = Collections.nCopies(record.size(), span); // not expected: the row, then
                }
                if (header) {
                    int wrong = wrongHeaderCell(record);
                    if (wrong >= 0) {
                        problems.schema(
                                wrong < cells.size() ? cells.get(wrong) : span,
                                "the header must be `journey,touchpoint,metric,value,date`; fix the first line");
                        return rows;
                    }
                    header = false;
                } else if (!(record.size() == 1 && record.get(0).isBlank())) {
                    // a row's findings carry the journey and touchpoint it names, as written; the
                    // loader keeps those that exist once the journeys are read
                    problems.journey(column(record, 0));
                    problems.touchpoint(column(record, 1));
                    row(record, span, cells, problems, rows);
                    problems.journey(Optional.empty());
                    problems.touchpoint(Optional.empty());
                }
            }
            if (header) {
                problems.schema(
                        problems.fileStart(),
                        "the file is empty; write the header"
                                + " `journey,touchpoint,metric,value,date` and one measured value a row");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(
                    RuleIds.YAML_SYNTAX,
                    places.record(line).quoteProblem().orElse(problems.at((int) Math.min(line, Integer.MAX_VALUE), 1)),
                    "this row cannot be read as CSV: " + csvProblem(e) + "; check its quotes");
        }
        return rows;
    }

    /** Separators other than the comma that spreadsheets write in files they call CSV. */
    private static final List<Character> OTHER_SEPARATORS = List.of(';', '\t');

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9],[0-9]");

    /**
     * Reports a header that is the right one separated by {@code ;} or tabs (as Excel writes CSV where
     * the decimal separator is a comma, in Finland for one), since such a file is no measurements
     * file (SPEC §5) but is easily fixed; true when it did.
     */
    private static boolean otherSeparator(String text, Problems problems) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String first = text.substring(0, end);
        for (char separator : OTHER_SEPARATORS) {
            int at = first.indexOf(separator);
            if (at < 0 || !isHeader(split(first, separator))) {
                continue;
            }
            String name = separatorName(separator);
            String each = separator == ';' ? "each `;`" : "each tab";
            String replace = DECIMAL_COMMA.matcher(text).find()
                    ? "write decimal commas as points (`2.5`, not `2,5`), then replace " + each + " by `,`"
                    : "replace " + each + " by `,`";
            problems.schema(
                    problems.at(1, first.codePointCount(0, at) + 1),
                    "the file is separated by " + name + ", but a measurements file is comma-separated"
                            + " (`journey,touchpoint,metric,value,date`); " + replace + ", or export it again as CSV"
                            + " with `,` as the separator (Excel writes the list separator of the computer's region"
                            + " settings, `;` in Finland)");
            return true;
        }
        return false;
    }

    private static String[] split(String line, char separator) {
        return line.split(Pattern.quote(String.valueOf(separator)), -1);
    }

    /** The separator as a message names it. */
    private static String separatorName(char separator) {
        return separator == ';' ? "`;`" : "tabs";
    }

    /** True when the cells are the header's names, each maybe in quotes or between blanks. */
    private static boolean isHeader(String[] cells) {
        if (cells.length != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].trim();
            if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
                cell = cell.substring(1, cell.length() - 1);
            }
            if (!cell.trim().equals(HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** What Commons CSV found wrong, in the user's terms (its message names no column). */
    private static String csvProblem(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is not closed before the end of the file";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "text follows the closing quote of a value (write a quote inside a quoted value as two quotes)";
        }
        return Mapping.shortText(message.replaceFirst("^\\(line \\d+\\) |^\\(startline \\d+\\) ", ""));
    }

    /** Column {@code index} of a row, trimmed, when the row has it and it is not blank. */
    private static Optional<String> column(CSVRecord record, int index) {
        return index < record.size() && !record.get(index).isBlank()
                ? Optional.of(record.get(index).trim())
                : Optional.empty();
    }

    /**
     * The index of the header's first wrong cell, 0 when it has not five cells (the whole line is
     * wrong then), or -1 when it is the right header.
     */
    private static int wrongHeaderCell(CSVRecord record) {
        if (record.size() != HEADER.size()) {
            return 0;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!record.get(i).trim().equals(HEADER.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL_VALUE = Pattern.compile("[-+]?[0-9]+,[0-9]+");

    /**
     * A value written with a decimal comma ({@code 2,5}), as spreadsheets write numbers where that is
     * the custom, told with the number to write; {@code why} says what the comma did to the row.
     */
    private static String decimalComma(String written, String why) {
        String point = written.replace(',', '.');
        String fraction = written.substring(written.indexOf(',') + 1);
        // 1,234 may be a thousand and more written with a thousands separator
        String thousands = fraction.length() == 3
                ? ", or `" + written.replace(",", "") + "` if the comma separates thousands"
                : "";
        return "the value `" + Mapping.shortText(written) + "` is written with a decimal comma" + why + "; write `"
                + Mapping.shortText(point) + "` (a decimal point)" + thousands;
    }

    /** A row of the wrong width: said as a row separated by {@code ;} or tabs when it is one (an Excel row pasted in). */
    private static String columnsMessage(CSVRecord record) {
        String written = "the row has " + record.size() + (record.size() == 1 ? " column" : " columns");
        // the row as written (a decimal comma split it at `,` too)
        String line = String.join(",", record.toList());
        for (char separator : OTHER_SEPARATORS) {
            if (split(line, separator).length == HEADER.size()) {
                return written + ", separated by " + separatorName(separator)
                        + "; a measurements file is comma-separated: write"
                        + " journey,touchpoint,metric,value,date (decimal commas as points)";
            }
        }
        return written + "; write 5: journey,touchpoint,metric,value,date";
    }

    private static void row(CSVRecord record, Span span, List<Span> cells, Problems problems, List<Measurement> rows) {
        int at = Column.VALUE.ordinal();
        if (record.size() == HEADER.size() + 1
                && WHOLE.matcher(record.get(at).trim()).matches()
                && DIGITS.matcher(record.get(at + 1).trim()).matches()) {
            // 2,5 unquoted: a decimal comma that made two columns of the value
            problems.schema(
                    cells.get(at),
                    decimalComma(
                            record.get(at).trim() + "," + record.get(at + 1).trim(),
                            ", which splits it into two columns"));
            return;
        }
        if (record.size() != HEADER.size()) {
            problems.schema(span, columnsMessage(record));
            return;
        }
        String journey = record.get(0).trim();
        String touchpoint = record.get(1).trim();
        String metric = record.get(2).trim();
        String value = record.get(at).trim();
        String date = record.get(Column.DATE.ordinal()).trim();
        if (journey.isEmpty() || touchpoint.isEmpty() || metric.isEmpty()) {
            Column empty =
                    journey.isEmpty() ? Column.JOURNEY : touchpoint.isEmpty() ? Column.TOUCHPOINT : Column.METRIC;
            problems.schema(
                    cells.get(empty.ordinal()),
                    "the row needs a journey, a touchpoint and a metric; fill in the empty column");
            return;
        }
        Span valueCell = cells.get(at);
        if (DECIMAL_VALUE.matcher(value).matches()) {
            problems.schema(valueCell, decimalComma(value, ""));
            return;
        }
        if (!Lexical.isNumber(value)) {
            // a percentage as a spreadsheet shows it (`82 %`, `82%`): the number is the value
            // (a Finnish format, Java's and the spreadsheets', puts a no-break space before it)
            String bare = value.endsWith("%") ? value.replaceAll("[\\s\\p{Z}]*%$", "") : "";
            problems.schema(
                    valueCell,
                    "the value `" + Mapping.shortText(value) + "` is not a number; "
                            + (Lexical.isNumber(bare)
                                    ? "write `" + bare + "`, without the per cent sign"
                                    : "write e.g. `42` or `4.5`"));
            return;
        }
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            problems.schema(valueCell, "the value `" + Mapping.shortText(value) + "` is too large a number");
            return;
        }
        LocalDate day;
        try {
            if (!Lexical.isDate(date)) {
                throw new DateTimeException(date);
            }
            day = Lexical.date(date);
        } catch (DateTimeException e) {
            Lexical.NoDay no = Lexical.isDate(date) ? Lexical.noDay(date, "") : null;
            problems.schema(
                    cells.get(Column.DATE.ordinal()),
                    no != null
                            ? "the date `" + date + "` is not a day of the calendar (" + no.why() + "); " + no.fix()
                            : "the date `" + Mapping.shortText(date) + "` is not a date; write it yyyy-mm-dd, "
                                    + Lexical.dayMonthYear(date)
                                            .map(d -> "`" + d + "`")
                                            .orElse("e.g. `2026-03-31`"));
            return;
        }
        for (MetricType type : MetricType.values()) {
            if (type != MetricType.CUSTOM
                    && type.yaml().equals(metric.toLowerCase(Locale.ROOT))
                    && !type.inRange(() -> value, number)) {
                problems.schema(
                        valueCell,
                        "the value " + value + " is outside the " + type.yaml() + " range " + (long) type.min() + ".."
                                + (long) type.max() + "; check the export");
                return;
            }
        }
        rows.add(new Measurement(journey, touchpoint, metric, number, day, span, cells));
    }
}
