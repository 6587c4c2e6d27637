package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.MINIMAL;
import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.loadJourney;
import static io.journeyascode.load.LoaderFixtures.onlyTouchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that reads differently than it is stored: invisible and bidirectional characters are
 * {@code schema} warnings at their position (the journey is still read); file names that
 * differ only in case are errors.
 */
class SuspiciousTextTest {

    @TempDir
    Path dir;

    @Test
    void warnsAboutAZeroWidthSpaceInANameAtItsPosition() {
        LoadResult result = loadJourney(dir, MINIMAL.replace("name: Pay", "name: Pa\u200By"));

        assertThat(brief(result))
                .containsExactly("schema 7:17 the text contains an invisible character U+200B (ZERO WIDTH SPACE) that"
                        + " can disguise text in review; remove it");
        Finding finding = result.findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.journey()).contains("test");
        assertThat(finding.touchpoint()).contains("pay");
        assertThat(onlyTouchpoint(result).name().value()).isEqualTo("Pa\u200By");
    }

    @Test
    void warnsAboutEveryBidiControlCharacter() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            LoadResult result =
                    loadJourney(dir, MINIMAL.replace("title: Test journey", "title: Test " + c + "journey"));

            assertThat(brief(result))
                    .as("U+%04X", (int) c)
                    .singleElement()
                    .asString()
                    .startsWith(String.format(
                            "schema 1:13 the text contains a bidirectional control character U+%04X", (int) c))
                    .endsWith("can make text read in another order than it is stored in review; remove it");
            assertThat(result.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void warnsAboutZeroWidthJoinersWordJoinerAndAByteOrderMarkInsideText() {
        for (char c : "\u200B\u200C\u200D\u2060\uFEFF".toCharArray()) {
            LoadResult result = loadJourney(dir, MINIMAL + "        expectations: [\"fast" + c + "\"]\n");

            assertThat(brief(result))
                    .as("U+%04X", (int) c)
                    .singleElement()
                    .asString()
                    .startsWith(String.format("schema 9:29 the text contains an invisible character U+%04X", (int) c));
        }
    }

    @Test
    void aLineSeparatorIsReadAsASpaceAndMovesNoLaterPosition() {
        for (String title : new String[] {"\"Test\u2028journey\"", "Test\u2029journey"}) {
            // a misspelt channel below it: still found on its own line, not one further down
            LoadResult result = loadJourney(
                    dir,
                    MINIMAL.replace("title: Test journey", "title: " + title).replace("channel: web", "channel: webb"));

            assertThat(brief(result)).as(title).hasSize(2);
            assertThat(brief(result).get(0))
                    .as(title)
                    .startsWith("schema 1:")
                    .contains("which YAML would read as a line break that editors do not show; it is read as a space");
            assertThat(brief(result).get(1)).as(title).startsWith("schema 8:18 ");
            assertThat(result.playbook().journeys().get(0).title().value()).isEqualTo("Test journey");
        }
    }

    @Test
    void anIdWithAnInvisibleCharacterIsAnErrorAndAWarning() {
        LoadResult result = loadJourney(dir, MINIMAL.replace("id: pay", "id: p\u200Day"));

        assertThat(result.findings())
                .extracting(Finding::severity)
                .containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING);
        assertThat(brief(result))
                .anyMatch(m -> m.startsWith("schema 6:14 the text contains an invisible character U+200D"));
    }

    @Test
    void reportsOneInvisibleCharacterALineAndStopsAfterTwentyLines() {
        StringBuilder yaml = new StringBuilder(MINIMAL).append("        expectations:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("          - \"a\u200Bb\u200Bc\"\n");
        }
        LoadResult result = loadJourney(dir, yaml.toString());

        assertThat(result.findings()).hasSize(SourceText.MAX_INVISIBLE_LINES + 1);
        assertThat(result.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(result.findings().get(SourceText.MAX_INVISIBLE_LINES).message())
                .startsWith("more lines hold invisible or bidirectional characters");
    }

    @Test
    void aLeadingByteOrderMarkIsNoFinding() {
        assertThat(loadJourney(dir, "\uFEFF" + MINIMAL).findings()).isEmpty();
    }

    @Test
    void reportsFileNamesThatDifferOnlyInCase() {
        LoaderFixtures.write(dir.resolve("Checkout.yaml"), MINIMAL.replace("title:", "id: checkout-a\ntitle:"));
        LoaderFixtures.write(dir.resolve("checkout.yaml"), MINIMAL.replace("title:", "id: checkout-b\ntitle:"));
        LoaderFixtures.write(dir.resolve("Shop/a.yaml"), MINIMAL.replace("title:", "id: shop-a\ntitle:"));
        LoaderFixtures.write(dir.resolve("shop/A.yaml"), MINIMAL.replace("title:", "id: shop-b\ntitle:"));

        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f -> f.span().file() + " " + brief(f))
                .containsExactly(
                        "checkout.yaml schema 1:1 the file name differs from `Checkout.yaml` only in case; on Windows"
                                + " and macOS they are one file: rename one of them",
                        "shop/A.yaml schema 1:1 the file name differs from `Shop/a.yaml` only in case; on Windows and"
                                + " macOS they are one file: rename one of them");
        assertThat(result.playbook().journeys()).hasSize(4);
    }
}
