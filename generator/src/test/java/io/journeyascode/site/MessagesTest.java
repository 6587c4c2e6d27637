package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's words: counts in the right number, in each language, and overrides. */
class MessagesTest {

    @TempDir
    Path tmp;

    @Test
    void keepsTheWordsThatTemplatesWrittenForEarlierVersionsRead() {
        // a --templates touchpoint.ftlh copied before waiver.validUntil reads msg["waiver.until"]
        assertThat(Messages.load("en", Optional.empty()).all()).containsEntry("waiver.until", "until");
        assertThat(Messages.load("fi", Optional.empty()).all()).containsEntry("waiver.until", "voimassa");
    }

    @Test
    void countsInTheSingularForOneAndThePluralOtherwise() {
        Messages en = Messages.load("en", Optional.empty());
        assertThat(en.format("channel.summary", 1, 1)).isEqualTo("1 touchpoint in 1 journey.");
        assertThat(en.format("channel.summary", 0, 0)).isEqualTo("0 touchpoints in 0 journeys.");
        assertThat(en.format("channel.summary", 1200, 3)).isEqualTo("1,200 touchpoints in 3 journeys.");
        assertThat(en.format("index.summary", 1, 1, 1)).isEqualTo("1 journey, 1 touchpoint, 1 of them critical.");
        assertThat(en.format("metric.trend", "NPS", 1, "30"))
                .isEqualTo("NPS: trend of 1 measurement, oldest first: 30");

        Messages fi = Messages.load("fi", Optional.empty());
        assertThat(fi.format("channel.summary", 1, 1)).isEqualTo("1 kosketuspiste 1 asiakaspolulla.");
        assertThat(fi.format("channel.summary", 2, 3)).isEqualTo("2 kosketuspistettä 3 asiakaspolulla.");
        assertThat(fi.format("index.summary", 1, 1, 1))
                .isEqualTo("1 asiakaspolku, 1 kosketuspiste, joista 1 on kriittinen.");
        assertThat(fi.format("index.summary", 4, 30, 2))
                .isEqualTo("4 asiakaspolkua, 30 kosketuspistettä, joista 2 on kriittisiä.");
        assertThat(fi.format("team.summary", 1, 0, 1))
                .isEqualTo("Vastaa 1 kosketuspisteestä 1 asiakaspolulla; niistä yksikään ei ole kriittinen.");
        assertThat(en.format("team.summary", 1, 1, 1))
                .isEqualTo("Owns 1 touchpoint, 1 of them critical, in 1 journey.");
        assertThat(fi.format("team.summary", 7, 3, 4))
                .isEqualTo("Vastaa 7 kosketuspisteestä 4 asiakaspolulla; niistä 3 on kriittisiä.");
        // Finnish groups thousands with a no-break space, as the rest of the site does
        assertThat(fi.format("channel.summary", 1200, 3))
                .isEqualTo(fi.number(1200) + " kosketuspistettä 3 asiakaspolulla.");
    }

    @Test
    void aMessageThatDoesNotCountWritesNumbersAsACountingOneDoes() {
        Messages en = Messages.load("en", Optional.empty());
        Messages fi = Messages.load("fi", Optional.empty());
        assertThat(en.format("coverage.detail", 1200, 5000)).isEqualTo("1,200 of 5,000");
        assertThat(fi.format("coverage.detail", 1200, 5000)).isEqualTo(fi.number(1200) + "/" + fi.number(5000));
        assertThat(fi.number(1200)).isEqualTo("1\u00a0200");
    }

    @Test
    void aSiteFolderMayOverrideACountingMessageWithAPlainOne() throws Exception {
        Files.writeString(tmp.resolve("messages_en.properties"), "channel.summary=Touchpoints: {0}, journeys: {1}\n");
        Messages en = Messages.load("en", Optional.of(tmp));
        assertThat(en.format("channel.summary", 1, 2)).isEqualTo("Touchpoints: 1, journeys: 2");
    }

    @Test
    void aMessageMayShowOnlyTheValuesItIsGiven() throws Exception {
        Files.writeString(tmp.resolve("messages_en.properties"), "coverage.detail={0} of {1} ({2})\n");
        assertThatThrownBy(() -> Messages.load("en", Optional.of(tmp)))
                .isInstanceOf(ToolException.class)
                .hasMessage("Cannot read " + tmp.resolve("messages_en.properties")
                        + ": the message coverage.detail shows {2}, but it is given {0} to {1} only; write its values"
                        + " as the built-in one does: `{0} of {1}`.");
    }

    @Test
    void aWordWithoutValuesMayHoldBracesAndApostrophes() throws Exception {
        Files.writeString(
                tmp.resolve("messages_en.properties"), "nav.overview=Home {beta\nmetric.trend={0}: {1}'s trend\n");
        Messages en = Messages.load("en", Optional.of(tmp));
        assertThat(en.get("nav.overview")).isEqualTo("Home {beta");
        assertThat(en.format("metric.trend", "NPS", 3)).isEqualTo("NPS: 3's trend");
    }

    @Test
    void everyBuiltInMessageWithValuesIsAPattern() {
        for (String language : Messages.LOCALES) {
            Messages.load(language, Optional.empty()).all().forEach((key, text) -> {
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThatCode(() -> new java.text.MessageFormat(text, java.util.Locale.forLanguageTag(language)))
                            .as(language + " " + key)
                            .doesNotThrowAnyException();
                }
            });
        }
    }

    @Test
    void namesTheChannelsAndEmotionsPlaybooksOftenAddBeyondTheDefaults() {
        Messages en = Messages.load("en", Optional.empty());
        Messages fi = Messages.load("fi", Optional.empty());
        assertThat(en.label("channel", "sms")).isEqualTo("SMS");
        assertThat(en.label("channel", "review-site")).isEqualTo("Review site");
        assertThat(fi.label("channel", "review-site")).isEqualTo("Arvostelusivusto");
        assertThat(fi.label("emotion", "confidence")).isEqualTo("varmuus");
        // an id the site has no word for is shown as written
        assertThat(fi.label("emotion", "zest")).isEqualTo("zest");
        // every emotion and channel of the example playbook has a word on a Finnish site
        for (String id : List.of("confidence", "frustration")) {
            assertThat(fi.label("emotion", id)).as(id).isNotEqualTo(id);
        }
        for (String id : List.of("sms", "review-site")) {
            assertThat(fi.label("channel", id)).as(id).isNotEqualTo(id);
        }
    }

    @Test
    void finnishHasEveryEnglishKey() throws Exception {
        // and words of its own where English shows the id itself (the emotions)
        assertThat(keys("fi")).containsAll(keys("en"));
    }

    private static TreeSet<String> keys(String language) throws Exception {
        Properties p = new Properties();
        try (var in =
                Messages.class.getResourceAsStream("/io/journeyascode/site/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
