package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a message tells to write comes from the playbook's own lists, never from a list it replaced. */
class PlaybookListsInMessagesTest {

    @TempDir
    Path dir;

    private List<String> messages(String playbook) throws Exception {
        Files.writeString(dir.resolve("playbook.yaml"), playbook, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("shop.yaml"),
                """
                title: Shop
                stages:
                  - id: buy
                    phase: during
                    touchpoints:
                      - id: pay
                        name: Pay
                        channel: web
                        target_emotion: joy
                      - id: receipt
                        name: Receipt
                        channel: web
                """,
                StandardCharsets.UTF_8);
        LoadResult loaded = PlaybookLoader.load(dir);
        List<String> messages = new ArrayList<>();
        // the loader's findings and the rules' together
        for (Finding f : RuleEngine.check(loaded, LocalDate.of(2026, 11, 22))) {
            messages.add(f.rule() + " " + f.message());
        }
        return messages;
    }

    @Test
    void aJourneyWhoseFileCannotBeReadIsNamedAsSuchOnceAMeasurementFileNotOnceARow() throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "title: \"Broken\" oops\nstages: []\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("measurements"));
        StringBuilder csv = new StringBuilder("journey,touchpoint,metric,value,date\n");
        for (int day = 1; day <= 20; day++) {
            csv.append(String.format("broken,pay,csat,80,2026-01-%02d%n", day));
        }
        Files.writeString(dir.resolve("measurements/survey.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("other.yaml"),
                """
                title: Other
                stages:
                  - id: s
                    phase: during
                    touchpoints:
                      - id: a
                        name: A
                        channel: web
                        leads_to: [broken/pay]
                """,
                StandardCharsets.UTF_8);

        List<String> messages = messages("");

        assertThat(messages).filteredOn(m -> m.startsWith("yaml-syntax")).hasSize(1);
        assertThat(messages)
                .filteredOn(m -> m.startsWith("unknown-reference"))
                .containsExactlyInAnyOrder(
                        "unknown-reference `leads_to` of touchpoint `a` names journey `broken`, whose file broken.yaml"
                                + " could not be read; fix that file first",
                        "unknown-reference measurement names journey `broken`, whose file broken.yaml could not be"
                                + " read (so may later rows of this file); fix that file first");
    }

    @Test
    void aWaiverCannotSilenceARepeatedId() throws Exception {
        Files.writeString(
                dir.resolve("twice.yaml"),
                """
                title: Twice
                stages:
                  - id: s
                    phase: during
                    touchpoints:
                      - id: a
                        name: A
                        channel: web
                      - id: a
                        name: A again
                        channel: phone
                        waivers: [{rule: duplicate-id, reason: We know, until: 2099-01-01}]
                """,
                StandardCharsets.UTF_8);

        assertThat(messages("")).anySatisfy(m -> assertThat(m).startsWith("duplicate-id "));
    }

    @Test
    void aSingleChannelJourneyIsToldOfAChannelThePlaybookHas() throws Exception {
        assertThat(messages("channels: [web, phone]\n"))
                .filteredOn(m -> m.startsWith("single-channel"))
                .singleElement()
                .asString()
                .endsWith("e.g. `channel: phone`")
                .doesNotContain("email");
    }

    @Test
    void aNegativeTargetEmotionIsToldOfAFeelingThePlaybookHasThatIsNotNegative() throws Exception {
        Files.writeString(
                dir.resolve("fear.yaml"),
                """
                title: Fear
                target_emotions: [pelko]
                stages:
                  - id: s
                    phase: during
                    touchpoints:
                      - id: a
                        name: A
                        channel: web
                        target_emotion: pelko
                """,
                StandardCharsets.UTF_8);

        List<String> messages =
                messages("emotions: [ilo, luottamus, pelko, huoli]\nnegative_emotions: [pelko, huoli]\n");

        assertThat(messages)
                .filteredOn(m -> m.startsWith("negative-target-emotion"))
                .containsExactlyInAnyOrder(
                        "negative-target-emotion journey `fear` targets the negative emotion `pelko`; name the feeling"
                                + " the journey should evoke instead, e.g. `target_emotions: [ilo, luottamus]`",
                        "negative-target-emotion touchpoint `a` targets the negative emotion `pelko`; write the"
                                + " feeling it should evoke instead, e.g. `target_emotion: ilo`, and mark a known pain"
                                + " point with `moment: pain`");
    }

