package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.MINIMAL;
import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.loadJourney;
import static io.journeyascode.load.LoaderFixtures.onlyJourney;
import static io.journeyascode.load.LoaderFixtures.onlyTouchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.journeyascode.model.Finding;
import io.journeyascode.model.RuleIds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SnakeYAML traps of NOTES.md: each is a finding at its position, never an exception or a hang. */
class YamlTrapsTest {

    /** A guard against hangs only, far above the expected milliseconds; not a benchmark. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private LoadResult load(String yaml) {
        return guarded(() -> loadJourney(dir, yaml));
    }

    private static LoadResult guarded(Supplier<LoadResult> load) {
        return assertTimeoutPreemptively(HANG_GUARD, load::get);
    }

    @Test
    void reportsDuplicateKeyAtTheSecondKey() {
        LoadResult result = load(MINIMAL.replace("title: Test journey\n", "title: Test journey\ntitle: Again\n"));

        assertThat(brief(result))
                .containsExactly("schema 2:1 duplicate key `title` (first at line 1); remove one of them");
        assertThat(onlyJourney(result).title().value()).isEqualTo("Test journey");
    }

    @Test
    void reportsDuplicateKeyInsideATouchpointWithItsIds() {
        LoadResult result = load(MINIMAL + "        channel: mobile\n");

        Finding finding = result.findings().get(0);
        assertThat(brief(finding)).startsWith("schema 9:9 duplicate key `channel`");
        assertThat(finding.journey()).contains("test");
        assertThat(finding.touchpoint()).contains("pay");
    }

    @Test
    void reportsLocalTagAtItsPosition() {
        assertThat(brief(load(MINIMAL.replace("title: Test journey", "title: !foo Test journey"))))
                .containsExactly("schema 1:8 tags (`!foo`) are not allowed; remove the tag and write the plain value");
    }

    @Test
    void reportsGlobalTagAtItsPosition() {
        assertThat(brief(load(MINIMAL.replace("name: Pay", "name: !!str Pay"))))
                .containsExactly(
                        "schema 7:15 tags (`!!str`) are not allowed; remove the tag and write the plain value");
    }

    @Test
    void reportsVerbatimTagAtItsPosition() {
        assertThat(brief(load(MINIMAL.replace("stages:", "stages: !<tag:example.com,2000:stages>"))))
                .containsExactly("schema 2:9 tags (`!<tag:example.com,2000:stages>`) are not allowed; remove the tag"
                        + " and write the plain value");
    }

    @Test
    void reportsMergeKeyAndDoesNotMerge() {
        LoadResult result = load(MINIMAL + "        <<: {critical: true}\n");

        assertThat(brief(result))
                .containsExactly("schema 9:9 merge keys (`<<`) are not allowed; write the keys out in full");
        assertThat(onlyTouchpoint(result).isCritical()).isFalse();
    }

    @Test
    void reportsAnchorAndAliasAtTheirPositions() {
        LoadResult result = load(MINIMAL.replace("title: Test journey", "title: &t Test journey\nsummary: *t"));

        assertThat(brief(result))
                .containsExactly(
                        "schema 1:8 anchors (`&t`) are not allowed; write the value out in full",
                        "schema 2:10 aliases (`*t`) are not allowed; write the value out in full");
    }

    @Test
    void reportsRecursiveAliasWithoutLooping() {
        LoadResult result = load(MINIMAL + "        expectations: &e [*e]\n");

        assertThat(result.findings()).extracting(Finding::rule).containsOnly(RuleIds.SCHEMA);
        assertThat(brief(result)).anyMatch(m -> m.startsWith("schema 9:23 anchors (`&e`)"));
    }

    @Test
    void reportsBillionLaughsAtTheFileQuickly() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(",", java.util.Collections.nCopies(9, previous)));
            bomb.append("]\n");
        }
        LoadResult result = load(bomb.toString());

        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals(RuleIds.YAML_SYNTAX))
                .extracting(f -> f.span().line() + ":" + f.span().column(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "1:1", "the YAML uses too many aliases; write the values out instead of using `*` aliases"));
        assertThat(result.playbook().journeys()).isEmpty();
    }

    @Test
    void reportsDeepNestingWhereItGoesTooDeep() {
        LoadResult result = load("title: " + "[".repeat(5000) + "]".repeat(5000) + "\n");

        // the file's mapping and 50 brackets: the 50th, at column 57, is one level too many
        assertThat(brief(result))
                .containsExactly("yaml-syntax 1:57 the YAML is nested more than 50 levels deep; flatten it");
        assertThat(result.playbook().journeys()).isEmpty();
    }

    @Test
    void reportsDeepBlockNestingWhereItGoesTooDeep() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 500; i++) { // 5,000 indented levels would pass 1 MiB
            deep.append("  ".repeat(i)).append("k:\n");
        }
        assertThat(brief(load(deep.toString())))
                .containsExactly("yaml-syntax 51:101 the YAML is nested more than 50 levels deep; flatten it");
    }

    @Test
    void reportsHugeScalarBeforeParsing() {
        LoadResult result = load("title: " + "a".repeat(3 * 1024 * 1024 + 512 * 1024) + "\n");

        assertThat(brief(result))
                .containsExactly(
                        "yaml-syntax 1:1 the file is larger than 1 MiB; split it (one journey a file) or shorten its texts");
    }

    @Test
    void reportsInvalidUtf8AtTheBadByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("title: Tést\nsummary: caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write('(');
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        LoadResult result = guarded(() -> loadJourney(dir, bytes.toByteArray()));

        assertThat(brief(result))
                .containsExactly("yaml-syntax 2:13 the file is not valid UTF-8: byte 0xC3 cannot be read; save the file"
                        + " as UTF-8");
    }

    @Test
    void readsAFileWithByteOrderMark() {
        LoadResult result = load("\uFEFF" + MINIMAL);

        assertThat(result.findings()).isEmpty();
        assertThat(onlyJourney(result).title().span().column()).isEqualTo(8);
    }

    @Test
    void reportsControlCharacterAtItsPosition() {
        assertThat(brief(load(MINIMAL.replace("name: Pay", "name: Pa\u0007y"))))
                .containsExactly("yaml-syntax 7:17 the file contains the control character U+0007; remove it (only tab"
                        + " and line breaks are allowed)");
    }

    @Test
    void reportsAControlCharacterWrittenAsAnEscapeAndLeavesItOut() {
        LoadResult result = load(MINIMAL.replace("title: Test journey", "title: \"Bell\\a and \\e[31mred\\u0000\""));

        assertThat(brief(result))
                .containsExactly("schema 1:8 `title` contains the control character U+0007, written as an escape;"
                        + " remove it");
        assertThat(onlyJourney(result).title().value()).isEqualTo("Bell and [31mred");
    }

    @Test
    void reportsHalfACharacterWrittenAsAnEscapeAndLeavesItOutButKeepsAWholeOne() {
        LoadResult result = load(MINIMAL.replace("title: Test journey", "title: \"Shop\\ud800 \\U0001F600\"")
                .replace("name: Pay", "name: \"\\udc00Pay\"\n        expectations: [\"x\\ud83d\"]"));

        assertThat(brief(result))
                .containsExactly(
                        "schema 1:8 `title` contains U+D800, written as an escape: half of a character, which no text"
                                + " can hold; write the whole character (an emoji is one escape, `\\U0001F600`) or"
                                + " remove it",
                        "schema 7:15 `name` contains U+DC00, written as an escape: half of a character, which no text"
                                + " can hold; write the whole character (an emoji is one escape, `\\U0001F600`) or"
                                + " remove it",
                        "schema 8:24 `expectations` contains U+D83D, written as an escape: half of a character, which"
                                + " no text can hold; write the whole character (an emoji is one escape,"
                                + " `\\U0001F600`) or remove it");
        assertThat(onlyJourney(result).title().value()).isEqualTo("Shop \uD83D\uDE00");
        assertThat(onlyTouchpoint(result).name().value()).isEqualTo("Pay");
    }

    @Test
    void reportsAnEscapedControlCharacterInAListItem() {
        LoadResult result = load(MINIMAL.replace("name: Pay", "name: Pay\n        expectations: [\"ok\\r\"]"));

        assertThat(brief(result))
                .singleElement()
                .asString()
                .contains("`expectations` contains the control character U+000D");
    }

    @Test
    void tellsToQuoteAValueThatStartsWithAReservedCharacter() {
        for (String reserved : new String[] {"@", "%"}) {
            assertThat(brief(load(MINIMAL.replace("title: Test journey", "title: " + reserved + "home"))))
                    .as(reserved)
                    .containsExactly("yaml-syntax 1:8 YAML syntax error: a plain value cannot start with `" + reserved
                            + "` (YAML reserves it); put the value in quotes, e.g. `\"" + reserved + "…\"`");
        }
        // a backtick is not shown between backticks: a page would show the message's code spans wrong
        assertThat(brief(load(MINIMAL.replace("title: Test journey", "title: `home"))))
                .containsExactly("yaml-syntax 1:8 YAML syntax error: a plain value cannot start with a backtick (YAML"
                        + " reserves it); put the whole value in double quotes");
    }

    @Test
    void reportsSecondDocumentAtItsStart() {
        LoadResult result = load(MINIMAL + "---\ntitle: Another\n");

        assertThat(brief(result))
                .containsExactly("schema 9:1 a second YAML document starts here; a file holds exactly one: remove the"
                        + " `---` and what follows, or move it into a file of its own");
        assertThat(onlyJourney(result).title().value()).isEqualTo("Test journey");
    }

    @Test
    void reportsEmptyFile() {
        LoadResult result = load("# nothing here\n");

        assertThat(brief(result))
                .containsExactly("schema 1:1 the file is empty; write a journey with `title:` and `stages:`");
        assertThat(result.playbook().journeys()).isEmpty();
    }

    @Test
    void reportsSyntaxErrorAtTheParsersMarkOneBased() {
        LoadResult result = load("title: Test\n  stages: x\n");

        assertThat(result.findings()).hasSize(1);
        Finding finding = result.findings().get(0);
        assertThat(finding.rule()).isEqualTo(RuleIds.YAML_SYNTAX);
        assertThat(finding.span().line()).isEqualTo(2);
        assertThat(finding.span().column()).isEqualTo(9);
        assertThat(finding.message())
                .startsWith(
                        "YAML syntax error: `stages:` is indented deeper than the line above, so YAML reads it as part"
                                + " of that line's value");
        assertThat(result.playbook().journeys()).isEmpty();
    }

    @Test
    void reportsYesAsNotABoolean() {
        LoadResult result = load(MINIMAL + "        critical: yes\n");

        assertThat(brief(result))
                .containsExactly("schema 9:19 `critical` must be true or false, not `yes`; write true or" + " false");
        assertThat(onlyTouchpoint(result).isCritical()).isFalse();
    }

    @Test
    void reportsNoOnAndCapitalTrueAsNotBooleans() {
        for (String word : new String[] {"no", "on", "off", "True", "NO", "y"}) {
            LoadResult result = load(MINIMAL + "        critical: " + word + "\n");

            assertThat(brief(result))
                    .containsExactly(
                            "schema 9:19 `critical` must be true or false, not `" + word + "`; write true or false");
        }
    }

    @Test
    void capsTheFindingsOfOneFile() {
        StringBuilder keys = new StringBuilder(MINIMAL);
        for (int i = 0; i < 5000; i++) {
            keys.append("unknown-").append(i).append(": x\n");
        }
        LoadResult result = load(keys.toString());

        assertThat(result.findings()).hasSize(Problems.MAX_FINDINGS + 1);
        assertThat(result.findings())
                .last()
                .extracting(Finding::message)
                .isEqualTo("this file has more than 1000 problems; fix those shown, then validate again");
    }

    @Test
    void keepsOctalLookingNameAsText() {
        assertThat(onlyTouchpoint(load(MINIMAL.replace("name: Pay", "name: 0777")))
                        .name()
                        .value())
                .isEqualTo("0777");
    }

    @Test
    void keepsDecimalLookingTitleAsText() {
        LoadResult result = load(MINIMAL.replace("title: Test journey", "title: 1.10"));

        assertThat(result.findings()).isEmpty();
        assertThat(onlyJourney(result).title().value()).isEqualTo("1.10");
    }

    @Test
    void keepsDateLookingTitleAsText() {
        assertThat(onlyJourney(load(MINIMAL.replace("title: Test journey", "title: 2024-01-05")))
                        .title()
                        .value())
                .isEqualTo("2024-01-05");
    }

    @Test
    void keepsNoAsTextWhereTextIsExpected() {
        assertThat(onlyTouchpoint(load(MINIMAL.replace("name: Pay", "name: NO")))
                        .name()
                        .value())
                .isEqualTo("NO");
    }
}
