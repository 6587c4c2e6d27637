package io.journeyascode.load;

import io.journeyascode.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the cells of a CSV record are, for findings that point at one cell: Commons CSV tells the
 * line a record starts on, not where its cells start. Scans a record as Commons CSV's default
 * format reads it: cells separated by commas; a cell that starts with a double quote runs to its
 * closing quote (two quotes inside it stand for one, and line breaks are part of it), after which
 * only blanks may come before the next comma; a record ends at a line break (CR, LF or CRLF, as
 * Commons CSV counts lines) or at the end of the text. Columns are 1-based and count characters
 * (code points) of their line, as the YAML findings' do.
 */
final class CsvPlaces {

    /** The places of one record: where each cell starts, and where its quotes go wrong, if they do. */
    record Cells(List<Span> starts, Optional<Span> quoteProblem) {}

    private final String text;
    private final String file;
    /** The offset of the first character of each line: line 1 at index 0. */
    private final int[] lineStarts;

    CsvPlaces(String text, String file) {
        this.text = text;
        this.file = file;
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    /**
     * The cells of the record that starts on {@code line}: where each starts (a cell written
     * unquoted at its first character that is not blank, since the reader trims it; a quoted one
     * at its quote), up to its first problem with quotes.
     */
    Cells record(long line) {
        List<Span> starts = new ArrayList<>();
        if (line < 1 || line > lineStarts.length) {
            return new Cells(starts, Optional.empty());
        }
        int n = text.length();
        int p = lineStarts[(int) line - 1];
        while (true) {
            if (p < n && text.charAt(p) == '"') {
                int quote = p;
                starts.add(place(quote));
                p = closingQuote(p + 1);
                if (p < 0) {
                    return new Cells(starts, Optional.of(place(quote)));
                }
                p = skipBlanks(p + 1);
                if (p < n && text.charAt(p) != ',' && !isLineBreak(text.charAt(p))) {
                    return new Cells(starts, Optional.of(place(p)));
                }
            } else {
                int content = skipBlanks(p);
                boolean blank = content == n || text.charAt(content) == ',' || isLineBreak(text.charAt(content));
                starts.add(place(blank ? p : content));
                while (p < n && text.charAt(p) != ',' && !isLineBreak(text.charAt(p))) {
                    p++;
                }
            }
            if (p < n && text.charAt(p) == ',') {
                p++;
            } else {
                return new Cells(starts, Optional.empty());
            }
        }
    }

    /** The offset of the quote that closes a quoted cell whose text starts at {@code from}, or -1. */
    private int closingQuote(int from) {
        int p = from;
        while (p < text.length()) {
            if (text.charAt(p) == '"') {
                if (p + 1 < text.length() && text.charAt(p + 1) == '"') {
                    p += 2;
                    continue;
                }
                return p;
            }
            p++;
        }
        return -1;
    }

    /** Past the blanks (what {@link String#trim} removes, line breaks aside) from {@code from}. */
    private int skipBlanks(int from) {
        int p = from;
        while (p < text.length() && text.charAt(p) <= ' ' && !isLineBreak(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The 1-based line and column of an offset in the text. */
    private Span place(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int index = found >= 0 ? found : -found - 2;
        int column = text.codePointCount(lineStarts[index], offset) + 1;
        return new Span(file, index + 1, column);
    }
}