    @Test
    void aTouchpointAimingAtANegativeEmotionIsNotToldToAddItToTheJourney() throws Exception {
        Files.writeString(
                dir.resolve("worry.yaml"),
                """
                title: Worry
                target_emotions: [sadness, trust]
                stages:
                  - id: s
                    phase: during
                    touchpoints:
                      - id: a
                        name: A
                        channel: web
                        target_emotion: fear
                      - id: b
                        name: B
                        channel: web
                        target_emotion: relief
                      - id: c
                        name: C
                        channel: web
                """,
                StandardCharsets.UTF_8);

        assertThat(messages(""))
                .filteredOn(m -> m.startsWith("emotion-off-target") && m.contains("`fear`"))
                .containsExactly(
                        "emotion-off-target touchpoint `a` aims at `fear`, which is not among journey `worry`'s"
                                + " target emotions [sadness, trust]; write `target_emotion: trust`")
                .allSatisfy(m -> assertThat(m).doesNotContain("add `fear`"));
        assertThat(messages(""))
                .filteredOn(m -> m.startsWith("emotion-off-target") && m.contains("`relief`"))
                .singleElement()
                .asString()
                .endsWith("; write `target_emotion: trust` or add `relief` to the journey's `target_emotions`");
        assertThat(messages(""))
                .filteredOn(m -> m.startsWith("negative-target-emotion"))
                .allSatisfy(m -> assertThat(m).doesNotContain("`fear`]").doesNotContain("`sadness`]"))
                .anySatisfy(m -> assertThat(m).endsWith("e.g. `target_emotions: [trust]`"))
                .anySatisfy(m -> assertThat(m).contains("e.g. `target_emotion: trust`"));
        assertThat(messages(""))
                .filteredOn(m -> m.startsWith("missing-target-emotion") && m.contains("`c`"))
                .singleElement()
                .asString()
                .contains("add `target_emotion: trust`");
    }

    @Test
    void noMessageSuggestsAJourneyTargetThatIsNotAnEmotionOfThePlaybook() throws Exception {
        // `trsut` is an unknown-reference of its own: suggesting it would lead to another finding
        Files.writeString(
                dir.resolve("typo.yaml"),
                """
                title: Typo
                target_emotions: [trsut, fear, relief]
                stages:
                  - id: s
                    phase: during
                    touchpoints:
                      - id: a
                        name: A
                        channel: web
                        target_emotion: joy
                      - id: c
                        name: C
                        channel: web
                """,
                StandardCharsets.UTF_8);

        List<String> suggesting = messages("").stream()
                .filter(m -> m.startsWith("negative-target-emotion")
                        || m.startsWith("emotion-off-target")
                        || m.startsWith("missing-target-emotion"))
                .toList();
        assertThat(suggesting).hasSizeGreaterThanOrEqualTo(3).noneSatisfy(m -> assertThat(m)
                .containsAnyOf("target_emotion: trsut", "target_emotions: [trsut"));
        assertThat(suggesting)
                .filteredOn(m -> m.startsWith("missing-target-emotion") && m.contains("`c`"))
                .singleElement()
                .asString()
                .contains("add `target_emotion: relief`");
    }

    @Test
    void theLoadersExamplesAreAChannelAndAnEmotionThePlaybookHas() throws Exception {
        Files.writeString(
                dir.resolve("lacks.yaml"),
                """
                title: Lacks
                target_emotions: ["  "]
                stages:
                  - id: s
                    phase: during
                    touchpoints:
                      - id: a
                        name: A
                        target_emotion: ""
                """,
                StandardCharsets.UTF_8);

        List<String> messages = messages(
                "channels: [puhelin, verkko]\nemotions: [pelko, ilo, luottamus]\nnegative_emotions: [pelko]\n");

        assertThat(messages)
                .contains(
                        "schema the touchpoint lacks the required key `channel`; add `channel: puhelin`",
                        "schema `target_emotion` is blank; write e.g. `target_emotion: ilo`, or remove the key")
                .anySatisfy(
                        m -> assertThat(m).startsWith("schema an item of `target_emotions` is blank; write e.g. `ilo`"))
                .noneSatisfy(m -> assertThat(m).containsAnyOf("channel: social", "target_emotion: joy"));
    }

    @Test
    void emptyListsAreNamedAsEmptyNotListed() throws Exception {
        List<String> messages = messages("channels: []\nemotions: []\n");
        assertThat(messages)
                .anySatisfy(m -> assertThat(m)
                        .contains("unknown channel `web`; declare it")
                        .doesNotContain("write one of  "))
                .anySatisfy(m -> assertThat(m)
                        .contains("`joy` is not one of the playbook's emotions; add it to `emotions:`")
                        .contains("which lists none")
                        .doesNotContain("[]"));
    }
}
