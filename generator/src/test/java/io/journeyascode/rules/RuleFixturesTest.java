package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads each fixture folder under {@code src/test/resources/rules/} and checks that the findings
 * of all rules are exactly the ones its {@code # expect:} comments and {@code expect.txt} list.
 */
class RuleFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static List<Finding> run(String fixture) {
        LoadResult loaded = PlaybookLoader.load(ROOT.resolve(fixture));
        return RuleEngine.check(loaded, TODAY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsAreExactlyTheExpectedOnes(String fixture) {
        Expectations expected = Expectations.read(ROOT.resolve(fixture));
        List<Finding> findings = run(fixture);

        assertThat(expected.render(findings))
                .as("findings of fixture %s:%n%s", fixture, describe(findings))
                .isEqualTo(expected.sorted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFindingNamesItsPlaceAndSaysWhatToWrite(String fixture) {
        for (Finding finding : run(fixture)) {
            assertThat(finding.message()).as(finding.toString()).isNotBlank().doesNotContain("null");
            if (!finding.span().file().endsWith(".csv")
                    && !finding.rule().equals("yaml-syntax")
                    && !finding.rule().equals("schema")
                    && !finding.span().file().equals("playbook.yaml")) {
                assertThat(finding.journey()).as(finding.toString()).isPresent();
            }
        }
    }

    /** Every fixture's findings with their English messages, word for word, as the command line prints them. */
    static final Path MESSAGES = Path.of("src/test/resources/rule-messages.en.txt");

    /**
     * The English messages are checked word for word against a file written from the fixtures'
     * findings (with {@code -Dgolden.write=true}): the command line, the Maven log and the reports
     * print them, and CI scripts may match them, so a change to {@code findings.properties} or to a
     * rule shows here as a change of text. (Written when the messages moved into the catalogue, from
     * the last code that built them in the rules; the command line printed the same for every fixture.)
     */
    @org.junit.jupiter.api.Test
    void theEnglishMessagesAreWordForWordTheRecordedOnes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String fixture : fixtures().toList()) {
            for (Finding f : run(fixture)) {
                all.append(fixture)
                        .append(" | ")
                        .append(f.span())
                        .append(": ")
                        .append(f.severity().id())
                        .append(": ")
                        .append(f.message())
                        .append(" [")
                        .append(f.rule())
                        .append("]\n");
            }
        }
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(MESSAGES, all);
        }
        assertThat(all.toString()).isEqualTo(Files.readString(MESSAGES));
    }

    @org.junit.jupiter.api.Test
    void aMeasurementDatedAfterTodayIsFoundOnTheTouchpointItsRowNames() {
        // so that it shows on that touchpoint's page and in the JSON report's journey/touchpoint
        assertThat(run("stale-measurement"))
                .filteredOn(
                        f -> f.span().file().endsWith("survey.csv") && f.span().line() == 8)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("stale-measurement");
                    assertThat(f.journey()).contains("shop");
                    assertThat(f.touchpoint()).contains("social-ad");
                });
    }

    static String describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> "  " + f.span() + ": " + f.severity().id() + ": " + f.message() + " [" + f.rule() + "]")
                .collect(Collectors.joining("\n"));
    }
}
