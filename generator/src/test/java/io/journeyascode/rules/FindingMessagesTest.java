package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Message;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The findings' message catalogue: English and Finnish say the same things with the same values,
 * and a Finnish site gets every rule fixture's findings in Finnish with their ids, numbers and YAML
 * kept. ({@link FindingMessageVariantsTest} shows that every message is given by some playbook;
 * {@link RuleFixturesTest} checks the English word for word.)
 */
class FindingMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    static Stream<String> keys() {
        return FindingMessages.keys(false).stream().sorted();
    }

    @Test
    void englishAndFinnishHaveTheSameKeys() {
        assertThat(FindingMessages.keys(true)).containsExactlyInAnyOrderElementsOf(FindingMessages.keys(false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void bothLanguagesUseTheSameValuesAndQuoteOnlyWhatMessageFormatNeeds(String key) {
        String english = FindingMessages.pattern(key, false);
        String finnish = FindingMessages.pattern(key, true);
        assertThat(arguments(finnish)).as("values of %s in Finnish", key).isEqualTo(arguments(english));
        assertThat(finnish).as(key).isNotEqualTo(english);
        for (String pattern : List.of(english, finnish)) {
            assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT))
                    .as(pattern)
                    .doesNotThrowAnyException();
            // an apostrophe alone would quote the rest of the message and swallow its values
            assertThat(pattern.replace("''", "").replace("'{'", "").replace("'}'", ""))
                    .as("%s: write '' for an apostrophe", key)
                    .doesNotContain("'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.journeyascode.rules.RuleFixturesTest#fixtures")
    void aRuleFindingIsSaidInFinnishWithItsValuesKept(String fixture) {
        for (Finding finding : RuleFixturesTest.run(fixture)) {
            if (finding.rule().equals("schema") || finding.rule().equals("yaml-syntax")) {
                // the loader's findings quote the YAML as written and stay in English
                assertThat(finding.text()).as(finding.toString()).isEmpty();
                continue;
            }
            Message text = finding.text().orElseThrow(() -> new AssertionError("no text: " + finding));
            String finnish = FindingMessages.format(text, "fi", FINNISH_SITE);
            assertThat(finnish).as(finding.message()).isNotEqualTo(finding.message());
            for (String value : values(text)) {
                assertThat(finnish).as("%s keeps %s", finding.message(), value).contains(value);
            }
            for (Message value : typedValues(text)) {
                // numbers and dates in running text are written as the site writes them
                assertThat(finnish).contains(FindingMessages.format(value, "fi", FINNISH_SITE));
                assertThat(finding.message()).contains((String) value.args().get(0));
            }
            assertThat(finnish).as(finnish).doesNotContainPattern("\\{\\d+}").contains("`");
        }
    }

    /** A Finnish site's numbers and dates, as its pages write them. */
    static final FindingMessages.Values FINNISH_SITE = site("fi");

    static FindingMessages.Values site(String language) {
        io.journeyascode.site.Messages site = io.journeyascode.site.Messages.load(language, java.util.Optional.empty());
        return new FindingMessages.Values() {
            @Override
            public String number(String yaml) {
                return site.number(Double.parseDouble(yaml));
            }

            @Override
            public String date(String iso) {
                return site.date(java.time.LocalDate.parse(iso));
            }
        };
    }

    @Test
    void numbersAndDatesInRunningTextAreInTheSitesFormatAndYamlKeepsItsOwn() {
        Message below = Message.of(
                "metric-below-target", "CSAT", "pay", Message.number("-4.5"), Message.number("1234.25"), "-4.5");
        assertThat(FindingMessages.english(below))
                .isEqualTo("CSAT of touchpoint `pay` is -4.5, worse than its target 1234.25; improve the touchpoint,"
                        + " or change the target deliberately (`target: -4.5`)");
        // as the metrics table beside it: one decimal, grouped; the YAML as YAML
        assertThat(FindingMessages.format(below, "fi", FINNISH_SITE))
                .contains("toteuma on \u22124,5 eli huonompi kuin tavoite 1\u00a0234,2;")
                .endsWith("(`target: -4.5`)");
        assertThat(FindingMessages.format(below, "en", site("en")))
                .contains(" is -4.5, worse than its target 1,234.2; ");
        Message expired =
                Message.of("waiver-expired", "single-channel", "pay", Message.date(java.time.LocalDate.of(2026, 2, 1)));
        assertThat(FindingMessages.english(expired)).contains(" expired on 2026-02-01; ");
        assertThat(FindingMessages.format(expired, "fi", FINNISH_SITE)).contains(" vanheni 1.2.2026; ");
    }

    @Test
    void aNumberOrDateThatIsNoneCannotBeMade() {
        // else the English would print it and a Finnish site fail on it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of(Message.DATE, "2026-13-01"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of(Message.NUMBER, "1,5"))
                .isInstanceOf(NumberFormatException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of(Message.NUMBER, "NaN"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Message(Message.NUMBER, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Message.of(Message.NUMBER, Message.of("metric.emotion")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of("", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of("=percent", "5"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFinnishLocaleWithACountryIsFinnishAndAnyOtherIsEnglish() {
        Message message = Message.of("critical-unmeasured", "checkout");
        assertThat(FindingMessages.format(message, "fi-FI", FINNISH_SITE))
                .startsWith("kriittisellä kosketuspisteellä `checkout`");
        assertThat(FindingMessages.format(message, "sv", FindingMessages.Values.AS_WRITTEN))
                .isEqualTo(FindingMessages.english(message))
                .startsWith("critical touchpoint `checkout` has no metric");
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The numbers and dates put into a message and its phrases. */
    private static List<Message> typedValues(Message message) {
        List<Message> values = new ArrayList<>();
        for (Object arg : message.args()) {
            if (arg instanceof Message m) {
                if (m.isValue()) {
                    values.add(m);
                } else {
                    values.addAll(typedValues(m));
                }
            }
        }
        return values;
    }

    /** The texts put into a message and its phrases, numbers and dates aside. */
    private static List<String> values(Message message) {
        List<String> values = new ArrayList<>();
        for (Object arg : message.args()) {
            if (arg instanceof Message m) {
                if (!m.isValue()) {
                    values.addAll(values(m));
                }
            } else if (!((String) arg).isEmpty()) {
                values.add((String) arg);
            }
        }
        return values;
    }
}
