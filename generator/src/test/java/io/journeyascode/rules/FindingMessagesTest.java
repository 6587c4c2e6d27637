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
 * kept. ({@link FindingMessageVariantsTest} shows that every message is given by some playbook.)
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
            assertThat(FindingMessages.english(text)).isEqualTo(finding.message());
            assertThat(FindingMessages.format(text, "en")).isEqualTo(finding.message());
            String finnish = FindingMessages.format(text, "fi");
            assertThat(finnish).as(finding.message()).isNotEqualTo(finding.message());
            for (String value : values(text)) {
                assertThat(finnish).as("%s keeps %s", finding.message(), value).contains(value);
            }
            assertThat(finnish).as(finnish).doesNotContainPattern("\\{\\d+}").contains("`");
        }
    }

    @Test
    void aFinnishLocaleWithACountryIsFinnishAndAnyOtherIsEnglish() {
        Message message = Message.of("critical-unmeasured", "checkout");
        assertThat(FindingMessages.format(message, "fi-FI")).startsWith("kriittisellä kosketuspisteellä `checkout`");
        assertThat(FindingMessages.format(message, "sv"))
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

    /** The texts put into a message and its phrases. */
    private static List<String> values(Message message) {
        List<String> values = new ArrayList<>();
        for (Object arg : message.args()) {
            if (arg instanceof Message m) {
                values.addAll(values(m));
            } else if (!((String) arg).isEmpty()) {
                values.add((String) arg);
            }
        }
        return values;
    }
}
