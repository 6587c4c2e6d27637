package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.loadJourney;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The YAML slips teams make most, each one finding at the place to fix, said in a user's terms. */
class YamlSyntaxTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            # what                   | the stage's lines (after `  - id: s`) | line:column and start of the message
            colon in a value         | ~    name: Prices: compare them~ | 4:17 a value that holds `: ` must be in quotes (else YAML reads a key there); write `name: "Prices: compare them"`
            colon, value with quotes | ~    name: Say "hi": now~ | 4:19 a value that holds `: ` must be in quotes (else YAML reads a key there); write `name: 'Say "hi": now'`
            text after a quote       | ~    name: "Prices" include fees~ | 4:20 text after the closing quote `"`; put the whole value in the quotes, or write it without any
            apostrophe in quotes     | ~    name: 'it's fine'~ | 4:15 text after the closing quote `'`; put the whole value in the quotes, or write it without any (inside '…' an apostrophe is written twice: `'it''s'`)
            emoji before the quote   | ~    name: "😀 Prices" include~ | 4:22 text after the closing quote `"`
            no space after the colon | ~    channel:web\\n    phase: during~ | 4:5 `channel:web` is read as text, not a key: a key's colon needs a space after it; write `channel: web`
            a line of text           | ~    just some text\\n    phase: during~ | 4:5 this line is neither `key: value` nor a list item `- …`
            key indented too deep    | ~    name: S\\n      phase: during~ | 5:12 `phase:` is indented deeper than the line above, so YAML reads it as part of that line's value
            key indented too little  | ~    name: S\\n  phase: during~ | 5:3 `phase:` is not lined up with the keys above it (in the block from line 3); indent it exactly as they are
            item indented wrong      | ~    name: S\\n   - id: t~ | 5:4 this list item is not lined up with the items above it
            unclosed list            | ~    name: [a, b\n    phase: during~ | 4:11 the `[` that opens here is never closed (YAML read on to line 5); end it with `]` on its line
            unclosed mapping         | ~    name: {a: b\n    phase: during~ | 4:11 the `{` that opens here is never closed (YAML read on to line 5); end it with `}` on its line
            colon, then a comment    | ~    name: Fast: cheap # short~    | 4:15 a value that holds `: ` must be in quotes (else YAML reads a key there); write `name: "Fast: cheap"`
            colon, with a backslash  | ~    name: C:\\data: x~               | 4:18 a value that holds `: ` must be in quotes (else YAML reads a key there); write `name: 'C:\\data: x'`
            colon in a value's text  | ~    name: Call back\n      Important: check~ | 5:16 `Important:` is indented deeper than the line above, so YAML reads it as part of that line's value; if it is a key, indent it as the keys beside it; if it is text of that value, put the whole value in quotes or write it as a block (`key: |`)
            backtick first           | ~    name: `x~                      | 4:11 a plain value cannot start with a backtick (YAML reserves it); put the whole value in double quotes
            tab after a colon        | ~    name:\tS~                      | 4:10 a tab where YAML wants a space
            tab                      | ~\\tname: S~ | 4:1 a tab in the indentation; YAML indents with spaces only
            """)
    void saysWhatToFixWhereItIs(String what, String lines, String expected) {
        String yaml =
                "title: T\nstages:\n  - id: s\n" + lines.replace("\\n", "\n").replace("\\t", "\t") + "\n";
        assertThat(brief(loadJourney(dir, yaml)))
                .singleElement()
                .asString()
                .startsWith("yaml-syntax " + expected.replaceFirst(" ", " YAML syntax error: "));
    }

    @ParameterizedTest(name = "line ends {0}")
    @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
    void anUnclosedQuoteIsReportedWhereItOpensNotAtTheEndOfTheFile(String name, String end) {
        String yaml = String.join(end, "title: \"Online order", "stages:", "  - id: s", "    name: S", "");
        assertThat(brief(loadJourney(dir, yaml)))
                .containsExactly("yaml-syntax 1:8 YAML syntax error: the quoted value that starts here is never closed"
                        + " (YAML read on to the end of the file); end it with `\"`");
    }

    @org.junit.jupiter.api.Test
    void anUnclosedBracketOnTheLastLineWithoutALineEndIsReportedWhereItOpens() {
        assertThat(brief(loadJourney(dir, "title: T\nstages: [a, b")))
                .containsExactly(
                        "yaml-syntax 2:9 YAML syntax error: the `[` that opens here is never closed (YAML read on"
                                + " to the end of the file); end it with `]` on its line");
    }

    @org.junit.jupiter.api.Test
    void aBracketClosedOnALaterLineIsNotSaidToBeNeverClosed() {
        // a key and its colon on two lines: YAML 1.2 allows it, this reader does not; the brace is closed
        assertThat(brief(loadJourney(dir, "title: T\nstages: {\"a\"\n  : \"b\"}\n")))
                .singleElement()
                .asString()
                .startsWith("yaml-syntax ")
                .doesNotContain("never closed");
        // quoted brackets do not close it
        assertThat(brief(loadJourney(dir, "title: T\nstages: {a: \"}\"\nname: x\n")))
                .singleElement()
                .asString()
                .contains("the `{` that opens here is never closed");
    }

    @org.junit.jupiter.api.Test
    void aVeryLongLineIsReadInTime() {
        String yaml = "title: T\nstages:\n  - id: s\n    name: " + "a:b ".repeat(200_000) + "x: y\n";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> assertThat(brief(loadJourney(dir, yaml)))
                        .singleElement()
                        .asString()
                        .startsWith("yaml-syntax 4:"));
    }
}
