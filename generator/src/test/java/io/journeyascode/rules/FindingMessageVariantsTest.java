package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages that the rule fixtures do not give (a playbook without some list, a journey file
 * that cannot be read, metrics that a row cannot tell apart), each from a playbook that gives it:
 * what it says in English and in Finnish. With the fixtures, every message of the catalogue is
 * given by some playbook.
 */
class FindingMessageVariantsTest {

    @TempDir
    Path dir;

    private static final String SHOP =
            """
            title: Shop
            target_emotions: [%s]
            owner: %s
            stages:
              - id: buy
                phase: during
                touchpoints:
                  - id: pay
                    name: Pay
                    channel: web
                    target_emotion: %s
                    metrics: [%s]
                  - id: receipt
                    name: Receipt
                    channel: web
                    leads_to: [%s]
            """;

    /** The shop journey with {@code metrics} on its touchpoint `pay`, and one measurement {@code row}. */
    private static Map<String, String> measured(String playbook, String metrics, String row) {
        return Map.of(
                "playbook.yaml",
                playbook,
                "shop.yaml",
                shop("trust", "trust", metrics),
                "measurements/m.csv",
                "journey,touchpoint,metric,value,date\n" + row + "\n");
    }

    private static String shop(String emotions, String emotion, String metrics) {
        return SHOP.formatted(emotions, "shop-team", emotion, metrics, "");
    }

    static Stream<Arguments> variants() {
        String oneTeam = "teams: [{id: shop-team, name: Shop}]\n";
        return Stream.of(
                Arguments.of(
                        "phase-gap.during",
                        Map.of(
                                "playbook.yaml",
                                oneTeam,
                                "visit.yaml",
                                """
                                        title: Visit
                                        stages:
                                          - {id: a, phase: before, touchpoints: [{id: ad, name: Ad, channel: web}]}
                                          - {id: b, phase: after, touchpoints: [{id: mail, name: Mail, channel: email}]}
                                        """),
                        "journey `visit` has no touchpoint during the purchase (`phase: during`)",
                        "polulla `visit` ei ole yhtään kosketuspistettä oston aikana (`phase: during`)"),
                Arguments.of(
                        "single-channel",
                        Map.of(
                                "playbook.yaml",
                                oneTeam + "channels: [web, phone]\n",
                                "shop.yaml",
                                shop("trust", "trust", "")),
                        "every touchpoint of journey `shop` uses the channel `web`; add the touchpoints of the other"
                                + " channels the customer meets, e.g. `channel: phone`",
                        "polun `shop` kaikki kosketuspisteet käyttävät kanavaa `web`; lisää muiden kanavien"
                                + " kosketuspisteet, jotka asiakas kohtaa, esim. `channel: phone`"),
                Arguments.of(
                        "single-channel.no-other",
                        Map.of("playbook.yaml", oneTeam + "channels: [web]\n", "shop.yaml", shop("trust", "trust", "")),
                        "(declare them in playbook.yaml's `channels`)",
                        "(ja määrittele kanavat playbook.yaml-tiedoston `channels`-listassa)"),
                Arguments.of(
                        "emotion-off-target.write",
                        Map.of("playbook.yaml", oneTeam, "shop.yaml", shop("trust", "fear", "")),
                        "touchpoint `pay` aims at `fear`, which is not among journey `shop`'s target emotions [trust];"
                                + " write `target_emotion: trust`",
                        "kosketuspisteen `pay` tavoitetunne `fear` ei ole polun `shop` tavoitetunteiden [trust]"
                                + " joukossa; kirjoita `target_emotion: trust`"),
                Arguments.of(
                        "emotion-off-target.add",
                        Map.of("playbook.yaml", oneTeam, "shop.yaml", shop("fear", "joy", "")),
                        "; add `joy` to the journey's `target_emotions`",
                        "; lisää `joy` polun `target_emotions`-listaan"),
                Arguments.of(
                        "emotion-off-target.elsewhere",
                        Map.of("playbook.yaml", oneTeam, "shop.yaml", shop("fear", "anger", "")),
                        "; aim the journey and the touchpoint at a feeling to evoke that is not negative",
                        "; suuntaa polku ja kosketuspiste tunteeseen, joka ei ole kielteinen"),
                Arguments.of(
                        "negative-target-emotion.journey.no-other",
                        Map.of(
                                "playbook.yaml",
                                oneTeam + "emotions: [fear, anger]\nnegative_emotions: [fear, anger]\n",
                                "shop.yaml",
                                shop("fear", "anger", "")),
                        "journey `shop` targets the negative emotion `fear`; add the feeling it should evoke to"
                                + " `emotions:` in playbook.yaml, which lists only negative ones, and write it here",
                        "polun `shop` tavoitteena on kielteinen tunne `fear`; lisää playbook.yaml-tiedoston"
                                + " `emotions:`-listaan (jossa on nyt vain kielteisiä tunteita) tunne, jonka polun pitäisi"
                                + " herättää, ja kirjoita se tähän"),
                Arguments.of(
                        "negative-target-emotion.touchpoint.no-other",
                        Map.of(
                                "playbook.yaml",
                                oneTeam + "emotions: [fear, anger]\nnegative_emotions: [fear, anger]\n",
                                "shop.yaml",
                                shop("fear", "anger", "")),
                        "touchpoint `pay` targets the negative emotion `anger`; add the feeling",
                        "kosketuspisteen `pay` tavoitteena on kielteinen tunne `anger`; lisää playbook.yaml-tiedoston"),
                Arguments.of(
                        "unknown-reference.team.none",
                        Map.of("playbook.yaml", "teams: []\n", "shop.yaml", shop("trust", "trust", "")),
                        "owner `shop-team` of journey `shop` is not a team declared in playbook.yaml;"
                                + " declare it under `teams:`",
                        "polun `shop` omistajaa `shop-team` ei ole määritelty tiimiksi playbook.yaml-tiedostossa;"
                                + " määrittele se `teams:`-kohdassa"),
                Arguments.of(
                        "unknown-reference.emotion.none",
                        Map.of("playbook.yaml", oneTeam + "emotions: []\n", "shop.yaml", shop("trust", "trust", "")),
                        "`trust` is not one of the playbook's emotions; add it to `emotions:` in playbook.yaml,"
                                + " which lists none",
                        "`trust` ei kuulu pelikirjan tunteisiin; lisää se playbook.yaml-tiedoston `emotions:`-listaan,"
                                + " joka on nyt tyhjä"),
                Arguments.of(
                        "metric.emotion",
                        Map.of(
                                "playbook.yaml",
                                oneTeam,
                                "shop.yaml",
                                shop("trust", "trust", "{type: emotion, target: 80, actual: 60}")),
                        "Emotion of touchpoint `pay` is 60, worse than its target 80",
                        "kosketuspisteen `pay` mittarin ”Tunne” toteuma on 60 eli huonompi kuin tavoite 80"),
                Arguments.of(
                        "unknown-reference.measurement.ambiguous.unnamed",
                        measured(oneTeam, "{type: csat}, {type: csat}", "shop,pay,csat,80,2026-01-01"),
                        "which fits 2 metrics of touchpoint `pay` of journey `shop`, so the row counts for none of"
                                + " them; give each of them a name of its own",
                        "joka sopii 2 mittariin polun `shop` kosketuspisteessä `pay`, joten riviä ei lueta minkään"
                                + " niistä tulokseksi; anna jokaiselle niistä oma nimi"),
                Arguments.of(
                        "unknown-reference.measurement.ambiguous.some-named",
                        measured(oneTeam, "{type: csat, name: Pay CSAT}, {type: csat}", "shop,pay,csat,80,2026-01-01"),
                        "(already named: [Pay CSAT])",
                        "(jo nimetyt: [Pay CSAT])"),
                Arguments.of(
                        "unknown-reference.measurement.metric.unnamed",
                        measured(oneTeam, "{type: csat}, {type: csat}", "shop,pay,nps,30,2026-01-01"),
                        "measurement names metric `nps`, which touchpoint `pay` of journey `shop` does not have;"
                                + " give its metrics names of their own",
                        "mittausrivi viittaa mittariin `nps`, jota polun `shop` kosketuspisteellä `pay` ei ole; anna sen"
                                + " mittareille omat nimet"),
                Arguments.of(
                        "unknown-reference.flow.unreadable",
                        Map.of(
                                "playbook.yaml",
                                oneTeam,
                                "broken.yaml",
                                "title: \"Broken\" oops\n",
                                "shop.yaml",
                                SHOP.formatted("trust", "shop-team", "trust", "", "broken/pay")),
                        "`leads_to` of touchpoint `receipt` names journey `broken`, whose file broken.yaml could not"
                                + " be read; fix that file first",
                        "kosketuspisteen `receipt` listassa `leads_to` viitataan polkuun `broken`, jonka tiedostoa"
                                + " broken.yaml ei voitu lukea; korjaa ensin se tiedosto"),
                Arguments.of(
                        "unknown-reference.measurement.unreadable",
                        Map.of(
                                "playbook.yaml", oneTeam,
                                "broken.yaml", "title: \"Broken\" oops\n",
                                "measurements/m.csv",
                                        "journey,touchpoint,metric,value,date\nbroken,pay,csat,80,2026-01-01\n"),
                        "measurement names journey `broken`, whose file broken.yaml could not be read",
                        "mittausrivi viittaa polkuun `broken`, jonka tiedostoa broken.yaml ei voitu lukea"));
    }

    private List<Finding> findings(Map<String, String> files) throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return RuleEngine.check(PlaybookLoader.load(dir), LocalDate.of(2026, 6, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void saysItInEnglishAndFinnish(String key, Map<String, String> files, String english, String finnish)
            throws Exception {
        List<Finding> given = findings(files).stream()
                .filter(f -> f.text().map(text -> keys(text).contains(key)).orElse(false))
                .toList();

        assertThat(given).as("findings with %s", key).isNotEmpty();
        assertThat(given).anySatisfy(f -> {
            assertThat(f.message()).contains(english);
            assertThat(FindingMessages.format(f.text().orElseThrow(), "fi", FindingMessagesTest.FINNISH_SITE))
                    .contains(finnish);
        });
    }

    @Test
    void withTheFixturesEveryMessageOfTheCatalogueIsGiven() throws Exception {
        Set<String> given = new TreeSet<>();
        for (String fixture : RuleFixturesTest.fixtures().toList()) {
            for (Finding finding : RuleFixturesTest.run(fixture)) {
                finding.text().ifPresent(text -> given.addAll(keys(text)));
            }
        }
        variants().forEach(variant -> given.add((String) variant.get()[0]));

        assertThat(given).containsExactlyInAnyOrderElementsOf(FindingMessages.keys(false));
    }

    /** The keys of a message and of its phrases. */
    static Set<String> keys(Message message) {
        Set<String> keys = new TreeSet<>();
        if (!message.isNone() && !message.isValue()) {
            keys.add(message.key());
        }
        for (Object arg : message.args()) {
            if (arg instanceof Message phrase) {
                keys.addAll(keys(phrase));
            }
        }
        return keys;
    }
}
